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
        let path = try locate(argument)
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
    /// `generator`, but a file given by its path whose deck id another deck file has is refused.
    static func loadForProgress(_ argument: String) throws -> QuestionGenerator {
        let generator = try generator(argument)
        let id = generator.deck.id
        guard isFile(argument) else { return generator }
        if let other = DeckCatalog.known().first(where: {
            $0.generator.deck.id == id && !DeckIDs.samePath($0.path, argument)
        }) {
            throw DeckIDs.taken(id, given: argument, by: other.path)
        }
        return generator
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
