import DeckModel
import Foundation

/// The rules every generated question keeps, whatever the deck: it does not give its answer
/// away, it reads as correct English, its options share their form, and the events it
/// orders lie well apart. The generator keeps them where a template could break them; what
/// a deck's own wording breaks, `recall check --questions` reports from these findings.
public enum QuestionRules {
    /// A broken rule, found in one card's question.
    public struct Finding: Sendable, Hashable {
        public var fact: String
        public var card: String
        public var message: String
    }

    /// What breaks the rules among the questions of every card of the deck, drawn with each
    /// of `seeds` (options and members differ from draw to draw), each finding once.
    public static func findings(in generator: QuestionGenerator, seeds: ClosedRange<UInt64> = 1...5) -> [Finding] {
        var found: [Finding] = []
        var seen = Set<Finding>()
        let asked = Set(generator.cardKeys.map(\.fact))
        for fact in generator.deck.facts where !asked.contains(fact.id) {
            found.append(Finding(fact: fact.id, card: "\(generator.deck.id)/\(fact.id)", message: unaskable(fact)))
        }
        for seed in seeds {
            for question in QuestionSet.make(from: generator, count: nil, seed: seed) {
                for message in findings(question, in: generator) {
                    let finding = Finding(fact: question.factID, card: question.card.description, message: message)
                    if seen.insert(finding).inserted { found.append(finding) }
                }
            }
        }
        return found
    }

    /// What is wrong with `question`, a question of `generator`'s deck, one line a problem.
    public static func findings(_ question: Question, in generator: QuestionGenerator) -> [String] {
        var found: [String] = []
        let prompt = question.prompt
        if question.kind.mode == .typed, let given = givenAway(question) {
            found.append("the question gives its answer away: its prompt contains \"\(given)\"")
        }
        found += englishProblems(prompt, texts: [prompt] + (question.options ?? []) + question.answers)
        if let options = question.options, case .choice(let right) = question.expected, right < options.count {
            if let problem = OptionForm.problem(options: options, right: right) { found.append(problem) }
            found += choiceProblems(question, options, right, generator)
        }
        if question.kind == .chronology || question.kind == .whichFirst {
            found += spacingProblems(question, generator)
        }
        return found
    }

    /// Why a fact yields no question at all.
    static func unaskable(_ fact: Fact) -> String {
        if case .question(let question) = fact.content, let polarity = YesNo.polarity(of: question.answer) {
            let (same, other) = polarity == .yes ? ("Yes", "No") : ("No", "Yes")
            let has = { (wanted: YesNo.Polarity) in question.wrong.contains { YesNo.polarity(of: $0) == wanted } }
            guard has(polarity), has(polarity == .yes ? .no : .yes) else {
                return "yields no question: a yes/no question is asked as multiple choice only, and needs at least two "
                    + "wrong answers in 'wrong', one starting with \(same) and one with \(other)"
            }
            return "yields no question: its right answer is over \(OptionForm.longOption) characters and more than "
                + "twice as long as its wrong answers, so its length would tell; make them alike in length"
        }
        return "yields no question: its answer is given away by its own wording; reword it"
    }

    /// The answer (or the year of a date) that the prompt of a typed question contains. An
    /// item of a list counts only where it stands alone, not inside a longer name: "Name
    /// the Shanghai Five summit venues" does not give away Shanghai.
    static func givenAway(_ question: Question) -> String? {
        if question.kind == .recallAll {
            return question.answers.first { Phrasing.mentions($0, in: question.prompt, alone: true) }
        }
        var answers = [question.answers[0]] + question.accepted.filter { $0.folded().count >= 3 }
        if case .date(let date) = question.expected { answers.append(String(date.year)) }
        if case .number(let value, _, _) = question.expected {
            answers = answers.map { $0.split(separator: " ").first.map(String.init) ?? $0 }
            answers += NumberWords.small.filter { $0.value == value && $0.key.count > 4 }.map(\.key)
        }
        return answers.first { Phrasing.mentions($0, in: question.prompt) }
    }

