/// Everything the scheduler knows about one card.
public struct CardState: Sendable, Equatable, Codable {
    public var phase: CardPhase
    /// The (re)learning step the card is on; nil in review.
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    /// When the card is next due; nil for a card never seen.
    public var due: Timestamp?
    public var lastReview: Timestamp?
    /// How many reviews the card has had.
    public var reps: Int
    /// How many times it was forgotten in review (rated Again while in review).
    public var lapses: Int

    public init(
        phase: CardPhase = .new, step: Int? = 0, stability: Double? = nil, difficulty: Double? = nil,
        due: Timestamp? = nil, lastReview: Timestamp? = nil, reps: Int = 0, lapses: Int = 0
    ) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A card that has never been reviewed.
    public static let new = CardState()

    public var isNew: Bool { phase == .new }
}
