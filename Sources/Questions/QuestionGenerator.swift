import DeckModel

/// Turns a deck's facts into cards and questions.
///
/// Which cards a deck has depends on the deck alone (a multiple-choice card exists only
/// when there are enough distractors), so card lists are stable. The options of a question
/// are drawn afresh from the injected random generator each time it is asked.
public struct QuestionGenerator: Sendable {
    public let deck: Deck
    private let analysis: DeckAnalysis
    /// The deck's answers and aliases, for checking answers.
    public var vocabulary: DeckVocabulary { analysis.parts.vocabulary }
    /// Most options a multiple-choice question shows (one right, the rest distractors).
    static let maximumOptions = 4
    /// Fewest distractors that make a multiple-choice question worth asking.
    static let minimumDistractors = 2

    /// What the generator works out from the deck beyond the deck itself, and what a cache
    /// can keep so that a large deck starts without working it out again.
    public struct Derived: Sendable, Equatable {
        /// For each fact, in deck order, the kinds it has enough material for.
        public var feasibleKinds: [Set<QuestionKind>]
        /// For each fact, in deck order, its fingerprint.
        public var factHashes: [String]

        public init(feasibleKinds: [Set<QuestionKind>], factHashes: [String]) {
            self.feasibleKinds = feasibleKinds
            self.factHashes = factHashes
        }
    }

    public private(set) var derived = Derived(feasibleKinds: [], factHashes: [])
    /// Every card of the deck, fact by fact in file order, kinds in contract order: worked
    /// out once, since a large deck has a hundred thousand.
    public private(set) var cardKeys: [CardKey] = []
    /// Facts by kind and pool, by kind and answer, and by kind (see `siblings(of:)`).
    var index: FactIndex {
        // Lent, not copied: questions read it many times, and a copy is a dozen tables.
        _read { yield analysis.parts.index }
    }
    /// Where each fact sits in the deck, by id.
    private var factIndex: [String: Int] = [:]
    /// Each fact's fingerprint, by id: answers record it, so a changed fact is noticed.
    public private(set) var factHashes: [String: String] = [:]

    /// The generator for `deck`. `derived`, when given, must be what an earlier generator
    /// worked out for this same deck (it is used as it is, unless its size is wrong).
    public init(deck: Deck, derived known: Derived? = nil) {
        self.deck = deck
        analysis = DeckAnalysis(deck: deck)
        for (index, fact) in deck.facts.enumerated() { factIndex[fact.id] = index }
        if let known, known.feasibleKinds.count == deck.facts.count, known.factHashes.count == deck.facts.count {
            derived = known
        } else {
            derived = Derived(
                feasibleKinds: deck.facts.map(feasibleKinds(of:)), factHashes: deck.facts.map(FactFingerprint.hash(of:))
            )
        }
        for (fact, hash) in zip(deck.facts, derived.factHashes) { factHashes[fact.id] = hash }
        cardKeys = listCards()
    }

    private func listCards() -> [CardKey] {
        zip(deck.facts, derived.feasibleKinds).flatMap { fact, feasible in
            QuestionKind.kinds(for: fact.kind).flatMap { kind -> [CardKey] in
                if case .cloze(let cloze) = fact.content, kind == .fill {
                    return cloze.blanks.indices.map {
                        CardKey(deck: deck.id, fact: fact.id, kind: .fill, blank: $0 + 1)
                    }
                }
                return feasible.contains(kind) ? [CardKey(deck: deck.id, fact: fact.id, kind: kind)] : []
            }
        }
    }

    /// The question for `card`, with options drawn from `random`; nil when the card does not
    /// belong to this deck.
    public func question(for card: CardKey, random: inout SeededRandom) -> Question? {
        guard card.deck == deck.id, let fact = fact(id: card.fact),
            QuestionKind.kinds(for: fact.kind).contains(card.kind)
        else { return nil }
        var question: Question?
        switch fact.content {
        case .term(let term): question = termQuestion(card, fact, term, &random)
        case .date(let date): question = dateQuestion(card, fact, date, &random)
        case .set(let set): question = setQuestion(card, fact, set, &random)
        case .sequence(let sequence): question = sequenceQuestion(card, fact, sequence, &random)
        case .number(let number): question = numberQuestion(card, fact, number, &random)
        case .cloze(let cloze): question = clozeQuestion(card, fact, cloze)
        case .question(let free): question = freeQuestion(card, fact, free, &random)
        }
        guard var question else { return nil }
        // What comes after an item stays true when a list grows, so it needs no date.
        if card.kind != .next { question.prompt = Phrasing.asOf(fact.asOf, question.prompt) }
        // A question about several events is not about this fact alone, so its note would mislead.
        question.note = card.kind == .whichFirst || card.kind == .chronology ? nil : fact.note
        if !Self.withoutMistakes.contains(card.kind) { question.mistakes = mistakes(of: fact) }
        if case .text(var accepted) = question.expected {
            accepted.prompt = question.prompt
            question.expected = .text(accepted)
        }
        return question
    }

    /// Kinds whose answer is not the fact's answer, so that its known mistakes say nothing
    /// about it: the term itself, the place, another event, the order, the count.
    private static let withoutMistakes: Set<QuestionKind> = [
        .name, .where, .whatHappened, .whichFirst, .chronology,
        .order, .howMany,
    ]

    /// The fact's declared wrong versions, read as its answers are, if it has any.
    func mistakes(of fact: Fact) -> Mistakes? {
        guard fact.content.hasWrong else { return nil }
        let texts = fact.content.wrong
        let correction = Phrasing.correction(of: fact)
        switch fact.content {
        case .date(let date): return Mistakes(dates: date.wrong, correction: correction)
        case .number(let number):
            return Mistakes(
                texts: number.wrong.map { Phrasing.withUnit($0.text, number.unit) },
                numbers: number.wrong.map(\.value), correction: correction)
        default: return Mistakes(texts: texts, correction: correction)
        }
    }

