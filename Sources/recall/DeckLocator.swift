import ArgumentParser
import DeckFormat
import Foundation
import Questions

/// Finds the deck a command names: a file path, or the id of a shipped deck or of one in
/// `$RECALL_HOME/decks`.
enum DeckLocator {
    /// The deck's question generator, through the deck cache as the app has it, so that a
    /// large deck is not parsed and checked again by every command. A deck with errors prints
    /// them (as `recall check` does) and exits 1; a name that is neither a file nor a known
    /// id is a usage error.
    static func generator(_ argument: String) throws -> QuestionGenerator {
        try generator(at: locate(argument))
    }

    private static func generator(at path: String) throws -> QuestionGenerator {
        switch RecallHome.deckCache.load(path: path) {
        case .loaded(let generator):
            return generator
        case .failed(let result):
            result.diagnostics.forEach { Stderr.write($0.formatted) }
            Stderr.write("\(path) has errors; fix them (see `recall check \(path)`) and try again")
            throw ExitCode(1)
        }
    }

    /// The deck of a command that keeps progress (the app, study, quiz, stats, exam): as
    /// `generator`, but a file given by its path whose deck id another deck file has is refused,
    /// and a deck named by an id that the learner's own deck takes from a shipped one says so.
    static func loadForProgress(_ argument: String) throws -> QuestionGenerator {
        let path = try locate(argument)
        let generator = try generator(at: path)
        let id = generator.deck.id
        if isFile(argument) {
            if let other = DeckCatalog.known().first(where: {
                $0.generator.deck.id == id && !DeckIDs.samePath($0.path, argument)
            }) {
                throw DeckIDs.taken(id, given: argument, by: other.path)
            }
        } else if DeckIDs.origin(of: path) == .home, shippedDeckIDs().contains(id) {
            Stderr.write("note: " + DeckIDs.replacesShipped(path, id: id))
        }
        return generator
    }

    /// The ids of the shipped decks (a few small files, read through the deck cache).
    private static func shippedDeckIDs() -> Set<String> {
        let files = ShippedDecks.folder().map(DeckDiscovery.deckFiles(in:)) ?? []
        return Set(
            files.compactMap { file in
                guard case .loaded(let generator) = RecallHome.deckCache.load(path: file) else { return nil }
                return generator.deck.id
            })
    }

    private static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// The file for `argument`: the path itself if it exists, else the deck with that id (the
    /// learner's own before a shipped one, which it replaces).
    static func locate(_ argument: String) throws -> String {
        if isFile(argument) { return argument }
        let found = searchFolders().flatMap(DeckDiscovery.deckFiles(in:))
        let files = found.filter { DeckIDs.origin(of: $0) == .home } + found.filter { DeckIDs.origin(of: $0) != .home }
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
