import Foundation
import Questions

/// One deck id, one deck: progress is kept by deck id, so two files with the same id must
/// never share it. A deck in `$RECALL_HOME/decks` with a shipped deck's id replaces it (a
/// teacher's update); a deck file given on the command line whose id another file has is
/// refused by the commands that keep progress.
enum DeckIDs {
    /// Where a deck file was found.
    enum Origin: Sendable { case commandLine, shipped, home }

    struct Entry: Sendable {
        var generator: QuestionGenerator
        var path: String
        var origin: Origin
    }

    /// The deck for each id, in the order first seen, with notes on the files replaced or
    /// skipped. Throws for a deck given on the command line whose id another file has.
    static func resolve(_ entries: [Entry]) throws -> (chosen: [Entry], notes: [String]) {
        var chosen: [Entry] = []
        var notes: [String] = []
        var byID: [String: Int] = [:]
        for entry in entries {
            let id = entry.generator.deck.id
            guard let index = byID[id] else {
                byID[id] = chosen.count
                chosen.append(entry)
                continue
            }
            let earlier = chosen[index]
            if samePath(earlier.path, entry.path) { continue }
            if earlier.origin == .commandLine || entry.origin == .commandLine {
                let (given, other) = earlier.origin == .commandLine ? (earlier, entry) : (entry, earlier)
                throw taken(id, given: given.path, by: other.path)
            }
            if earlier.origin == .shipped && entry.origin == .home {
                chosen[index] = entry
                notes.append(replacesShipped(entry.path, id: id))
            } else {
                notes.append("\(entry.path) repeats the deck id '\(id)' of \(earlier.path) and is skipped.")
            }
        }
        return (chosen, notes)
    }

    /// What is said when the learner's own deck stands in for a shipped one.
    static func replacesShipped(_ path: String, id: String) -> String {
        "\(path) replaces the shipped deck '\(id)'; its progress is kept."
    }

    static func taken(_ id: String, given: String, by other: String) -> UsageError {
        UsageError(
            "\(given) has the deck id '\(id)', as \(other) does, and progress is kept by deck id. Give it an id "
                + "of its own (`id: \(id)-2` at its top), or, to update that deck, put the file in "
                + "\(RecallHome.decksFolder) under the same id.")
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolve(a) == resolve(b)
    }

    /// The origin of a file found in the search folders.
    static func origin(of path: String) -> Origin {
        path.hasPrefix(RecallHome.decksFolder + "/") ? .home : .shipped
    }
}
