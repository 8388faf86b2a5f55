/// Reads `decks-seen.json`, `{"format": 1, "decks": {DECK: {FACT: FINGERPRINT}}}`: what
/// each deck looked like when the learner last opened Recall.
///
/// Hand-written over the bytes because it is read before the first frame: on a deck of
/// 20,000 facts JSONDecoder took 24 ms of the 300 ms that `recall-bench` allows a start
/// from the snapshot, and this reader a third of that. The file is written with
/// JSONEncoder.
public enum SeenDecksCodec {
    /// The decks as the file records them, and its format; nil when it is not such a file.
    /// Keys other than `format` and `decks` are skipped.
    public static func decode(_ bytes: [UInt8]) -> (format: Int, decks: [String: [String: String]])? {
        var cursor = ByteCursor(bytes[...])
        var decks: [String: [String: String]] = [:]
        var format = 1
        do {
            try cursor.object { cursor, key throws(ByteCursor.Malformed) in
                if key == "format" {
                    guard let number = try cursor.integer() else { throw cursor.fail("a null format") }
                    format = number
                    return
                }
                guard key == "decks" else { return try cursor.skipValue() }
                try cursor.object { cursor, deck throws(ByteCursor.Malformed) in
                    var facts: [String: String] = [:]
                    try cursor.object { cursor, fact throws(ByteCursor.Malformed) in
                        guard let fingerprint = try cursor.string() else { throw cursor.fail("a null fingerprint") }
                        facts[fact] = fingerprint
                    }
                    decks[deck] = facts
                }
            }
            cursor.skipSpaces()
            guard cursor.atEnd else { return nil }
        } catch {
            return nil
        }
        return (format, decks)
    }
}
