import DeckModel

/// Abbreviations and the words their letters stand for: "TAPI" is Turkmenistan,
/// Afghanistan, Pakistan, India; "LoC" is Line of Control.
enum Acronym {
    /// Small words an abbreviation's letters skip ("Line of Control" is LoC).
    static let skipped: Set<String> = ["and", "of", "the", "for", "on", "in", "to", "at"]

    /// The letters an abbreviation spells: its capitals ("LoC" → l, c; "CARs" → c, a, r),
    /// or every letter when it has no capitals. Digits ("CASA-1000") spell nothing.
    static func letters(of term: String) -> [Character] {
        let capitals = term.filter { $0.isUppercase }
        return Array((capitals.isEmpty ? term.filter(\.isLetter) : capitals).lowercased())
    }

    /// The words of `meaning` (folded) that the letters of `term` stand for, in order, the
    /// small words skipped; nil when the meaning does not spell the abbreviation. A meaning
    /// may go on after them ("Turkmenistan-Afghanistan-Pakistan-India gas pipeline").
    static func letterWords(of term: String, in meaning: String) -> [String]? {
        let letters = letters(of: term)
        guard letters.count >= 2 else { return nil }
        let words = WordForms.words(meaning.folded()).filter { !skipped.contains($0) }
        guard words.count >= letters.count else { return nil }
        for (letter, word) in zip(letters, words) where word.first != letter {
            return nil
        }
        return Array(words.prefix(letters.count))
    }

    /// True when `meaning` spells out the abbreviation `term`.
    static func fits(_ term: String, _ meaning: String) -> Bool {
        letterWords(of: term, in: meaning) != nil
    }

    /// The first letters of a meaning's words, the small words skipped: "rats" for Regional
    /// Anti-Terrorist Structure. A meaning fits an abbreviation when these start with its letters.
    static func initials(of meaning: String) -> String {
        String(WordForms.words(meaning.folded()).filter { !skipped.contains($0) }.compactMap(\.first))
    }
}
