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
    private let loaded: Mutex<[QuestionGenerator?]>
    private let failures: Mutex<[Int: DeckLoadResult]>
    private let group = DispatchGroup()

    init(extraDecks: [String]) {
        files = extraDecks + DeckLocator.searchFolders().flatMap(DeckDiscovery.deckFiles(in:))
        extraCount = extraDecks.count
        loaded = Mutex(Array(repeating: nil, count: files.count))
        failures = Mutex([:])
        let files = self.files
        let cache = RecallHome.deckCache
        DispatchQueue.global().async(group: group) { [self] in
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                switch cache.load(path: files[index]) {
                case .loaded(let generator):
                    // The app asks questions: its decks' vocabularies are worked out here,
                    // off the loop, not at the first question.
                    _ = generator.vocabulary
                    loaded.withLock { $0[index] = generator }
                case .failed(let result): failures.withLock { $0[index] = result }
                }
            }
            // A deck read from its source (not the cache) leaves some 40 MB of the parser's
            // small blocks free but resident: given back before the app's peak, the progress
            // store's rebuild beside it (`recall-bench`).
            recall_trim_heap()
        }
    }

    /// Waits for the decks. A deck named on the command line must load: its problems are
    /// printed and the command exits 1. Others with errors are skipped with a note.
    func wait() throws -> Result {
        group.wait()
        let failed = failures.withLock { $0 }
        for index in failed.keys.sorted() where index < extraCount {
            failed[index]!.diagnostics.forEach { Stderr.write($0.formatted) }
            Stderr.write("\(files[index]) has errors; fix them (see `recall check \(files[index])`) and try again")
            throw ExitCode(1)
        }
        var result = Result()
        let generators = loaded.withLock { $0 }
        var entries: [DeckIDs.Entry] = []
        for (index, file) in files.enumerated() {
            guard let generator = generators[index] else {
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
