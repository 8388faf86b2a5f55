import Foundation
import Review

/// What each deck looked like when the learner last opened Recall: deck id → fact id →
/// fingerprint, in `$RECALL_HOME/decks-seen.json`. Comparing it with the decks now tells
/// the learner what a teacher changed ("3 facts updated, 1 new"). Losing the file loses
/// only that message, never progress.
public enum SeenDecks {
    public static let fileName = "decks-seen.json"

    private struct File: Encodable {
        var format = 1
        var decks: [String: [String: String]]
    }

    /// What the file holds.
    public enum Contents: Equatable, Sendable {
        /// The decks as last seen (none when there is no file yet).
        case seen([String: [String: String]])
        /// Written by a newer Recall: left as it is.
        case newer(format: Int)
        /// Not such a file, or not readable.
        case unreadable
    }

    public static func read(folder: String) -> Contents {
        guard let bytes = try? FileSystem.read(folder + "/" + fileName) else {
            return FileManager.default.fileExists(atPath: folder + "/" + fileName) ? .unreadable : .seen([:])
        }
        guard let (format, decks) = SeenDecksCodec.decode(bytes) else { return .unreadable }
        return format > 1 ? .newer(format: format) : .seen(decks)
    }

    /// Moves an unreadable file aside, so that writing a new one loses nothing; returns its
    /// new name.
    public static func setAside(folder: String) -> String? {
        FileSystem.moveAside(folder + "/" + fileName, suffix: "corrupt-\(Int(Date().timeIntervalSince1970))")
            .map { ($0 as NSString).lastPathComponent }
    }

    public static func save(_ seen: [String: [String: String]], folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes = Array(try encoder.encode(File(decks: seen))) + [0x0A]
        try FileSystem.makeFolder(folder)
        try FileSystem.writeAtomically(bytes, to: folder + "/" + fileName)
    }
}
