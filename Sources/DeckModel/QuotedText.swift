/// A text as a double-quoted string that is valid JSON and valid YAML alike. Quotes and
/// backslashes are escaped, line breaks and tabs by letter, and every other control
/// character, the line and paragraph separators and the byte-order mark as `\uXXXX`, so
/// that the result is one line of plain characters. The journal, the snapshot and the deck
/// writer all quote with it.
public enum QuotedText {
    public static func quote(_ text: String) -> String {
        // Most texts (keys, times, plain answers) need no escape: they are copied as they are.
        "\"" + (isPlain(text) ? text : TextEscaping.escape(text, rule)) + "\""
    }

    /// Whether a text needs no escape at all: printable ASCII without quote or backslash.
    public static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    private static func rule(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): TextEscaping.code(scalar)
        case "\u{2028}", "\u{2029}", "\u{FEFF}": TextEscaping.code(scalar)
        default: nil
        }
    }
}
