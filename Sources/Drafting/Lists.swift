/// A heading and the items under it as a set, or a sequence when the heading says so.
enum Lists {
    static let orderWords = ["in order", "chronological", "steps", "stages", "sequence", "timeline"]

    static let numberWords = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    static func fact(name heading: String, line: Int, quote: String, items: [String]) -> DraftFact {
        let name = cleanName(heading)
        var members: [String] = []
        for item in items where !members.contains(item) { members.append(item) }
        let lower = name.lowercased()
        let ordered = orderWords.contains(where: lower.contains)
        let keys = [
            (ordered ? "sequence" : "set", DraftFact.text(name)),
            (ordered ? "items" : "members", DraftFact.list(members)),
        ]
        var review: String?
        if let count = count(in: name), count != members.count {
            review = "the heading says \(count), but \(members.count) items follow"
        }
        return DraftFact(.list, subject: name, keys: keys, line: line, quote: quote, review: review)
    }

    /// A list's name without an aside in brackets after it ("To fight against three evils.
    /// (3-exits)."), a count in brackets kept ("Members of ECO (10)").
    static func cleanName(_ heading: String) -> String {
        var name = NoteText.itemText(heading)
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex,
            Int(name[name.index(after: open)..<name.index(before: name.endIndex)].trimming(" ")) == nil
        {
            name = NoteText.itemText(String(name[..<open]))
        }
        return name
    }

    /// A count the heading gives: "(6)", "three evils", "Members of ECO (10)".
    static func count(in heading: String) -> Int? {
        let words = heading.lowercased().split { !$0.isLetter && !$0.isNumber }
        if let open = heading.lastIndex(of: "("), let close = heading[open...].firstIndex(of: ")"),
            let number = Int(heading[heading.index(after: open)..<close].trimming(" "))
        {
            return number
        }
        return words.lazy.compactMap { numberWords[String($0)] }.first
    }
}
