import ArgumentParser
import DeckFormat
import DeckModel
import Foundation

/// Finds the deck a command names: a file path, or the id of a shipped deck or of one in
/// `$RECALL_HOME/decks`.
enum DeckLocator {
    /// The loaded deck. A deck with errors prints them (as `recall check` does) and exits 1;
    /// a name that is neither a file nor a known id is a usage error.
    static func load(_ argument: String) throws -> Deck {
        let path = try locate(argument)
        let result = DeckLoader.load(path: path, options: DeckCheckOptions())
        guard let deck = result.deck else {
            result.diagnostics.forEach { Stderr.write($0.formatted) }
            Stderr.write("\(path) has errors; fix them (see `recall check \(path)`) and try again")
            throw ExitCode(1)
        }
        return deck
    }

    /// The file for `argument`: the path itself if it exists, else the deck with that id.
    static func locate(_ argument: String) throws -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), !isFolder.boolValue {
            return argument
        }
        let files = searchFolders().flatMap(DeckDiscovery.deckFiles(in:))
        if let byName = files.first(where: { DeckLoader.defaultID(for: $0) == argument }) { return byName }
        var known: [String] = []
        for file in files {
            guard let deck = DeckLoader.load(path: file).deck else { continue }
            if deck.id == argument { return file }
            known.append(deck.id)
        }
        let list = known.isEmpty ? "" : "; known decks: " + known.joined(separator: ", ")
        throw UsageError("no deck file or deck id '\(argument)'\(list)")
    }

    /// The shipped decks, then the learner's own.
    static func searchFolders() -> [String] {
        [ShippedDecks.folder(), RecallHome.decksFolder].compactMap { $0 }
    }
}
