import DeckModel

/// Reads a typed number with or without its unit and thousands separators: `65`, `65%`,
/// `65 percent`, `1,300 MW`, `about 3000 km`, `ten`.
enum NumberReader {
    private static let words: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "once": 1, "twice": 2,
    ]

    static func read(_ input: String, unit: String?) -> Double? {
        var text = input.lowercased().trimmingWhitespace()
        for hedge in ["approximately ", "approx. ", "approx ", "about ", "around ", "roughly ", "nearly ", "~"]
        where text.hasPrefix(hedge) {
            text = String(text.dropFirst(hedge.count)).trimmingWhitespace()
        }
        if let unit = unit?.lowercased(), !unit.isEmpty, text.hasSuffix(unit) {
            text = String(text.dropLast(unit.count)).trimmingWhitespace()
        }
        for suffix in ["per cent", "percent", "%"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingWhitespace()
        }
        if let value = words[text] { return value }
        // A number followed by a word ("10 members", "3 years") is read as the number.
        let numberPart = text.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "-" || $0 == "+" }
        let rest = String(text.dropFirst(numberPart.count)).trimmingWhitespace()
        guard !numberPart.isEmpty, rest.isEmpty || rest.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        return DeckNumber.parseValue(String(numberPart))
    }
}
