import DeckModel

/// Chooses and generates the questions of a quiz or worksheet, reproducibly from a seed.
///
/// `recall questions` and `recall quiz --plain` both call this, so the same seed, count and
/// kinds give the same questions in the same order.
public enum QuestionSet {
    /// `count` questions (every card when nil), only of `kinds` when given, drawn with `seed`.
    /// A sample takes one card per fact before it takes a second card of any fact.
    public static func make(
        from generator: QuestionGenerator, kinds: Set<QuestionKind>? = nil, count: Int?, seed: UInt64
    ) -> [Question] {
        var random = SeededRandom(seed: seed)
        var cards = generator.cardKeys
        if let kinds { cards = cards.filter { kinds.contains($0.kind) } }
        if let count {
            let shuffled = random.shuffled(cards)
            var seen = Set<String>()
            var firsts: [CardKey] = []
            var repeats: [CardKey] = []
            for card in shuffled {
                if seen.insert(card.fact).inserted { firsts.append(card) } else { repeats.append(card) }
            }
            cards = Array((firsts + repeats).prefix(max(0, count)))
        }
        return cards.compactMap { generator.question(for: $0, random: &random) }
    }

    /// Questions of exactly these kinds, in this order, drawn with `seed`: another version of
    /// a worksheet, with the same mix of kinds as the first. Facts already used are avoided
    /// while others of the kind remain.
    public static func make(from generator: QuestionGenerator, kinds plan: [QuestionKind], seed: UInt64) -> [Question] {
        var random = SeededRandom(seed: seed)
        let cards = random.shuffled(generator.cardKeys)
        var usedCards = Set<CardKey>()
        var usedFacts = Set<String>()
        var questions: [Question] = []
        for kind in plan {
            let candidates = cards.filter { $0.kind == kind && !usedCards.contains($0) }
            guard let card = candidates.first(where: { !usedFacts.contains($0.fact) }) ?? candidates.first,
                let question = generator.question(for: card, random: &random)
            else { continue }
            usedCards.insert(card)
            usedFacts.insert(card.fact)
            questions.append(question)
        }
        return questions
    }

    /// The seed of version `index` (0 for the first) of a worksheet drawn with `seed`.
    public static func versionSeed(_ seed: UInt64, index: Int) -> UInt64 {
        index == 0 ? seed : seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15
    }
}
