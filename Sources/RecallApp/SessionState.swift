import Progress
import Questions
import Scheduler
import Study
import TerminalUI

/// A study, quiz or flashcard session: the question showing, the answer being typed or
/// chosen, and what happened so far.
public struct SessionState: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Spaced repetition over these decks.
        case study(decks: [String])
        /// A fixed set of questions from one deck, maybe against the clock.
        case quiz(deck: String)
        /// Self-graded cards from the study queue.
        case flashcards(decks: [String])

        var name: String {
            switch self {
            case .study: "Study"
            case .quiz: "Quiz"
            case .flashcards: "Flashcards"
            }
        }

        var journalName: String {
            switch self {
            case .study: "study"
            case .quiz: "quiz"
            case .flashcards: "flashcards"
            }
        }
    }

    /// One answered question and what came of it.
    public struct Outcome: Sendable, Equatable {
        public var question: Question
        public var answer: String
        public var verdict: Verdict?
        public var record: ReviewRecord
    }

    public enum Phase: Sendable, Equatable {
        case asking
        /// A flashcard's back is showing, waiting for a grade.
        case revealed
        /// The answer is being journaled; its verdict shows once it is saved.
        case saving(Outcome)
        /// A new rating for the answer showing is being journaled.
        case rerating(Outcome)
        case verdict(Outcome)
        /// Waiting for an undo to be journaled.
        case undoing(Outcome)
        /// Nothing more is due.
        case finished
    }

    public var mode: Mode
    public var question: Question?
    public var input = TextField()
    /// The highlighted option.
    public var choice = 0
    public var phase: Phase = .asking
    /// When the question appeared (monotonic ms), for answer times.
    var askedAt = 0
    public var done = 0
    public var right = 0
    public var partly = 0
    public var wrong = 0
    /// Quiz only: the questions, which one is showing, the deadline (monotonic ms) and the
    /// mistakes for the review at the end.
    public var quizQuestions: [Question] = []
    public var quizIndex = 0
    public var deadline: Int?
    public var mistakes: [Outcome] = []
    /// How many cards are left in the queue (study and flashcards).
    public var left = 0

    public init(mode: Mode) {
        self.mode = mode
    }

    /// True while the learner types into the text field, so letter keys type.
    var isTyping: Bool {
        guard phase == .asking, let question else { return false }
        switch question.kind.mode {
        case .typed, .arrange: return !isFlashcards
        case .choice, .trueFalse: return false
        }
    }

    var isFlashcards: Bool {
        if case .flashcards = mode { return true }
        return false
    }

    var decks: [String] {
        switch mode {
        case .study(let decks), .flashcards(let decks): decks
        case .quiz(let deck): [deck]
        }
    }
}
