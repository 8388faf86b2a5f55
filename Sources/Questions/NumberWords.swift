import DeckModel

/// English number words, as people type them: "forty-two", "sixty five", "one hundred and
/// twenty", "two thousand three hundred", "a million", and scales after digits ("1.3
/// million", "46 billion", "46bn").
enum NumberWords {
    static let small: [String: Double] = [
        "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "once": 1, "twice": 2,
    ]

    /// Words that multiply what comes before them.
    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
        "trillion": 1e12, "tn": 1e12,
    ]

    /// The number that the words at the start of `tokens` spell, how many tokens it took, and
    /// whether a scale word was among them; nil when they spell none.
    static func read(_ tokens: ArraySlice<String>) -> (value: Double, count: Int, scaled: Bool)? {
        var total = 0.0, current = 0.0
        var used = 0, consumed = 0
        var scaled = false
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            if let value = small[token] {
                current += value
            } else if token == "hundred" {
                current = max(current, 1) * 100
            } else if let scale = scales[token], token.count > 2 {
                total += max(current, 1) * scale
                current = 0
                scaled = true
            } else if token == "a" || token == "an", index + 1 < tokens.endIndex,
                tokens[index + 1] == "hundred" || scales[tokens[index + 1]] != nil
            {
                current = 1
            } else if token != "and" || used == 0 {
                break
            }
            index += 1
            consumed += 1
            if token != "and" { used = consumed }
        }
        return used == 0 ? nil : (total + current, used, scaled)
    }
}
