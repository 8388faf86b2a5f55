/// Reads a date as people type it: `15 June 2001`, `June 15, 2001`, `15th of June 2001`,
/// `15/06/2001` (day first), `15.06.2001`, `2001-06-15`, `June 2001`, `06/2001`, `2001`.
public enum DateReader {
    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in PartialDate.monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// A whole day, written in any of these forms (`31 Dec 2026`, `2026-12-31`,
    /// `31/12/2026`): an exam's date. Nil for anything else, a month or a year alone too.
    public static func day(_ input: String) -> PartialDate? {
        guard let date = read(input), date.precision == .day else { return nil }
        return date
    }

    public static func read(_ input: String) -> PartialDate? {
        var words: [String] = []
        var current = ""
        for character in input.lowercased() {
            if character.isLetter || character.isNumber {
                if let last = current.last, last.isNumber != character.isNumber, !isOrdinalSuffix(current, character) {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        words = ordinalWords(words.map(stripOrdinal)).filter { !["the", "of", "on", "in"].contains($0) }

        var month: Int?
        var numbers: [String] = []
        for word in words {
            if let number = months[word] ?? misspeltMonth(word), month == nil {
                month = number
            } else if word.allSatisfy(\.isASCIIDigit) {
                numbers.append(word)
            } else if Negations.words.contains(word) || word == "or" || word == "and" || word == "between" {
                return nil
            } else if !word.allSatisfy(\.isLetter) {
                return nil
            }
            // Other words are context ("signed on 7 June 2002 in St Petersburg", "Friday").
        }
        if let month {
            let year = numbers.filter { $0.count == 4 }
            let day = numbers.filter { $0.count <= 2 }
            guard year.count == 1, day.count <= 1, numbers.count == year.count + day.count else { return nil }
            return PartialDate(year: Int(year[0])!, month: month, day: day.first.flatMap { Int($0) })
        }
        let values = numbers.compactMap { Int($0) }
        // A number too long for an integer is no part of a date.
        guard values.count == numbers.count else { return nil }
        switch numbers.count {
        case 1 where numbers[0].count == 4:
            return PartialDate(year: values[0])
        case 2 where numbers[1].count == 4:
            return PartialDate(year: values[1], month: values[0])
        case 2 where numbers[0].count == 4:
            return PartialDate(year: values[0], month: values[1])
        case 3 where numbers[0].count == 4:
            return PartialDate(year: values[0], month: values[1], day: values[2])
        case 3 where numbers[2].count == 4:
            return PartialDate(year: values[2], month: values[1], day: values[0])
        default:
            return nil
        }
    }

    /// A month name with one slip ("Agust", "Jnue"), when it is close to one month only.
    private static func misspeltMonth(_ word: String) -> Int? {
        guard word.count >= 4, word.allSatisfy(\.isLetter) else { return nil }
        let close = PartialDate.monthNames.indices.filter {
            EditDistance.between(word, PartialDate.monthNames[$0].lowercased(), limit: 1) <= 1
        }
        return close.count == 1 ? close[0] + 1 : nil
    }

    /// Days written as ordinal words ("the seventh of June", "twenty-first") as digits.
    private static func ordinalWords(_ words: [String]) -> [String] {
        var out: [String] = []
        for word in words {
            guard let day = ordinals[word] else {
                out.append(word)
                continue
            }
            if let tens = ["twenty": 20, "thirty": 30][out.last ?? ""], day < 10 {
                out[out.count - 1] = String(tens + day)
            } else {
                out.append(String(day))
            }
        }
        return out
    }

    private static let ordinals: [String: Int] = {
        let names = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        ]
        var table = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 + 1) })
        table["thirtieth"] = 30
        return table
    }()

    /// "15th" stays one word: the letters after digits are an ordinal suffix.
    private static func isOrdinalSuffix(_ current: String, _ next: Character) -> Bool {
        current.last?.isNumber == true && ["s", "n", "r", "t"].contains(next)
    }

    private static func stripOrdinal(_ word: String) -> String {
        for suffix in ["st", "nd", "rd", "th"] where word.count > 2 && word.hasSuffix(suffix) {
            let digits = word.dropLast(2)
            if digits.allSatisfy(\.isASCIIDigit) { return String(digits) }
        }
        return word
    }
}
