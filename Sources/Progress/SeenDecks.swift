import Foundation

/// What each deck looked like when the learner last opened Recall: deck id → fact id →
/// fingerprint, in `$RECALL_HOME/decks-seen.json`. Comparing it with the decks now tells
/// the learner what a teacher changed ("3 facts updated, 1 new"). Losing the file loses
/// only that message, never progress.
public enum SeenDecks {
    public static let fileName = "decks-seen.json"

    public static func load(folder: String) -> [String: [String: String]] {
        guard let bytes = try? FileSystem.read(folder + "/" + fileName), let root = try? JSONValue.parse(bytes),
              case .object(let decks)? = root["decks"]
        else { return [:] }
        var result: [String: [String: String]] = [:]
        for (deck, facts) in decks {
            guard case .object(let hashes) = facts else { continue }
            result[deck] = hashes.compactMapValues(\.string)
        }
        return result
    }

    public static func save(_ seen: [String: [String: String]], folder: String) throws {
        var out = "{\"format\": 1, \"decks\": {"
        out += seen.keys.sorted().map { deck in
            "\n  " + JournalCodec.quoted(deck) + ": {" + seen[deck]!.keys.sorted().map { JournalCodec.quoted($0) + ": " + JournalCodec.quoted(seen[deck]![$0]!) }
                .joined(separator: ", ") + "}"
        }.joined(separator: ",")
        out += "\n}}\n"
        try FileSystem.writeAtomically(Array(out.utf8), to: folder + "/" + fileName)
    }
}
