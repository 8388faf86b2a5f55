import DeckModel

/// date facts: *when* (typed), *when-choice* (nearby dates), *what-happened* (which event),
/// *where* (the place, typed), and the deck-wide *which-first* and *chronology*, anchored on
/// each date fact.
extension QuestionGenerator {
    func dateFeasibleKinds(_ fact: Fact, _ date: DateFact) -> Set<QuestionKind> {
        var kinds: Set<QuestionKind> = [.when, .whenChoice]
        if !namesYear(date.event, date.when), hasDistractors(eventDistractors(fact, date)) {
            kinds.insert(.whatHappened)
        }
        if let place = date.place, let prompt = Phrasing.whereQuestion(event: date.event),
            !Phrasing.mentions(place, in: prompt)
        {
            kinds.insert(.where)
        }
        var none: SeededRandom?
        if !chronologyChain(fact, date, limit: 1, alike: true, random: &none).isEmpty { kinds.insert(.whichFirst) }
        if chronologyChain(fact, date, limit: 2, random: &none).count >= 2 { kinds.insert(.chronology) }
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
            let pool = poolMembers(of: fact).compactMap { Int($0.trimmingWhitespace()) }
            let distractors = DateOptions.distractors(
                for: date.when, declared: date.wrong, latest: index.latest, pool: pool, random: &random)
            return choiceQuestion(
                card, prompt: whenPrompt, right: date.when.spelledOut, distractors: distractors.map(\.spelledOut),
                reveal: place.isEmpty ? nil : date.when.spelledOut + place, &random)
        case .whatHappened:
            let distractors = pickDistractors(eventDistractors(fact, date), count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            let prompt = "Which of these happened \(Phrasing.datePhrase(date.when))?"
            return choiceQuestion(card, prompt: prompt, right: date.event, distractors: distractors, &random)
        case .where:
            guard let answer = date.place, let prompt = Phrasing.whereQuestion(event: date.event) else { return nil }
            var question = typedQuestion(card, prompt: prompt, answer: answer)
            question.reveal = date.when.spelledOut + place
            return question
        case .whichFirst:
            guard let other = random.lending({ chronologyChain(fact, date, limit: 1, alike: true, random: &$0) }).first
            else { return nil }
            let first = other.when < date.when ? other : date
            let reveal = [date, other].sorted { $0.when < $1.when }.map { "\($0.event) (\($0.when.spelledOut))" }
                .joined(separator: "; ")
            return choiceQuestion(
                card, prompt: "Which happened first?", right: first.event,
                distractors: [first == date ? other.event : date.event], reveal: reveal, &random)
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

    /// True when an event's text names the year it is asked about ("Peace Mission 2007"),
    /// which would give a "What happened in 2007?" away.
    func namesYear(_ text: String, _ date: PartialDate) -> Bool {
        let year = String(date.year)
        return text.contains(year) && text.folded().split(separator: " ").contains { $0 == year }
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

    /// Events of other date facts, well apart from this fact's date and not naming its year.
    private func eventDistractors(_ fact: Fact, _ date: DateFact) -> DistractorSource {
        DistractorSource(excluding: [date.event], right: date.event) {
            let dates = index.facts(of: .date)
            return CandidateTier(size: dates.count) { position in
                let event = comparableEvent(at: dates[position], to: fact, date)?.event
                return event.flatMap { namesYear($0, date.when) ? nil : $0 }
            }
        }
    }

    /// Up to `limit` other events, each certainly before or after this fact's and every one
    /// already chosen: at random with `random`, else the first in deck order. With `alike`,
    /// only events whose text may stand beside this one's as an option (`OptionForm`).
    private func chronologyChain(
        _ fact: Fact, _ date: DateFact, limit: Int, alike: Bool = false, random: inout SeededRandom?
    ) -> [DateFact] {
        let dates = index.facts(of: .date)
        var chosen: [DateFact] = []
        _ = Sampler.pick(size: dates.count, count: limit, random: &random) { position in
            guard let other = comparableEvent(at: dates[position], to: fact, date),
                chosen.allSatisfy({ Chronology.isOrdered($0.when, other.when) }),
                !alike || (OptionForm.isLike(other.event, date.event) && OptionForm.isLike(date.event, other.event))
            else { return nil }
            return other
        } taken: {
            chosen.append($0)
        }
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
