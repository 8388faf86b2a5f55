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

    /// The decks as last seen; none when the file is missing or unreadable.
    public static func load(folder: String) -> [String: [String: String]] {
        guard let bytes = try? FileSystem.read(folder + "/" + fileName) else { return [:] }
        return SeenDecksCodec.decode(bytes) ?? [:]
    }

    public static func save(_ seen: [String: [String: String]], folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes = Array(try encoder.encode(File(decks: seen))) + [0x0A]
        try FileSystem.makeFolder(folder)
        try FileSystem.writeAtomically(bytes, to: folder + "/" + fileName)
    }
}
