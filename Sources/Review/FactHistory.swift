import DeckModel

/// Every answer to the cards of one fact, oldest first, without those undone: what the
/// fact screen lists, gathered from the journal's entries in order.
public struct FactHistory: Sendable {
    /// `deck/fact`.
    public let fact: String
    public private(set) var reviews: [ReviewRecord] = []

    public init(fact: String) {
        self.fact = fact
    }

    public mutating func add(_ entry: JournalEntry) {
        guard entry.card.factScope == fact else { return }
        switch entry {
        case .review(let review):
            reviews.append(review)
        case .undo(let card, _):
            if let index = reviews.lastIndex(where: { $0.card == card }) { reviews.remove(at: index) }
        }
    }
}
