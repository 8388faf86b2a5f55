import Review
import Questions
import Scheduler
import Study
import TerminalUI

/// A study, quiz or flashcard session on screen: the run itself (`StudySession`, shared with
/// line mode), the question showing, and the answer being typed or chosen.
public struct SessionState: Sendable {
    public typealias Mode = StudySession.Mode
    /// One answered question and what came of it.
    public typealias Outcome = StudySession.Answered

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

    public var run: StudySession
    public var question: Question?
    public var input = TextField()
    /// The highlighted option.
    public var choice = 0
    public var phase: Phase = .asking
    /// When the question appeared (monotonic ms), for answer times.
    var askedAt = 0
    /// Quiz only: the deadline (monotonic ms).
    public var deadline: Int?
    /// How many cards are left after the one showing.
    public var left = 0

    public init(run: StudySession) {
        self.run = run
    }

    public var mode: Mode { run.mode }
    public var done: Int { run.tally.done }
    public var right: Int { run.tally.right }
    public var partly: Int { run.tally.partly }
    public var wrong: Int { run.tally.wrong }
    public var mistakes: [Outcome] { run.mistakes }
    public var quizQuestions: [Question] { run.quizQuestions }

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

    var decks: [String] { mode.decks }
}

extension StudySession.Mode {
    /// The screen's title.
    var name: String {
        switch self {
        case .study: "Study"
        case .quiz: "Quiz"
        case .flashcards: "Flashcards"
        }
    }
}
