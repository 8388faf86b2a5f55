/// The small pieces of reading notes: lines cleaned of list markers and stray spaces,
/// sentences, and whether a word names something.
enum NoteText {
    /// Words an acronym skips, and that never make a name.
    static let minorWords: Set<String> = ["and", "of", "the", "for", "on", "in", "to", "at", "a", "an", "&"]

    /// The line with runs of spaces made one and the ends trimmed.
    static func clean(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// A list item's text without its marker (`1.`, `2)`, `a)`, `•`, `-`, `*`), or nil for
    /// a line that is no list item.
    static func listItem(_ line: String) -> String? {
        let text = clean(line)
        for bullet in ["• ", "- ", "* ", "– ", "· "] where text.hasPrefix(bullet) {
            return itemText(String(text.dropFirst(bullet.count)))
        }
        guard let space = text.firstIndex(of: " ") else { return nil }
        let marker = text[..<space]
        guard marker.count <= 4, let last = marker.last, last == "." || last == ")" else { return nil }
        let body = marker.dropLast()
        let isNumber = !body.isEmpty && body.allSatisfy(\.isASCIIDigit)
        let isLetter = body.count == 1 && body.first!.isLowercase
        guard isNumber || isLetter || (body.count <= 3 && body.allSatisfy { "ivx".contains($0) }) else { return nil }
        return itemText(String(text[text.index(after: space)...]))
    }

    /// An item cleaned: no trailing full stop or colon, no stray spaces.
    static func itemText(_ text: String) -> String {
        var item = clean(text)
        while let last = item.last, ".;:,".contains(last) { item.removeLast() }
        return clean(item)
    }

    /// The sentences of a line: split after `.`, `!` or `?` followed by a space and a capital
    /// or a digit, but not after an initial or a short abbreviation ("U.S.", "Dr.").
    static func sentences(_ line: String) -> [String] {
        let text = clean(line)
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " " else {
                continue
            }
            let next = characters[index + 2]
            let word = current.split(separator: " ").last.map(String.init) ?? ""
            let abbreviation = word.count <= 3 && word.first?.isUppercase == true || word.filter { $0 == "." }.count > 1
            if next.isUppercase || next.isNumber, !abbreviation {
                sentences.append(clean(current))
                current = ""
            }
        }
        if !clean(current).isEmpty { sentences.append(clean(current)) }
        return sentences
    }

    /// True for a word that names something: capitalised (not only at the start of a
    /// sentence), or an acronym, or with a digit.
    static func isName(_ word: Substring, first: Bool) -> Bool {
        let letters = word.filter(\.isLetter)
        guard let initial = letters.first else { return word.contains(where: \.isNumber) }
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
        guard initial.isUppercase else { return false }
        return !first || !commonOpeners.contains(String(letters).lowercased())
    }

    /// Words that open sentences without naming anything.
    static let commonOpeners: Set<String> = [
        "the", "a", "an", "it", "its", "this", "that", "these", "those", "they", "their", "there", "he", "she", "we",
        "in", "on", "at", "of", "for", "by", "as", "if", "when", "with", "from", "to", "and", "but", "or", "several",
        "some", "many", "most", "all", "each", "every", "other", "subsequent", "present", "provide", "created",
        "strengthening", "capacity", "intelligence", "joint", "water", "violation", "sensitivity", "foreign",
        "theyre", "theyve", "its", "were", "dont", "even", "countries", "these", "such", "also", "however",
    ]

    /// The text up to its last full stop removed, for a fact's text.
    static func withoutFullStop(_ text: String) -> String {
        var out = text
        while let last = out.last, last == "." || last == " " { out.removeLast() }
        return out
    }
}