    /// Templates gone wrong: "As of …" before a label, "1 years", quotes inside quotes, a
    /// prompt that does not start as a sentence.
    static func englishProblems(_ prompt: String, texts: [String]) -> [String] {
        var found: [String] = []
        let lowered = prompt.lowercased()
        if lowered.hasPrefix("as of"), Phrasing.labels.contains(where: { lowered.contains(", " + $0.lowercased()) }) {
            found.append("\"As of …\" comes before the instruction; it belongs inside the sentence")
        }
        for text in texts where text.range(of: #"(^|[^0-9.,])1 [a-z]+s\b"#, options: .regularExpression) != nil {
            if let word = text.range(of: #"1 [a-z]+s\b"#, options: .regularExpression).map({ text[$0] }),
                !["1 is", "1 was", "1 has", "1 does"].contains(String(word))
            {
                found.append("\"\(word)\": a plural after 1")
            }
        }
        if texts.contains(where: { $0.contains("\"\"") || $0.contains("\" \"") }) {
            found.append("quotation marks inside quotation marks")
        }
        if let first = prompt.first, first.isLetter, !first.isUppercase {
            found.append("the prompt does not start with a capital letter")
        }
        if prompt.contains("  ") || prompt.contains(" ?") || prompt.contains(" .") || prompt.contains(" ,") {
            found.append("stray spaces in the prompt")
        }
        return found
    }

    /// Options that break the rules of their kind: an abbreviation's meanings that do not
    /// spell it, a yes/no question without both a Yes and a No, a "What happened in 2007?"
    /// option that names 2007.
    private static func choiceProblems(
        _ question: Question, _ options: [String], _ right: Int, _ generator: QuestionGenerator
    ) -> [String] {
        guard let fact = generator.fact(id: question.factID) else { return [] }
        var found: [String] = []
        switch (fact.content, question.kind) {
        case (.term(let term), .choose) where Phrasing.isAbbreviation(term.term):
            let folded = Set(term.wrong.map { $0.folded() })
            for option in options where !Acronym.fits(term.term, option) && !folded.contains(option.folded()) {
                found.append("the option \"\(option)\" does not spell \(term.term), so the letters tell it apart")
            }
        case (.question(let free), .choice) where YesNo.polarity(of: free.answer) != nil:
            let polarities = Set(options.compactMap(YesNo.polarity(of:)))
            if polarities.count < 2 { found.append("a yes/no question needs both a Yes and a No option") }
        case (.date(let date), .whatHappened):
            for option in options where generator.namesYear(option, date.when) {
                found.append("the option \"\(option)\" names the year asked about")
            }
        default:
            break
        }
        return found
    }

    /// Events of an ordering question that lie less than four weeks apart.
    private static func spacingProblems(_ question: Question, _ generator: QuestionGenerator) -> [String] {
        let dates = generator.deck.facts.compactMap { fact -> DateFact? in
            if case .date(let date) = fact.content { return date }
            return nil
        }
        let events = (question.options ?? []).compactMap { option in dates.first { $0.event == option } }
        var found: [String] = []
        for (index, a) in events.enumerated() {
            for b in events[(index + 1)...] where !Chronology.isOrdered(a.when, b.when) {
                found.append("\"\(a.event)\" and \"\(b.event)\" are less than \(Chronology.minimumGap) days apart")
            }
        }
        return found
    }
}

extension Phrasing {
    /// True when `prompt` contains `text` as whole words, once both are folded: "Where was
    /// the Shanghai Five created?" mentions "Shanghai".
    /// With `alone`, a mention next to a capitalised word is part of a longer name and does
    /// not count.
    static func mentions(_ text: String, in prompt: String, alone: Bool = false) -> Bool {
        let words = WordForms.words(text.folded())
        let written = prompt.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
        let within = written.map { $0.folded() }
        guard !words.isEmpty, within.count >= words.count else { return false }
        let capital = { (index: Int) in written.indices.contains(index) && written[index].first?.isUppercase == true }
        return (0...(within.count - words.count)).contains { start in
            Array(within[start..<(start + words.count)]) == words
                && !(alone && (capital(start - 1) && start > 0 || capital(start + words.count)))
        }
    }
}
