import DeckModel

/// Dates in prose, in the forms the answer checker reads: `15 June 2001`, `June 15, 2001`,
/// `15th of June 2001`, `April 2007`, `in 1992`, `2001-06-15`, `15/06/2001` and
/// `15.06.2001` (day first), `06/2001`, and a day and month alone (`8 December`).
enum DatePhrases {
    struct Found: Equatable {
        /// Word positions of the phrase, a leading "on"/"in" and a trailing comma included.
        var words: Range<Int>
        /// Those of the date alone, a fill-in's blank.
        var core: Range<Int>
        /// The date, without a year for a day and month alone.
        var date: PartialDate?
        var text: String
    }

    static let months: [String: Int] = {
        var table: [String: Int] = ["sept": 9]
        for (index, name) in PartialDate.monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        return table
    }()

    /// Every date phrase in a clause, in order.
    static func find(in words: [Substring]) -> [Found] {
        let bare = words.map { $0.trimming(",.;:()\"“”").lowercased() }
        func day(_ index: Int) -> Int? {
            guard index >= 0, index < bare.count else { return nil }
            let digits = bare[index].prefix { $0.isASCIIDigit }
            let suffix = bare[index].dropFirst(digits.count)
            guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let value = Int(digits) else {
                return nil
            }
            return (1...31).contains(value) ? value : nil
        }
        func year(_ index: Int) -> Int? {
            guard index >= 0, index < bare.count, bare[index].count == 4, let value = Int(bare[index]) else {
                return nil
            }
            return (1000...2999).contains(value) ? value : nil
        }
        var found: [Found] = []
        var index = 0
        while index < bare.count {
            var match: (Range<Int>, PartialDate?)?
            // One word of digits and separators: `2001-06-15`, `15/06/2001`, `06/2001`.
            if bare[index].contains(where: { "-/.".contains($0) }), bare[index].first?.isNumber == true,
                bare[index].allSatisfy({ $0.isNumber || "-/.".contains($0) }), let date = DateReader.read(bare[index])
            {
                match = (index..<(index + 1), date)
            } else if let month = months[bare[index]] {
                if let day = day(index - 1), let year = year(index + 1) {
                    match = ((index - 1)..<(index + 2), PartialDate(year: year, month: month, day: day))
                } else if let day = day(index - 2), bare[index - 1] == "of", let year = year(index + 1) {
                    match = ((index - 2)..<(index + 2), PartialDate(year: year, month: month, day: day))
                } else if let day = day(index + 1), let year = year(index + 2), words[index + 1].hasSuffix(",") {
                    match = (index..<(index + 3), PartialDate(year: year, month: month, day: day))
                } else if let year = year(index + 1) {
                    match = (index..<(index + 2), PartialDate(year: year, month: month))
                } else if day(index - 1) != nil {
                    match = ((index - 1)..<(index + 1), nil)
                }
            } else if let year = year(index), index > 0, ["in", "since", "until"].contains(bare[index - 1]),
                index + 1 >= bare.count || months[bare[index + 1]] == nil
            {
                match = (index..<(index + 1), PartialDate(year: year))
            }
            guard let (range, date) = match, range.lowerBound >= 0 else {
                index += 1
                continue
            }
            var span = range
            // "on the 7th of June 2002" goes whole.
            if span.lowerBound > 0, bare[span.lowerBound - 1] == "the" {
                span = (span.lowerBound - 1)..<span.upperBound
            }
            if span.lowerBound > 0, ["on", "in", "since"].contains(bare[span.lowerBound - 1]) {
                span = (span.lowerBound - 1)..<span.upperBound
            }
            let text = words[range].joined(separator: " ").trimming(",.;:()")
            found.append(Found(words: span, core: range, date: date, text: text))
            index = range.upperBound
        }
        return found
    }
}
