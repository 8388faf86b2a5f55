/// The four answers to "how well did you know it?".
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
    case again = 1, hard, good, easy

    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}

/// Where a card stands in its life: never seen, in (re)learning steps, or in review.
public enum CardPhase: String, Sendable, Codable, CaseIterable {
    case new, learning, review, relearning
}
