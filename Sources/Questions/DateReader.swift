import DeckModel

/// Reads a date as people type it: `15 June 2001`, `June 15, 2001`, `15th of June 2001`,
/// `15/06/2001` (day first), `15.06.2001`, `2001-06-15`, `June 2001`, `06/2001`, `2001`.
enum DateReader {
    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in PartialDate.monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    static func read(_ input: String) -> PartialDate? {
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
        words = words.map(stripOrdinal).filter { !["the", "of", "on", "in"].contains($0) }

        var month: Int?
        var numbers: [String] = []
        for word in words {
            if let number = months[word], month == nil {
                month = number
            } else if word.allSatisfy(\.isASCIIDigit) {
                numbers.append(word)
            } else {
                return nil
            }
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
