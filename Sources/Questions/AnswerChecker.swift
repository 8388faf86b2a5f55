import DeckModel

/// Judges answers to questions: lenient where a person would be (case, diacritics, typos,
/// aliases, paraphrase, date and number formats) and strict where it matters (a known
/// mistake, or a typo that lands on another real answer or word, is wrong).
public struct AnswerChecker: Sendable {
    let matcher: TextMatcher

    public init(vocabulary: DeckVocabulary) {
        matcher = TextMatcher(known: vocabulary.known, acronyms: vocabulary.acronyms)
    }

    /// Longer than this, typed text is no answer to a question (and not worth reading).
    public static let longestAnswer = 10_000

    public func check(_ input: String, for question: Question) -> Verdict {
        let shown =
            question.kind.mode == .arrange
            ? question.answers.joined(separator: " → ")
            : question.answers.joined(separator: ", ")
        guard input.utf8.count <= Self.longestAnswer else { return Verdict(grade: .wrong, answer: shown) }
        switch question.expected {
        case .text(let accepted):
            return checkText(input, accepted, question.mistakes, shown: shown)
        case .date(let date):
            return checkDate(input, date, question.mistakes, shown: shown)
        case .number(let value, let tolerance, let unit):
            let given = NumberReader.read(input, unit: unit)
            let right = given.map { abs($0 - value) <= tolerance + 1e-9 * max(1, abs(value)) } ?? false
            var verdict = Verdict(grade: right ? .correct : .wrong, answer: shown)
            if !right, let given, let mistakes = question.mistakes,
                let index = mistakes.numbers.firstIndex(where: { abs($0 - given) <= 1e-9 * max(1, abs($0)) })
            {
                verdict.details = [mistakes.explanation(mistakes.texts[index])]
            }
            return verdict
        case .choice(let index):
            return checkChoice(input, index, question, shown: shown)
        case .items(let items, let ordered):
            return checkItems(input, items, ordered: ordered, mistakes: question.mistakes, shown: shown)
        case .arrangement(let order):
            return checkArrangement(input, order, options: question.options ?? [], shown: shown)
        }
    }

    // MARK: - Text

    /// A typed text: a declared mistake is wrong, whatever else it is close to; then the
    /// spellings, typos and lenient readings.
    private func checkText(_ input: String, _ accepted: AcceptedText, _ mistakes: Mistakes?, shown: String) -> Verdict {
        let folded = input.folded()
        let exact = matcher.match(folded, accepted)
        if exact?.distance != 0, let mistakes,
            let mistake = declaredMistake(folded, mistakes, rightDistance: exact?.distance)
        {
            return Verdict(grade: .wrong, answer: shown, details: [mistakes.explanation(mistake)])
        }
        let (grade, spelling) = matcher.judge(input, accepted)
        return Verdict(grade: grade, answer: shown, details: spelling.map { ["spelling: \($0)"] } ?? [])
    }

    /// The declared mistake a folded text gives: the same once folded, or a typo nearer to
    /// the mistake than to the right answer (`rightDistance`, nil when not near it at all).
    func declaredMistake(_ folded: String, _ mistakes: Mistakes, rightDistance: Int?) -> String? {
        guard !folded.isEmpty else { return nil }
        let bare = WordForms.withoutArticles(folded)
        var best: (text: String, distance: Int)?
        for mistake in mistakes.texts {
            let target = mistake.folded()
            if target == folded || WordForms.withoutArticles(target) == bare { return mistake }
            let allowance = TextMatcher.allowance(for: target)
            let distance = EditDistance.between(folded, target, limit: allowance)
            if distance <= allowance, distance <= (rightDistance ?? .max), distance < (best?.distance ?? .max) {
                best = (mistake, distance)
            }
        }
        return best?.text
    }

    // MARK: - Choices

    /// An option picked by its number or text; another spelling of the right option counts,
    /// and so does a yes/no answer with the right polarity.
    private func checkChoice(_ input: String, _ index: Int, _ question: Question, shown: String) -> Verdict {
        let options = question.options ?? []
        var verdict = Verdict(grade: .wrong, answer: shown)
        if let picked = ResponseReaders.choice(input, options: options) {
            verdict.grade = picked == index ? .correct : .wrong
            if picked != index, let mistakes = question.mistakes,
                mistakes.texts.contains(where: { $0.folded() == options[picked].folded() })
            {
                verdict.details = [mistakes.explanation(options[picked])]
            }
            return verdict
        }
        if YesNo.polarity(of: options[index]) != nil, YesNo.polarity(of: input) != nil {
            verdict.grade = YesNo.pick(input, options: options, right: index) == index ? .correct : .wrong
            return verdict
        }
        // Another spelling of the right option ("PRC" for "China") counts too.
        let alias = matcher.matches(input, AcceptedText([options[index]] + question.accepted))
        verdict.grade = alias ? .correct : .wrong
        return verdict
    }

    // MARK: - Dates

    /// Right at the fact's precision is correct; the right year with a wrong or missing month
    /// or day is partly correct; a date that fits a declared mistake is wrong.
    private func checkDate(_ input: String, _ date: PartialDate, _ mistakes: Mistakes?, shown: String) -> Verdict {
        guard let given = DateReader.read(input) else { return Verdict(grade: .wrong, answer: shown) }
        let fits = { (other: PartialDate) in
            given.year == other.year && (given.month == nil || given.month == other.month)
                && (given.day == nil || given.day == other.day)
        }
        if let mistakes, !fits(date), let mistake = mistakes.dates.first(where: fits) {
            return Verdict(grade: .wrong, answer: shown, details: [mistakes.explanation(mistake.spelledOut)])
        }
        guard given.year == date.year else { return Verdict(grade: .wrong, answer: shown) }
        var missed: [String] = []
        if let month = date.month, given.month != month { missed.append("the month") }
        if let day = date.day, given.day != day { missed.insert("the day", at: 0) }
        return Verdict(grade: missed.isEmpty ? .correct : .partlyCorrect, answer: shown, missed: missed)
    }

    // MARK: - Arrangements

    /// Exactly right is correct; at least half the places right (and at least two) is partly correct.
    private func checkArrangement(_ input: String, _ order: [Int], options: [String], shown: String) -> Verdict {
        guard let given = ResponseReaders.arrangement(input, options: options) else {
            return Verdict(grade: .wrong, answer: shown)
        }
        let placed = zip(given, order).filter { $0 == $1 }.count
        if placed == order.count && given.count == order.count { return Verdict(grade: .correct, answer: shown) }
        if placed >= 2 && placed * 2 >= order.count {
            return Verdict(
                grade: .partlyCorrect, answer: shown, missed: ["\(order.count - placed) of \(order.count) places"])
        }
        return Verdict(grade: .wrong, answer: shown)
    }
}
