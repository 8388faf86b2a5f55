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
        var cards = generator.cards()
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
}
