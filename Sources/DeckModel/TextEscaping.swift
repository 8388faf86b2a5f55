/// Recall's one escaper: a text with each character that a rule replaces written as the
/// rule says, and the rest as it is. JSON and YAML strings, HTML and terminal messages
/// differ only in their rules.
public enum TextEscaping {
    /// `text`, each scalar that `rule` gives a replacement for replaced by it.
    public static func escape(_ text: String, _ rule: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = rule(scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `\uXXXX`, four hex digits.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
