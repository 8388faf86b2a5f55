import ArgumentParser
import CMalloc
import DeckFormat
import Dispatch
import Foundation
import Questions
import Storage
import Synchronization

/// Loads every deck the app shows, in parallel and in the background: the files named on
/// the command line, the shipped decks and those in `$RECALL_HOME/decks`.
final class DeckLoading: Sendable {
    struct Result: Sendable {
        var generators: [QuestionGenerator] = []
        var paths: [String: String] = [:]
        /// Notes for the home screen about decks that were skipped.
        var notes: [String] = []
    }

    private let extraCount: Int
    private let files: [String]
    /// Each file's outcome, in file order.
    private let outcomes: BackgroundWork<[DeckCache.Outcome]>

    init(extraDecks: [String]) {
        files = extraDecks + DeckLocator.searchFolders().flatMap(DeckDiscovery.deckFiles(in:))
        extraCount = extraDecks.count
        outcomes = BackgroundWork { [files] in
            let cache = RecallHome.deckCache
            let loaded = Mutex([DeckCache.Outcome?](repeating: nil, count: files.count))
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let outcome = cache.load(path: files[index])
                // The app asks questions: its decks' vocabularies are worked out here, off
                // the loop, not at the first question.
                if case .loaded(let generator) = outcome { _ = generator.vocabulary }
                loaded.withLock { $0[index] = outcome }
            }
            // A deck read from its source (not the cache) leaves some 40 MB of the parser's
            // small blocks free but resident: given back before the app's peak, the progress
            // store's rebuild beside it (`recall-bench`).
            recall_trim_heap()
            return loaded.withLock { $0.map { $0! } }
        }
    }

    /// Waits for the decks. A deck named on the command line must load: its problems are
    /// printed and the command exits 1. Others with errors are skipped with a note.
    func wait() throws -> Result {
        let outcomes = try outcomes.result.get()
        for (index, outcome) in outcomes.enumerated().prefix(extraCount) {
            guard case .failed(let failed) = outcome else { continue }
            failed.diagnostics.forEach { Stderr.write($0.formatted) }
            Stderr.write("\(files[index]) has errors; fix them (see `recall check \(files[index])`) and try again")
            throw ExitCode(1)
        }
        var result = Result()
        var entries: [DeckIDs.Entry] = []
        for (index, file) in files.enumerated() {
            guard case .loaded(let generator) = outcomes[index] else {
                result.notes.append(
                    "\((file as NSString).lastPathComponent) has errors and is not shown; run `recall check \(file)`.")
                continue
            }
            let origin = index < extraCount ? DeckIDs.Origin.commandLine : DeckIDs.origin(of: file)
            entries.append(DeckIDs.Entry(generator: generator, path: file, origin: origin))
        }
        let (chosen, notes) = try DeckIDs.resolve(entries)
        result.notes += notes
        for entry in chosen {
            result.generators.append(entry.generator)
            result.paths[entry.generator.deck.id] = entry.path
        }
        return result
    }
}
