import Scheduler

/// One line of the journal, `reviews.jsonl`: an answer, or the undoing of one.
public enum JournalEntry: Sendable, Equatable {
    case review(ReviewRecord)
    /// Undoes the latest review of `card` that is not undone yet. Nothing is deleted.
    case undo(card: String, time: Timestamp)

    public var card: String {
        switch self {
        case .review(let review): review.card
        case .undo(let card, _): card
        }
    }
}

/// One answer, as the journal keeps it.
public struct ReviewRecord: Sendable, Equatable {
    /// The card key, `DECK/FACT/KIND[/N]`.
    public var card: String
    public var time: Timestamp
    public var rating: Rating
    /// What the learner typed or chose.
    public var answer: String?
    /// `correct`, `partly correct` or `wrong`; nil for a self-graded flashcard.
    public var verdict: String?
    /// Milliseconds the answer took.
    public var milliseconds: Int?
    /// Where it was given: `study`, `quiz` or `flashcards`.
    public var mode: String?
    /// The fingerprint of the fact as it was asked (`FactFingerprint`), so that a later
    /// change to the fact can be noticed and its card shown again.
    public var factHash: String?

    public init(
        card: String, time: Timestamp, rating: Rating, answer: String? = nil, verdict: String? = nil,
        milliseconds: Int? = nil, mode: String? = nil, factHash: String? = nil
    ) {
        self.card = card
        self.time = time
        self.rating = rating
        self.answer = answer
        self.verdict = verdict
        self.milliseconds = milliseconds
        self.mode = mode
        self.factHash = factHash
    }
}

/// The parts of a card key: `sco/charter-signed/when` → deck `sco`, fact `charter-signed`.
public enum CardKeyParts {
    public static func deck(of key: String) -> Substring {
        let utf8 = key.utf8
        return Substring(utf8[..<(utf8.firstIndex(of: UInt8(ascii: "/")) ?? utf8.endIndex)])
    }

    /// `deck/fact`, the key of the fact the card asks about.
    public static func fact(of key: String) -> Substring {
        let utf8 = key.utf8
        guard let first = utf8.firstIndex(of: UInt8(ascii: "/")),
              let second = utf8[utf8.index(after: first)...].firstIndex(of: UInt8(ascii: "/"))
        else { return Substring(key) }
        return Substring(utf8[..<second])
    }
}
