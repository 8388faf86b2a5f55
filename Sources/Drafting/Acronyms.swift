/// Acronyms defined in notes: `Regional anti-terrorism structure (RATS)`,
/// `RATS (Regional Anti-Terrorist Structure)`, `UNESCO ==> United Nations Educational, …`.
enum Acronyms {
    struct Found: Equatable {
        var acronym: String
        var expansion: String
        /// What follows the expansion after a comma ("headquarters Paris"), a fact of its own.
        var rest: String?
        /// Why to check it: the letters do not match the words.
        var review: String?
    }

    /// The acronym a sentence defines, if it defines one.
    static func find(in sentence: String) -> Found? {
        bracketed(sentence) ?? arrowed(sentence)
    }

    /// `Words (ACR)` or `ACR (Words)`.
    private static func bracketed(_ sentence: String) -> Found? {
        guard let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else {
            return nil
        }
        let inside = NoteText.clean(String(sentence[sentence.index(after: open)..<close]))
        let before = NoteText.clean(String(sentence[..<open]))
        if isAcronym(inside) {
            // The words before, as few as spell it, else the clause as written.
            let words = before.split(separator: " ").map(String.init)
            for start in stride(from: words.count - 1, through: 0, by: -1)
            where !NoteText.minorWords.contains(words[start].lowercased()) && spells(inside, words[start...]) {
                return Found(acronym: inside, expansion: words[start...].joined(separator: " "))
            }
            let clause = lastClause(before)
            guard clause.split(separator: " ").count >= 2 else { return nil }
            return Found(
                acronym: inside, expansion: clause,
                review:
                    "the letters of \(inside) do not all match \"\(clause)\"; the words before the bracket are taken")
        }
        guard let last = before.split(separator: " ").last.map(String.init), isAcronym(last),
            inside.split(separator: " ").count >= 2
        else { return nil }
        let review =
            spells(last, inside.split(separator: " ").map(String.init)[...])
            ? nil : "the letters of \(last) do not all match \"\(inside)\"; the bracket is taken as written"
        return Found(acronym: last, expansion: inside, review: review)
    }

    /// `ACR ==> expansion[, rest]`, the arrow of any length, `=` or `-`.
    private static func arrowed(_ sentence: String) -> Found? {
        guard let (left, right) = Arrows.split(sentence) else { return nil }
        let acronym = NoteText.clean(left)
        guard isAcronym(acronym) else { return nil }
        var parts = right.split(separator: ",", maxSplits: 1).map { NoteText.itemText(String($0)) }
        // The expansion runs to the clause's end, unless its comma is inside the name.
        let words = parts[0].split(separator: " ").map(String.init)
        if parts.count == 2, !spells(acronym, words[...]) {
            let longer = (parts[0] + ", " + parts[1]).split(separator: " ").map(String.init)
            for end in stride(from: longer.count, to: words.count, by: -1) where spells(acronym, longer[..<end]) {
                let rest = longer[end...].joined(separator: " ")
                parts = [longer[..<end].joined(separator: " ")] + (rest.isEmpty ? [] : [rest])
                break
            }
        }
        guard let expansion = parts.first, !expansion.isEmpty else { return nil }
        let review =
            spells(acronym, expansion.split(separator: " ").map(String.init)[...])
            ? nil : "the letters of \(acronym) do not all match \"\(expansion)\"; the text after the arrow is taken"
        return Found(
            acronym: acronym, expansion: NoteText.itemText(expansion),
            rest: parts.count > 1 ? NoteText.itemText(parts[1]) : nil, review: review)
    }

    /// Two to ten capitals and digits (`RATS`, `G20`), an `&` or a hyphen allowed.
    static func isAcronym(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return (2...10).contains(text.count) && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "&" || $0 == "-" }
    }

    /// The last clause of a text: after its last comma or colon.
    private static func lastClause(_ text: String) -> String {
        let cut = text.lastIndex { $0 == "," || $0 == ":" || $0 == ";" }.map { text.index(after: $0) }
        return NoteText.clean(String(text[(cut ?? text.startIndex)...]))
    }

    /// Whether `words` spell `acronym`: each word gives its initial (a hyphenated one, the
    /// initial of each part, or of the first; an embedded acronym, all its letters, or its
    /// first), and the minor words ("and", "of", …) may give theirs or none.
    static func spells(_ acronym: String, _ words: ArraySlice<String>) -> Bool {
        let letters = Array(acronym.uppercased().filter { $0.isLetter || $0.isNumber })
        let words = Array(words)
        func match(_ word: Int, _ letter: Int) -> Bool {
            if word == words.count { return letter == letters.count }
            let text = words[word].trimming("\"'“”(),.")
            var options: [[Character]] = []
            if NoteText.minorWords.contains(text.lowercased()) { options.append([]) }
            let parts = text.split(separator: "-").filter { !$0.isEmpty }
            if let first = text.first { options.append([Character(first.uppercased())]) }
            if parts.count > 1 { options.append(parts.compactMap { $0.first.map { Character($0.uppercased()) } }) }
            if isAcronym(text) { options.append(Array(text.uppercased().filter { $0.isLetter || $0.isNumber })) }
            return options.contains { option in
                letter + option.count <= letters.count && Array(letters[letter..<letter + option.count]) == option
                    && match(word + 1, letter + option.count)
            }
        }
        return !words.isEmpty && match(0, 0)
    }
}

extension StringProtocol {
    /// The text without these characters at either end.
    func trimming(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
