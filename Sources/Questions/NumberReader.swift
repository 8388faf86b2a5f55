import DeckModel

/// Reads a typed number in the fact's unit: `65`, `65%`, `65 percent`, `1,300 MW`, `1.3 GW`,
/// `about 3000 km`, `ten`, `forty-two`, `46 billion`, `46bn`. A number in another unit of the
/// same kind is converted (GW to MW, km to m, t to kg); one in a unit of another kind, or
/// text that is no number, reads as nothing.
enum NumberReader {
    private static let hedges = [
        "approximately", "approx", "about", "around", "roughly", "nearly", "almost", "some", "~",
    ]

    static func read(_ input: String, unit: String?) -> Double? {
        let tokens = tokenize(input)
        var start = 0
        while start < tokens.count, hedges.contains(tokens[start]) || Units.isCurrency(tokens[start]) { start += 1 }
        guard start < tokens.count else { return nil }
        var value: Double
        var rest: ArraySlice<String>
        if let number = DeckNumber.parseValue(tokens[start]) {
            value = number
            rest = tokens[(start + 1)...]
        } else if let words = NumberWords.read(tokens[start...]) {
            value = words.value
            rest = tokens[(start + words.count)...]
        } else {
            return nil
        }
        let expected = Units.Reading(unit ?? "")
        var scale = 1.0
        while let first = rest.first, let factor = Units.scale(first, in: expected) {
            scale *= factor
            rest = rest.dropFirst()
        }
        if scale != 1 { value = value * scale / expected.scale }
        guard let factor = Units.factor(of: Array(rest), to: expected) else { return nil }
        return value * factor
    }

    /// Lowercase tokens: words and numbers apart ("46bn" is "46 bn"), hyphens between
    /// words as spaces, "%" and "per cent" as "percent".
    static func tokenize(_ input: String) -> [String] {
        var tokens: [String] = []
        var token = ""
        func flush() {
            if !token.isEmpty { tokens.append(token) }
            token = ""
        }
        for character in input.lowercased() {
            let separator = (character == "," || character == ".") && token.last?.isASCIIDigit == true
            let isNumeric = character.isASCIIDigit || separator
            if isNumeric || (character == "-" && token.isEmpty) {
                if let last = token.last, last.isLetter { flush() }
                token.append(character)
            } else if character.isLetter {
                if let last = token.last, !last.isLetter { flush() }
                token.append(character)
            } else {
                flush()
                if character == "%" || character == "~" { tokens.append(character == "%" ? "percent" : "~") }
            }
        }
        flush()
        // A full stop or comma that ended a sentence is not part of the number.
        tokens = tokens.map { $0.count > 1 && ($0.hasSuffix(".") || $0.hasSuffix(",")) ? String($0.dropLast()) : $0 }
        var joined: [String] = []
        for token in tokens {
            if token == "cent", joined.last == "per" {
                joined[joined.count - 1] = "percent"
            } else {
                joined.append(token)
            }
        }
        return joined
    }
}
