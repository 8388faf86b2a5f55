/// Recall's one escaper: a text as a double-quoted string that is valid JSON and valid
/// YAML alike. Quotes and backslashes are escaped, line breaks and tabs by letter, and every
/// other control character, the line and paragraph separators and the byte-order mark as
/// `\uXXXX`, so that the result is one line of plain characters. The journal, the snapshot
/// and the deck writer all quote with it.
public enum QuotedText {
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsCode(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether a text needs no escape at all: printable ASCII without quote or backslash.
    public static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    private static func needsCode(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF
    }
}
