/// The correctly spelled English words Recall knows: SCOWL's British and American lists as
/// Debian ships them (`wbritish`, `wamerican`), folded as answers are. A typed word that is
/// one of these is a word of its own, not a misspelling of another ("separation" is not a
/// typo of "separatism", nor "Austria" of "Australia").
///
/// The list is generated data (`make-word-list.py`, run once) compiled into the module, so
/// it travels with the binary; it is decoded the first time a typo is judged, never on the
/// way to the first frame.
enum WordList {
    /// True when `word` (folded: lowercase ASCII letters) is an English word.
    static func contains(_ word: String) -> Bool {
        words.contains(word)
    }

    private static let words: Set<String> = decode(parts)

    /// Reads the front-coded text: each word starts with the count of letters it shares
    /// with the one before (a digit, or A–Z for 10–35), then its own letters.
    static func decode(_ parts: [String]) -> Set<String> {
        var words = Set<String>(minimumCapacity: 80_000)
        var word: [UInt8] = []
        var started = false
        for part in parts {
            for byte in part.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    word.append(byte)
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if started { words.insert(String(decoding: word, as: UTF8.self)) }
                    let shared =
                        byte <= UInt8(ascii: "9")
                        ? Int(byte - UInt8(ascii: "0")) : Int(byte - UInt8(ascii: "A")) + 10
                    word.removeLast(max(0, word.count - shared))
                    started = true
                default:
                    continue
                }
            }
        }
        if started { words.insert(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
