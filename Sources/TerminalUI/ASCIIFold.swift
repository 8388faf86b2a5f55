import Foundation

/// Text as a terminal without Unicode can show it (a locale that is not UTF-8): letters
/// without their diacritics (Türkiye → Turkiye), typographic punctuation in ASCII (… → ...,
/// – → -, curly quotes → straight), and anything else as `?`. Nothing above 0x7F is left.
public enum ASCIIFold {
    public static func text(_ text: some StringProtocol) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text { out += fold(character) }
        return out
    }

    /// One character in ASCII.
    static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let known = punctuation[character] ?? letters[character] { return known }
        if character.isWhitespace { return " " }
        // A letter with marks: the letter, the marks dropped (é, ü, ñ, ş, ā).
        let bare = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.isASCII }
        if !bare.isEmpty, bare.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            return String(String.UnicodeScalarView(bare))
        }
        return "?"
    }

    private static let punctuation: [Character: String] = [
        "…": "...", "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
        "‘": "'", "’": "'", "‚": "'", "′": "'", "‹": "'", "›": "'",
        "“": "\"", "”": "\"", "„": "\"", "″": "\"", "«": "\"", "»": "\"",
        "•": "*", "·": ".", "×": "x", "÷": "/", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "©": "(c)", "®": "(R)", "™": "(TM)", "°": " deg", "€": "EUR", "£": "GBP", "₹": "Rs",
        "½": "1/2", "¼": "1/4", "¾": "3/4", "█": "#", "░": "-", "▒": ":", "▓": "+",
    ]

    /// Letters that do not decompose into a letter and marks.
    private static let letters: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
        "ı": "i", "ħ": "h", "Ħ": "H",
    ]
}
