import DeckModel

/// date facts: *when* (typed), *when-choice* (nearby dates), *what-happened* (which event),
/// and the deck-wide *which-first* and *chronology*, anchored on each date fact.
extension QuestionGenerator {
    func dateFeasibleKinds(_ fact: Fact, _ date: DateFact) -> Set<QuestionKind> {
        var kinds: Set<QuestionKind> = [.when, .whenChoice]
        if hasDistractors(eventDistractors(fact, date)) { kinds.insert(.whatHappened) }
        var none: SeededRandom?
        let chain = chronologyChain(fact, date, limit: 2, random: &none)
        if !chain.isEmpty { kinds.insert(.whichFirst) }
        if chain.count >= 2 { kinds.insert(.chronology) }
        return kinds
    }

    func dateQuestion(_ card: CardKey, _ fact: Fact, _ date: DateFact, _ random: inout SeededRandom) -> Question? {
        let whenPrompt = Phrasing.whenQuestion(event: date.event, precision: date.when.precision)
        let place = date.place.map { ", \($0)" } ?? ""
        switch card.kind {
        case .when:
            var question = Question(
                card: card, prompt: whenPrompt, answers: [date.when.spelledOut],
                accepted: date.when.precision == .year ? [] : [date.when.description], expected: .date(date.when))
            question.reveal = place.isEmpty ? nil : date.when.spelledOut + place
            return question
        case .whenChoice:
            let distractors = random.shuffled(NearbyDates.around(date.when)).prefix(Self.maximumOptions - 1)
            return choiceQuestion(
                card, prompt: whenPrompt, right: date.when.spelledOut, distractors: distractors.map(\.spelledOut),
                reveal: place.isEmpty ? nil : date.when.spelledOut + place, &random)
        case .whatHappened:
            let distractors = pickDistractors(eventDistractors(fact, date), count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            let prompt = "What happened \(Phrasing.datePhrase(date.when))?"
            return choiceQuestion(card, prompt: prompt, right: date.event, distractors: distractors, &random)
        case .whichFirst:
            guard let other = random.lending({ chronologyChain(fact, date, limit: 1, random: &$0) }).first else { return nil }
            let first = other.when < date.when ? other : date
            let reveal = [date, other].sorted { $0.when < $1.when }.map { "\($0.event) (\($0.when.spelledOut))" }.joined(separator: "; ")
            return choiceQuestion(
                card, prompt: "Which happened first?", right: first.event, distractors: [first == date ? other.event : date.event],
                reveal: reveal, &random)
        case .chronology:
            var chosen = random.lending { chronologyChain(fact, date, limit: 3, random: &$0) }
            if chosen.count < 2 {
                var none: SeededRandom?
                chosen = chronologyChain(fact, date, limit: 3, random: &none)
            }
            guard chosen.count >= 2 else { return nil }
            let events = (chosen + [date]).sorted { $0.when < $1.when }
            return arrangeQuestion(
                card, prompt: "Put these events in order, earliest first.", inOrder: events.map(\.event),
                reveal: events.map { "\($0.when.spelledOut): \($0.event)" }.joined(separator: "; "), &random)
        default:
            return nil
        }
    }

    /// The date fact at a deck position, if it is another fact whose event certainly happened
    /// before or after this one's.
    private func comparableEvent(at position: Int, to fact: Fact, _ date: DateFact) -> DateFact? {
        let other = deck.facts[position]
        guard other.id != fact.id, case .date(let otherDate) = other.content,
              Chronology.isOrdered(otherDate.when, date.when),
              !vocabulary.same(otherDate.event, date.event)
        else { return nil }
        return otherDate
    }

    /// Events of other date facts that did not happen within this fact's date.
    private func eventDistractors(_ fact: Fact, _ date: DateFact) -> DistractorSource {
        DistractorSource(excluding: [date.event]) {
            let dates = index.facts(of: .date)
            return CandidateTier(size: dates.count) { comparableEvent(at: dates[$0], to: fact, date)?.event }
        }
    }

    /// Up to `limit` other events, each certainly before or after this fact's and every one
    /// already chosen: at random with `random`, else the first in deck order.
    private func chronologyChain(_ fact: Fact, _ date: DateFact, limit: Int, random: inout SeededRandom?) -> [DateFact] {
        let dates = index.facts(of: .date)
        var chosen: [DateFact] = []
        _ = Sampler.pick(size: dates.count, count: limit, random: &random) { position in
            guard let other = comparableEvent(at: dates[position], to: fact, date),
                  chosen.allSatisfy({ Chronology.isOrdered($0.when, other.when) })
            else { return nil }
            return other
        } taken: { chosen.append($0) }
        return chosen
    }

    /// An arranging question: the items shown in a shuffled order that is never already right.
    func arrangeQuestion(
        _ card: CardKey, prompt: String, inOrder items: [String], reveal: String? = nil, _ random: inout SeededRandom
    ) -> Question {
        var options = random.shuffled(items)
        if options == items { options.append(options.removeFirst()) }
        let order = items.map { item in options.firstIndex(of: item)! }
        var question = Question(
            card: card, prompt: prompt, options: options, answers: items, expected: .arrangement(order))
        question.reveal = reveal
        return question
    }
}

/// Which dates can be put in order, and chains of them.
enum Chronology {
    /// True when one date's span ends before the other's begins, so their order is certain
    /// (`2004` and `2004-12-02` overlap; `2003` and `2004-12` do not).
    static func isOrdered(_ a: PartialDate, _ b: PartialDate) -> Bool {
        let (aStart, aEnd) = span(a), (bStart, bEnd) = span(b)
        return aEnd < bStart || bEnd < aStart
    }

