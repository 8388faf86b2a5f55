/// Control characters (Unicode category Cc: C0, DEL and C1) can move the cursor, recolour
/// or clear a terminal, or retitle its window. Deck texts must not hold them, and messages
/// show them escaped.
extension StringProtocol {
    /// The first control character other than a tab or a line break, if any.
    public var firstControlCharacter: Unicode.Scalar? {
        unicodeScalars.first { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }
    }

    /// The text with every control character (tabs and line breaks too) written as
    /// `\u{1B}`, so that it shows as text on one line.
    public func escapingControlCharacters() -> String {
        TextEscaping.escape(String(self)) { scalar in
            scalar.properties.generalCategory == .control
                ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : nil
        }
    }
}

extension Unicode.Scalar {
    /// `U+001B`, with the usual name of the common control characters.
    public var controlCharacterName: String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x07: "bell", 0x08: "backspace", 0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete",
        ]
        return names[value].map { "\(code), \($0)" } ?? code
    }
}