    /// The kinds a fact has enough material for. Candidates are gathered once per fact,
    /// since several kinds share them.
    private func feasibleKinds(of fact: Fact) -> Set<QuestionKind> {
        switch fact.content {
        case .term(let term): termFeasibleKinds(fact, term)
        case .date(let date): dateFeasibleKinds(fact, date)
        case .set(let set): setFeasibleKinds(fact, set)
        case .number(let number): numberFeasibleKinds(number)
        case .sequence, .cloze: Set(QuestionKind.kinds(for: fact.kind))
        case .question(let free): freeFeasibleKinds(fact, free)
        }
    }

    // MARK: - Shared helpers

    /// The fact with this id, found through the index.
    public func fact(id: String) -> Fact? {
        factIndex[id].map { deck.facts[$0] }
    }

    /// Other facts of the same kind whose answers are of the same category, so they make fair
    /// distractors: those drawing on the same pool, or, for a fact without a pool, those
    /// sharing an answer with it (a set of gas giants with a set of planets). As positions
    /// in the deck.
    func siblings(of fact: Fact) -> [Int] {
        guard let position = factIndex[fact.id] else { return [] }
        if fact.pool != nil { return index.group(of: fact).filter { $0 != position } }
        var related = Set<Int>()
        for answer in Self.answers(of: fact) {
            related.formUnion(index.facts(of: fact.kind, withAnswer: vocabulary.identity(answer)))
        }
        related.remove(position)
        return related.sorted()
    }

    /// The answers a fact's multiple-choice questions are about: a set's members, a
    /// question's answer.
    static func answers(of fact: Fact) -> [String] {
        switch fact.content {
        case .set(let set): set.members
        case .question(let question): [question.answer]
        default: []
        }
    }

    /// The members of the fact's pool, if it names one.
    func poolMembers(of fact: Fact) -> [String] {
        fact.pool.flatMap { deck.pool(named: $0)?.members } ?? []
    }

    /// A tier of the answers of facts at these positions (every answer of each).
    func answersTier(_ positions: [Int]) -> CandidateTier {
        CandidateTier.concatenation(count: positions.count) { Self.answers(of: deck.facts[positions[$0]]) }
    }

    /// Up to `count` distractors from the source's tiers, in priority order: none that stands
    /// for one of its right answers (directly or through an alias), none twice. With `random`,
    /// each tier is drawn from at random; without, in order (to test that enough exist).
    private func distractors(_ source: DistractorSource, count: Int, random: inout SeededRandom?) -> [String] {
        var taken = Set(source.excluding.map(vocabulary.identity))
        var picked: [String] = []
        for makeTier in source.tiers where picked.count < count {
            let tier = source.right.map { right in makeTier().filter { OptionForm.isLike($0, right) } } ?? makeTier()
            let chosen = Sampler.pick(size: tier.size, count: count - picked.count, random: &random) { position in
                guard let candidate = tier.candidate(position) else { return nil }
                let identity = vocabulary.identity(candidate)
                // An empty identity is a text of nothing but punctuation: no answer at all.
                return identity.isEmpty || taken.contains(identity) ? nil : identity
            } taken: {
                taken.insert($0)
            }
            picked += chosen.compactMap(tier.candidate)
        }
        return picked
    }

    /// True when the source holds at least `count` distractors.
    func hasDistractors(_ source: DistractorSource, count: Int = minimumDistractors) -> Bool {
        var none: SeededRandom?
        return distractors(source, count: count, random: &none).count >= count
    }

    /// Up to `count` distractors drawn at random for a question.
    func pickDistractors(_ source: DistractorSource, count: Int, _ random: inout SeededRandom) -> [String] {
        random.lending { distractors(source, count: count, random: &$0) }
    }

    /// A multiple-choice question with the right option placed at random.
    func choiceQuestion(
        _ card: CardKey, prompt: String, right: String, distractors: [String], reveal: String? = nil,
        _ random: inout SeededRandom
    ) -> Question {
        let options = random.shuffled([right] + distractors)
        let index = options.firstIndex(of: right)!
        var question = Question(
            card: card, prompt: prompt, options: options, answers: [right],
            accepted: Array(vocabulary.spellings(of: right).dropFirst()), expected: .choice(index))
        question.reveal = reveal
        return question
    }

    /// A typed question whose answer is `answer` (and its aliases and `accept`). The
    /// `forbidden` texts never count, even where an alias links them to the answer (a
    /// deck may list "ETIM" as an alias of "East Turkestan Islamic Movement", but "ETIM"
    /// does not answer "What does ETIM stand for?").
    func typedQuestion(
        _ card: CardKey, prompt: String, answer: String, accept: [String] = [], forbidden: [String] = [],
        rivals: [String] = [], byWords: Bool = false
    ) -> Question {
        let excluded = Set(forbidden.map { $0.folded() })
        var spellings = [answer]
        for text in [answer] + accept {
            for spelling in vocabulary.spellings(of: text)
            where !excluded.contains(spelling.folded())
                && !spellings.contains(where: { $0.folded() == spelling.folded() })
            {
                spellings.append(spelling)
            }
        }
        return Question(
            card: card, prompt: prompt, answers: [answer], accepted: Array(spellings.dropFirst()),
            expected: .text(AcceptedText(spellings, forbidden: forbidden, rivals: rivals, byWords: byWords)))
    }

    /// Every spelling of each item, for recall-all answers.
    func acceptedItems(_ items: [String]) -> [AcceptedText] {
        items.map { AcceptedText(vocabulary.spellings(of: $0)) }
    }
}
