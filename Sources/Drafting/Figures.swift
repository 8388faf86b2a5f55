/// Figures in prose: `approximately 60% of the area of Eurasia`, `Present members = 193
/// states`, `It has 15 judges`.
enum Figures {
    struct Found: Equatable {
        /// Word positions of the figure, with "approximately" or "about" before it.
        var words: Range<Int>
        /// That of the figure alone, a fill-in's blank.
        var core: Range<Int>
        var value: String
        var unit: String?
        var approximate: Bool
    }

    static let approximations: Set<String> = ["approximately", "about", "around", "nearly", "roughly", "some"]
    static let scales: Set<String> = ["thousand", "million", "billion", "trillion", "lakh", "crore"]

    /// The figures of a clause, leaving out the words of its dates.
    static func find(in words: [Substring], outside dates: [Range<Int>]) -> [Found] {
        var found: [Found] = []
        var unitWords: [Int: Int] = [:]
        for (index, word) in words.enumerated() where !dates.contains(where: { $0.contains(index) }) {
            let bare = word.trimming(",.;:()\"“”")
            let digits = bare.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." }
            guard let first = digits.first, first.isASCIIDigit, !digits.hasSuffix(","), !digits.hasSuffix(".") else {
                continue
            }
            let after = bare.dropFirst(digits.count)
            // A year on its own is a date's business; a code such as "CPEC 2.0" or "CASA 1000" no figure.
            if after.isEmpty, digits.count == 4, index + 1 >= words.count || !isUnitWord(words[index + 1]) { continue }
            if index > 0, Acronyms.isAcronym(words[index - 1].trimming(",.;:()")) { continue }
            var unit: String? = after.isEmpty ? nil : String(after)
            if after == "%" || after.lowercased() == "percent" { unit = "%" }
            if unit == nil, index + 1 < words.count, isUnitWord(words[index + 1]) {
                unit = words[index + 1].trimming(",.;:()\"“”")
                // "8 million square kilometres": a scale and what it counts.
                if let scale = unit, scales.contains(scale) {
                    let more = words[(index + 2)...].prefix(2).prefix { isUnitWord($0) }
                    unit = ([scale] + more.map { $0.trimming(",.;:()\"“”") }).joined(separator: " ")
                    unitWords[index] = 1 + more.count
                }
            }
            let approximate = index > 0 && approximations.contains(words[index - 1].lowercased())
            let start = approximate ? index - 1 : index
            found.append(
                Found(
                    words: start..<(index + 1 + (unitWords[index] ?? 0)), core: index..<(index + 1),
                    value: digits.filter { $0 != "," },
                    unit: unit, approximate: approximate))
        }
        return found
    }

    /// A word that counts what the figure before it counts: lowercase, not a joining word.
    private static func isUnitWord(_ word: Substring) -> Bool {
        let bare = word.trimming(",.;:()\"“”")
        guard let first = bare.first, first.isLowercase, bare.count >= 2 else { return bare == "%" }
        return !NoteText.minorWords.contains(bare) && !["per", "is", "was", "are", "were", "or"].contains(bare)
    }
}
