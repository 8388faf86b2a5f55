/// A number from a deck file, kept with the text it was written as so that it is shown
/// exactly as the teacher wrote it ("1,300", "0.5", "60").
public struct DeckNumber: Sendable, Hashable, CustomStringConvertible {
    public let value: Double
    /// The literal as written, trimmed.
    public let text: String

    public static let zero = DeckNumber(value: 0, text: "0")

    public init(value: Double, text: String) {
        self.value = value
        self.text = text
    }

    /// Reads a decimal literal: an optional sign, digits with an optional fraction and
    /// exponent, and commas only as thousands separators ("1,300", "2,640.5").
    public init?(_ literal: String) {
        let text = literal.trimmingWhitespace()
        guard let value = Self.parseValue(text) else { return nil }
        self.init(value: value, text: text)
    }

    public var description: String { text }

    /// The numeric value of a literal, or nil when it is not a plain decimal number.
    public static func parseValue(_ text: String) -> Double? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber || first == "." else { return nil }
        let mantissaEnd = body.firstIndex { $0 == "e" || $0 == "E" } ?? body.endIndex
        let mantissa = body[..<mantissaEnd]
        let exponent = body[mantissaEnd...]
        let integerEnd = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let integerPart = mantissa[..<integerEnd]
        let fraction = mantissa[integerEnd...].dropFirst()
        guard isGroupedInteger(integerPart), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        if integerPart.isEmpty && fraction.isEmpty { return nil }
        if mantissa.contains(".") && fraction.isEmpty && integerPart.isEmpty { return nil }
        if !exponent.isEmpty {
            var digits = exponent.dropFirst()
            if let s = digits.first, s == "+" || s == "-" { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        let plain = sign + integerPart.filter { $0 != "," } + (fraction.isEmpty ? "" : "." + fraction) + exponent
        guard let value = Double(plain), value.isFinite else { return nil }
        return value
    }

    /// Digits, optionally grouped in threes by commas ("1,300,000").
    private static func isGroupedInteger(_ text: Substring) -> Bool {
        guard text.contains(",") else { return text.allSatisfy(\.isASCIIDigit) }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension Character {
    /// An ASCII digit 0–9 (not any Unicode number).
    public var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        // Most texts start and end with a visible ASCII character: nothing to trim.
        let bytes = utf8
        if let first = bytes.first, (0x21..<0x80).contains(first),
            (0x21..<0x80).contains(bytes[bytes.index(bytes.endIndex, offsetBy: -1)])
        {
            return String(self)
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}
