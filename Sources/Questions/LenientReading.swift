import DeckModel

/// Readings of a typed answer beyond its spellings, as a careful teacher reads one: the
/// words an abbreviation's letters stand for, the answer with extra words that contradict
/// nothing ("Gwadar port"), and a prose answer by its content words in any order.
extension TextMatcher {
    /// The grade of a typed answer to one text, and the spelling it was taken for when a
    /// typo was forgiven.
    func judge(_ input: String, _ answer: AcceptedText) -> (grade: Verdict.Grade, spelling: String?) {
        let folded = input.folded()
        if let match = match(folded, answer) { return (.correct, match.distance > 0 ? match.spelling : nil) }
        guard !folded.isEmpty else { return (.wrong, nil) }
        let forbidden = Set(answer.forbidden.map { $0.folded() })
        let given = WordForms.words(WordForms.withoutArticles(folded))
        if spellsLetterWords(given, answer, forbidden: forbidden) { return (.correct, nil) }
        let readings = forms(of: folded, keeping: forbidden).map { WordForms.words(WordForms.withoutArticles($0)) }
        // Naming a rival answer beside the right one, in any reading (NATO or the words it
        // stands for), is never right.
        let everyStem = readings.flatMap { WordForms.contentStems($0.joined(separator: " ")) }
        let ownWords = answer.spellings.flatMap { WordForms.words($0.folded()) }
        if namesRival(everyStem, wanted: ownWords, answer) { return (.wrong, nil) }
        if readings.contains(where: { containsAnswer($0, answer, forbidden: forbidden) }) { return (.correct, nil) }
        if answer.byWords { return (readings.map { proseGrade($0, answer) }.max(by: rank) ?? .wrong, nil) }
        return (.wrong, nil)
    }

    /// Wrong < partly correct < correct.
    private func rank(_ a: Verdict.Grade, _ b: Verdict.Grade) -> Bool {
        let order: [Verdict.Grade] = [.wrong, .partlyCorrect, .correct]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }

    /// An abbreviation's meaning given as the words its letters stand for, and perhaps more
    /// words of the meaning: "Turkmenistan Afghanistan Pakistan India" for TAPI.
    private func spellsLetterWords(_ given: [String], _ answer: AcceptedText, forbidden: Set<String>) -> Bool {
        guard !answer.letterWords.isEmpty else { return false }
        let words = given.filter { !Acronym.skipped.contains($0) && !forbidden.contains($0) }
        let meaning = answer.spellings.flatMap { WordForms.words($0.folded()) }
        let known = { (word: String, among: [String]) in
            among.contains { WordForms.sameWord(word, $0) || Self.isTypo(word, of: $0) }
        }
        return !words.isEmpty && words.allSatisfy { known($0, meaning) }
            && answer.letterWords.allSatisfy { known($0, words) }
    }

    /// The words of one spelling, in order, among other words that contradict nothing and
    /// come from the question itself or the answer's own wording: "Gwadar port" for "Which
    /// Pakistani port …?", "Islamic Movement of Uzbekistan (IMU)" for "What does IMU stand
    /// for?". Other words are not taken on trust: "Ormara near Gwadar", "Fatima Jinnah".
    private func containsAnswer(_ given: [String], _ answer: AcceptedText, forbidden: Set<String>) -> Bool {
        let allowed = Set(answer.context + answer.spellings.flatMap { WordForms.words($0.folded()) } + forbidden)
        for spelling in answer.spellings {
            let wanted = WordForms.words(WordForms.withoutArticles(spelling.folded()))
            guard !wanted.isEmpty, given.count > wanted.count else { continue }
            for start in 0...(given.count - wanted.count)
            where zip(given[start...], wanted).allSatisfy({ WordForms.sameWord($0, $1) }) {
                let extras = Array(given[..<start] + given[(start + wanted.count)...])
                let explained = extras.allSatisfy { allowed.contains($0) || WordForms.stopwords.contains($0) }
                if explained, !contradicts(extras, given: given, wanted: wanted, answer) { return true }
            }
        }
        return false
    }

    /// Extra words contradict the answer when they negate it, hedge it ("or"), or name one
    /// of the answer's rivals.
    private func contradicts(_ extras: [String], given: [String], wanted: [String], _ answer: AcceptedText) -> Bool {
        if extras.contains("or") { return true }
        let negates = { (words: [String]) in words.contains(where: WordForms.negations.contains) }
        if negates(extras) && !negates(wanted) { return true }
        return namesRival(WordForms.contentStems(given.joined(separator: " ")), wanted: wanted, answer)
    }

    /// True when every content word of a rival answer is among the given ones, and the rival
    /// says something the right answer does not.
    private func namesRival(_ givenStems: [String], wanted: [String], _ answer: AcceptedText) -> Bool {
        let wantedStems = Set(WordForms.contentStems(wanted.joined(separator: " ")))
        return answer.rivals.contains { rival in
            let stems = WordForms.contentStems(rival.folded())
            return !stems.isEmpty && stems.allSatisfy(givenStems.contains)
                && stems.contains { !wantedStems.contains($0) }
        }
    }

    /// A prose answer by its content words, in any order, lightly stemmed: all of them is
    /// correct, at least half partly correct. Saying the opposite, or naming a rival, is wrong.
    /// An answer with every content word but also words of its own that neither the
    /// question nor any wording of the answer uses ("to weaken political and economic
    /// cooperation") is only partly correct: what it adds may say something else.
    private func proseGrade(_ given: [String], _ answer: AcceptedText) -> Verdict.Grade {
        let givenStems = WordForms.contentStems(given.joined(separator: " "))
        let negated = given.contains(where: WordForms.negations.contains)
        let explained = Set((answer.context + answer.spellings.map { $0.folded() }).flatMap(WordForms.contentStems))
        var best = Verdict.Grade.wrong
        for spelling in answer.spellings {
            let folded = spelling.folded()
            let wanted = WordForms.contentStems(folded)
            guard wanted.count >= 3, negated == WordForms.words(folded).contains(where: WordForms.negations.contains),
                !namesRival(givenStems, wanted: WordForms.words(folded), answer)
            else { continue }
            // A number of its own ("until 2030" for "until 2035") says something else.
            let numbers = Set(Self.numerals(folded)), givenNumbers = Set(Self.numerals(given.joined(separator: " ")))
            if !numbers.isEmpty, !givenNumbers.isSubset(of: numbers) { continue }
            let found = wanted.filter { stem in givenStems.contains { $0 == stem || Self.isTypo($0, of: stem) } }.count
            let unexplained = givenStems.contains { stem in
                !explained.contains(stem) && !wanted.contains { Self.isTypo(stem, of: $0) }
            }
            if found == wanted.count && !unexplained { return .correct }
            if found * 2 >= wanted.count { best = .partlyCorrect }
        }
        return best
    }

    /// A one-letter slip in a long word that is not a word of its own.
    static func isTypo(_ word: String, of wanted: String) -> Bool {
        wanted.count >= 6 && !WordList.contains(word) && EditDistance.between(word, wanted, limit: 1) <= 1
    }
}
