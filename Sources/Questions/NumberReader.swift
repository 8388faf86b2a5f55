import DeckModel

/// Reads a typed number in the fact's unit: `65`, `65%`, `65 percent`, `1,300 MW`, `1.3 GW`,
/// `about 3000 km`, `ten`, `forty-two`, `46 billion`, `46bn`, `9.109e-31`, `−273.15 °C`,
/// `۱۰`. A number in another unit of the same kind is converted (`Units`). An answer that
/// names a second number ("1300 or 1000", "1300-1400") is a hedge, not an answer, and reads
/// as nothing, as does text that is no number.
enum NumberReader {
    private static let hedges = [
        "approximately", "approx", "about", "around", "roughly", "nearly", "almost", "some", "~",
    ]

    static func read(_ input: String, unit: String?) -> Double? {
        let expected = Units.Reading(unit ?? "")
        var tokens = tokenize(input)
        // The fact's own unit, written as the deck writes it ("m/s"), goes first.
        let own = unit.map(tokenize) ?? []
        if !own.isEmpty, tokens.count > own.count, Array(tokens.suffix(own.count)) == own {
            tokens.removeLast(own.count)
        }
        var start = 0
        let isCurrency = { (token: String) in Units.unit(token, in: expected)?.dimension == .money }
        while start < tokens.count, hedges.contains(tokens[start]) || isCurrency(tokens[start]) {
            start += 1
        }
        guard start < tokens.count else { return nil }
        var value: Double
        var rest: ArraySlice<String>
        var scaled = false
        if let number = DeckNumber.parseValue(tokens[start]) {
            value = number
            rest = tokens[(start + 1)...]
        } else if let words = NumberWords.read(tokens[start...]) {
            (value, scaled) = (words.value, words.scaled)
            rest = tokens[(start + words.count)...]
        } else {
            return nil
        }
        var scale = 1.0
        while let first = rest.first, let factor = Units.scale(first, in: expected) {
            scale *= factor
            rest = rest.dropFirst()
        }
        if scale != 1 || scaled {
            value = value * scale / expected.scale
        } else if expected.scale > 1, abs(value) >= expected.scale {
            value /= expected.scale  // written out in full: 46000000000 for "46 billion"
        }
        // Another number beside it is a hedge or a range, unless it says the same ("5 (five)").
        let given = value
        guard !rest.contains(where: { isNumber($0) && number(of: $0) != given }) else { return nil }
        let skipped = tokens[..<start].filter { Units.unit($0, in: expected)?.dimension == .money }
        return Units.convert(value, skipped + Array(rest), to: expected)
    }

    /// True for a token that is a number of its own, in digits or in words.
    private static func isNumber(_ token: String) -> Bool {
        DeckNumber.parseValue(token) != nil || NumberWords.small[token] != nil || token == "hundred"
    }

    private static func number(of token: String) -> Double? {
        DeckNumber.parseValue(token) ?? NumberWords.small[token]
    }

    /// Lowercase tokens: numbers and words apart ("46bn" is "46 bn"), exponents kept with
    /// their number ("9.109e-31"), any script's digits and minus signs read as ASCII, hyphens
    /// between words as spaces, "%" and "per cent" as "percent", "$", "€" and "£" kept.
    static func tokenize(_ input: String) -> [String] {
        let characters = Array(input.lowercased().map(asciiDigit))
        var tokens: [String] = []
        var token = ""
        func flush() {
            if !token.isEmpty { tokens.append(token) }
            token = ""
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let afterNext = index + 2 < characters.count ? characters[index + 2] : " "
            let inNumber = token.first.map { $0.isASCIIDigit || $0 == "-" || $0 == "." } ?? false
            if character.isASCIIDigit {
                if let last = token.last, last.isLetter { flush() }
                token.append(character)
            } else if (character == "," || character == ".") && token.last?.isASCIIDigit == true && next.isASCIIDigit {
                token.append(character)
            } else if (character == "-" || character == ".") && token.isEmpty && next.isASCIIDigit {
                token.append(character)
            } else if character == "e", inNumber, token.last?.isASCIIDigit == true,
                next.isASCIIDigit || ((next == "-" || next == "+") && afterNext.isASCIIDigit)
            {
                token.append(character)
                if next == "-" || next == "+" {
                    token.append(next)
                    index += 1
                }
            } else if character.isLetter {
                if let last = token.last, !last.isLetter { flush() }
                token.append(character)
            } else {
                flush()
                if let symbol = symbols[character] { tokens.append(symbol) }
            }
            index += 1
        }
        flush()
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

    /// The signs kept as tokens of their own.
    private static let symbols: [Character: String] = ["%": "percent", "~": "~", "$": "$", "€": "€", "£": "£"]

    /// A digit of any script as its ASCII digit, and the minus sign and dashes as "-".
    private static func asciiDigit(_ character: Character) -> Character {
        if "\u{2212}\u{2013}\u{2012}".contains(character) { return "-" }
        guard !character.isASCII, character.isNumber, let digit = character.wholeNumberValue, (0...9).contains(digit),
            character.unicodeScalars.count == 1, character.unicodeScalars.first?.properties.numericType == .decimal
        else { return character }
        return Character(String(digit))
    }
}
