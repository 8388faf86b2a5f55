import Questions
import Review
import Scheduler
import Study
import TerminalUI

/// A study, quiz or flashcard session on screen: the run itself (`StudySession`, shared with
/// line mode), the question showing, and the answer being typed or chosen. An answer's
/// verdict shows once the journal has it.
struct SessionScreen: Screen {
    typealias Mode = StudySession.Mode
    /// One answered question and what came of it.
    typealias Outcome = StudySession.Answered

    enum Phase: Sendable, Equatable {
        case asking
        /// A flashcard's back is showing, waiting for a grade.
        case revealed
        /// The answer is being journaled; its verdict shows once it is saved.
        case saving(Outcome)
        /// A new rating for the answer showing is being journaled.
        case rerating(Outcome)
        /// "I was right" for the answer showing is being journaled.
        case overriding(Outcome)
        case verdict(Outcome)
        /// Waiting for an undo to be journaled.
        case undoing(Outcome)
        /// Nothing more is due.
        case finished
    }

    var run: StudySession
    /// Draws the questions' options.
    var random: SeededRandom
    var question: Question?
    var input = TextField()
    /// The highlighted option.
    var choice = 0
    var phase: Phase = .asking
    /// When the question appeared (monotonic ms), for answer times.
    var askedAt = 0
    /// Quiz only: the deadline (monotonic ms).
    var deadline: Int?
    /// Esc was pressed once answers were given: the screen asks before leaving.
    var askingToLeave = false
    /// How many cards are left after the one showing.
    var left = 0
    /// The most of the bar shown so far: it does not go back when learning cards rejoin.
    var progressFloor = 0.0
    /// When the session began (monotonic ms), for the time it took.
    var startedAt = 0
    /// The learner left before the end: the summary says so, and offers no "study more".
    var endedEarly = false
    /// "Study more" asked for and being saved; then what came of it, when nothing did.
    var studyingMore: StudyMoreKind?
    var studyMoreNote: String?

    private init(_ run: StudySession, _ context: Context) {
        self.run = run
        random = SeededRandom(seed: context.seed)
        startedAt = context.clock.uptimeMilliseconds
        advance(context)
    }

    static func study(_ decks: [String], _ context: Context) -> SessionScreen {
        SessionScreen(StudySession(mode: .study(decks: decks)), context)
    }

    static func flashcards(_ decks: [String], _ context: Context) -> SessionScreen {
        SessionScreen(StudySession(mode: .flashcards(decks: decks)), context)
    }

    /// A quiz of `count` questions (every card when nil), with an optional time limit.
    static func quiz(deck: String, count: Int?, minutes: Int?, _ context: Context) -> SessionScreen {
        let questions = context.data.generator(for: deck).map {
            QuestionSet.make(from: $0, count: count, seed: context.seed)
        }
        var screen = SessionScreen(
            StudySession(
                mode: .quiz(deck: deck), quizQuestions: questions ?? [],
                quizzesCount: context.data.settings.quizzesCount), context)
        screen.deadline = minutes.map { context.clock.uptimeMilliseconds + $0 * 60_000 }
        return screen
    }

    var mode: Mode { run.mode }
    var name: String { mode.name }
    var wantsTicks: Bool { deadline != nil }

    /// True while the learner types into the text field, so letter keys type.
    var takesText: Bool {
        guard phase == .asking, let question, !isFlashcards else { return false }
        return question.kind.mode == .typed || question.kind.mode == .arrange
    }

    var isFlashcards: Bool {
        if case .flashcards = mode { return true }
        return false
    }

    var isQuiz: Bool {
        if case .quiz = mode { return true }
        return false
    }

    // MARK: - Moving through the questions

    /// Shows the next question: the next of the quiz, or the head of the study queue.
    mutating func advance(_ context: Context) {
        guard let (next, left) = run.next(in: context.data.library, now: context.now, random: &random) else {
            question = nil
            phase = .finished
            return
        }
        ask(next, left: left, context)
    }

    /// Shows `question`, with an empty answer.
    mutating func ask(_ next: Question, left: Int, _ context: Context) {
        input = TextField()
        choice = 0
        askedAt = context.clock.uptimeMilliseconds
        question = next
        self.left = left
        phase = .asking
        let done = run.tally.done
        progressFloor = max(progressFloor, Double(done) / Double(done + 1 + left))
    }

    /// Judges the answer and asks for it to be journaled; the verdict shows once it is saved.
    mutating func submit(_ answer: String, _ context: Context) -> Step {
        guard let question else { return .stay }
        let library = context.data.library
        return save(run.answer(answer, to: question, milliseconds: elapsed(context), now: context.now, in: library))
    }

    /// A flashcard graded by the learner.
    mutating func grade(_ rating: Rating, _ context: Context) -> Step {
        guard let question else { return .stay }
        return save(
            run.grade(rating, of: question, milliseconds: elapsed(context), now: context.now, in: context.data.library))
    }

    private mutating func save(_ answered: Outcome) -> Step {
        phase = .saving(answered)
        return .stay([.record(answered.record)])
    }

    private func elapsed(_ context: Context) -> Int {
        max(0, context.clock.uptimeMilliseconds - askedAt)
    }

    /// The journal has the answer, the new rating or the undo: move on.
    mutating func saved(_ context: Context) {
        switch phase {
        case .saving(let outcome):
            run.saved(outcome)
            if isFlashcards { advance(context) } else { phase = .verdict(outcome) }
        case .rerating(let outcome):
            run.rerated(outcome.record)
            phase = .verdict(outcome)
        case .overriding(let outcome):
            run.overridden(outcome.record)
            phase = .verdict(run.last ?? outcome)
        case .undoing:
            // The undone card is asked again; the bar may show it.
            guard let again = run.undone() else { return }
            progressFloor = 0
            ask(again, left: left, context)
        default:
            break
        }
    }

    /// Journaling failed: back to where the learner was, so that nothing shown is lost.
    mutating func notSaved() {
        switch phase {
        case .saving: phase = .asking
        case .rerating(let outcome), .undoing(let outcome), .overriding(let outcome): phase = .verdict(outcome)
        default: break
        }
    }

    /// A timed quiz's time has run out.
    func timeIsUp(_ context: Context) -> Bool {
        deadline.map { context.clock.uptimeMilliseconds >= $0 } ?? false
    }

    /// A quiz ends on its score; other sessions on their summary, once answers were given,
    /// and then go back.
    mutating func leave(_ context: Context) -> Step {
        guard case .quiz(let deck) = mode else {
            guard run.tally.done > 0, phase != .finished else { return .pop }
            (question, phase, endedEarly) = (nil, .finished, true)
            return .stay
        }
        return .replace(
            ScoreScreen(
                deck: deck, tally: run.tally, total: run.quizQuestions.count, mistakes: run.mistakes,
                timedOut: timeIsUp(context), unanswered: Array(run.quizQuestions.dropFirst(run.tally.done))))
    }

    mutating func update(_ event: AppEvent, _ context: Context) -> Step {
        switch event {
        case .key(let key):
            return handle(key, context)
        case .tick:
            guard timeIsUp(context), phase == .asking else { return .stay }
            // What was typed when the time ran out is an answer too: graded, then the score.
            let typed = input.text.trimmingCharacters()
            return takesText && !typed.isEmpty ? submit(typed, context) : leave(context)
        case .saved:
            saved(context)
            if timeIsUp(context) { return leave(context) }
        case .settingsSaved where studyingMore != nil:
            studiedMore(context)
        case .failed:
            studyingMore = nil
            notSaved()
        default:
            break
        }
        return .stay
    }
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
