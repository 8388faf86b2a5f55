import DeckFormat
import Foundation

/// What `recall` prints with no subcommand: the shipped decks, their fact counts, and how
/// to check a deck.
struct DeckListing {
    func run() throws {
        guard let folder = ShippedDecks.folder() else {
            print("Recall could not find its Decks folder next to the program.")
            print("Check a deck of your own with: recall check PATH")
            return
        }
        let files = DeckDiscovery.deckFiles(in: folder)
        let options = DeckCheckOptions(today: try RecallClock.today())
        let relative = relativePath(folder)
        print("Decks in \(relative)/:")
        var rows: [(String, String, String)] = []
        for file in files {
            let result = DeckLoader.load(path: file, options: options)
            let name = relativePath(file)
            if let deck = result.deck {
                rows.append((deck.id, deck.title, "\(deck.facts.count) facts"))
            } else {
                rows.append((name, "(does not load: \(result.errors.count) error\(result.errors.count == 1 ? "" : "s"))", ""))
            }
        }
        let idWidth = rows.map(\.0.count).max() ?? 0
        let titleWidth = rows.map(\.1.count).max() ?? 0
        for (id, title, count) in rows {
            print("  " + id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                  + "  " + title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  " + count)
        }
        if rows.isEmpty { print("  (none)") }
        print("")
        let example = files.first.map(relativePath) ?? "\(relative)/deck.yaml"
        print("Check a deck for mistakes:  recall check \(example)")
        print("Check every deck:           recall check \(relative)")
        print("More:                       recall --help")
    }

    /// `path` relative to the working folder when it lies inside it.
    private func relativePath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
