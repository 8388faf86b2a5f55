/// Ids in a deck file: checking them, and deriving one from text when the file gives none.
public enum Slug {
    /// The longest id derived from text; longer prompts are cut at a word boundary.
    public static let maximumDerivedLength = 48

    /// True when `text` is a valid id: `[a-z0-9][a-z0-9-]*`.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isIdCharacter(first), first != "-" else { return false }
        return text.unicodeScalars.allSatisfy(isIdCharacter)
    }

    /// An id derived from free text: folded to lowercase ASCII words joined by hyphens,
    /// such as `the-sco-charter-was-signed`. Text with no Latin letters or digits (Urdu,
    /// Chinese) gets a stable hash-based id, `f-1a2b3c4d`, instead.
    public static func derive(from text: String) -> String {
        var slug = ""
        for word in text.folded().split(separator: " ") {
            let ascii = String(word.unicodeScalars.filter(isIdCharacter).map(Character.init))
            guard !ascii.isEmpty else { continue }
            let candidate = slug.isEmpty ? ascii : slug + "-" + ascii
            if candidate.count > maximumDerivedLength {
                if slug.isEmpty { slug = String(ascii.prefix(maximumDerivedLength)) }
                break
            }
            slug = candidate
        }
        return slug.isEmpty ? "f-" + hexHash(text) : slug
    }

    private static func isIdCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits: stable across runs and platforms.
    private static func hexHash(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
