import DeckModel

/// Every answer to the cards of one fact, oldest first, without those undone: what the
/// fact screen lists, gathered from the journal's entries in order.
public struct FactHistory: Sendable {
    public let fact: FactKey
    public private(set) var reviews: [ReviewRecord] = []
    /// `deck/fact`, as card keys begin.
    private let scope: String

    public init(fact: FactKey) {
        self.fact = fact
        scope = fact.description
    }

    public mutating func add(_ entry: JournalEntry) {
        guard entry.card.factScope == scope else { return }
        switch entry {
        case .review(let review):
            reviews.append(review)
        case .undo(let card, _, let undoes):
            // Without an id, the latest answer that counts, as the replay takes it (not a practice one).
            if let index = reviews.lastIndex(where: { review in
                review.card == card && (undoes.map { review.id == $0 } ?? !review.practice)
            }) {
                reviews.remove(at: index)
            }
        case .override(_, _, let overrides, let rating):
            guard let index = reviews.lastIndex(where: { $0.id == overrides }) else { return }
            reviews[index].verdict = .correct
            reviews[index].rating = rating
            reviews[index].overridden = true
        }
    }
}