    private static func span(_ date: PartialDate) -> (Int, Int) {
        let last = date.lastDay
        let start = date.year * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1)
        return (start, last.year * 10_000 + last.month * 100 + last.day)
    }
}

/// Near-miss dates at the same precision: the slips exams test (7 June vs 7 July 2002).
enum NearbyDates {
    static func around(_ date: PartialDate) -> [PartialDate] {
        var candidates: [PartialDate?] = []
        switch date.precision {
        case .year:
            candidates = [-1, 1, -2, 2, -3, 3].map { PartialDate(year: date.year + $0) }
        case .month:
            let month = date.month!
            candidates = [-1, 1, -2, 2].map { shifted(year: date.year, month: month + $0, day: nil) }
                + [-1, 1].map { PartialDate(year: date.year + $0, month: month) }
        case .day:
            let (month, day) = (date.month!, date.day!)
            candidates = [-1, 1].map { shifted(year: date.year, month: month + $0, day: day) }
                + [-1, 1, -2, 2].map { dayShifted(date, by: $0) }
                + [-1, 1].map { PartialDate(year: date.year + $0, month: month, day: day) }
        }
        var unique: [PartialDate] = []
        for case let candidate? in candidates where candidate != date && !unique.contains(candidate) {
            unique.append(candidate)
        }
        return unique
    }

    /// The date with its month moved (wrapping into the next or previous year); nil when the
    /// day does not exist in that month.
    private static func shifted(year: Int, month: Int, day: Int?) -> PartialDate? {
        let total = year * 12 + (month - 1)
        return PartialDate(year: total / 12, month: total % 12 + 1, day: day)
    }

    private static func dayShifted(_ date: PartialDate, by days: Int) -> PartialDate? {
        var (year, month, day) = (date.year, date.month!, date.day! + days)
        if day < 1 {
            month -= 1
            if month < 1 { (year, month) = (year - 1, 12) }
            day += PartialDate.daysIn(month: month, year: year)
        } else if day > PartialDate.daysIn(month: month, year: year) {
            day -= PartialDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return PartialDate(year: year, month: month, day: day)
    }
}
