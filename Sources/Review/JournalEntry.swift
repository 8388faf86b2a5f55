import DeckModel
import Scheduler

/// One line of the journal, `reviews.jsonl`: an answer, or the undoing of one.
public enum JournalEntry: Sendable, Equatable {
    case review(ReviewRecord)
    /// Undoes the review of `card` whose id is `undoes`; without one (journals before ids),
    /// the latest review of `card` that is not undone yet. Nothing is deleted.
    case undo(card: CardKey, time: Timestamp, undoes: String? = nil)
    /// "I was right": the review of `card` whose id is `overrides` counts as correct, rated
    /// `rating`, as if it had been so answered at its own time. Nothing is deleted.
    case override(card: CardKey, time: Timestamp, overrides: String, rating: Rating)

    public var card: CardKey {
        switch self {
        case .review(let review): review.card
        case .undo(let card, _, _): card
        case .override(let card, _, _, _): card
        }
    }
}

/// One answer, as the journal keeps it.
public struct ReviewRecord: Sendable, Equatable {
    /// How the answer was judged.
    public enum Verdict: String, Sendable, CaseIterable {
        case correct
        case partlyCorrect = "partly correct"
        case wrong
        /// Enter on an empty answer: the learner did not know.
        case dontKnow = "don't know"
    }

    /// Where the answer was given.
    public enum Mode: String, Sendable, CaseIterable {
        case study, quiz, flashcards
    }

    /// Unique to this answer, so that an undo names the very review it takes back (times do
    /// not tell answers apart: two processes, or a frozen clock). Nil in older journals.
    public var id: String?
    public var card: CardKey
    public var time: Timestamp
    public var rating: Rating
    /// What the learner typed or chose.
    public var answer: String?
    /// Nil for a self-graded flashcard.
    public var verdict: Verdict?
    /// Milliseconds the answer took.
    public var milliseconds: Int?
    public var mode: Mode?
    /// The fingerprint of the fact as it was asked (`FactFingerprint`), so that a later
    /// change to the fact can be noticed and its card shown again.
    public var factHash: String?
    /// The chosen option's number (from 1), for a multiple-choice answer; `answer` is its text.
    public var choice: Int?
    /// A quiz answer given for practice: journaled and scored, but no part of any card's
    /// schedule or the day's tallies. Each line says so itself (`"practice":true`): the replay
    /// never looks at the current settings, and older quiz lines, without it, count.
    public var practice = false
    /// Set when an override line ("I was right") changed the verdict and rating, as the
    /// journal is read back; never written on the review's own line.
    public var overridden = false

    public init(
        card: CardKey, time: Timestamp, rating: Rating, answer: String? = nil, verdict: Verdict? = nil,
        milliseconds: Int? = nil, mode: Mode? = nil, factHash: String? = nil, id: String? = nil, choice: Int? = nil,
        practice: Bool = false
    ) {
        self.id = id
        self.card = card
        self.time = time
        self.rating = rating
        self.answer = answer
        self.verdict = verdict
        self.milliseconds = milliseconds
        self.mode = mode
        self.factHash = factHash
        self.choice = choice
        self.practice = practice
    }
}
