import Review
import Questions
import Scheduler
import Study
import TerminalUI

/// Starting sessions and moving through their questions. The run itself is a
/// `StudySession`; this side shows it and asks the shell to journal what it returns.
extension AppModel {
    mutating func startStudy(decks: [String]) {
        start(SessionState(run: StudySession(mode: .study(decks: decks))))
    }

    mutating func startFlashcards(decks: [String]) {
        start(SessionState(run: StudySession(mode: .flashcards(decks: decks))))
    }

    /// A quiz of `count` questions (all cards when nil), with an optional time limit.
    mutating func startQuiz(deck: String, count: Int?, minutes: Int?) {
        guard let generator = data.generator(for: deck) else { return }
        let questions = QuestionSet.make(from: generator, count: count, seed: random.next())
        var session = SessionState(run: StudySession(mode: .quiz(deck: deck), quizQuestions: questions))
        session.deadline = minutes.map { clock.uptimeMilliseconds + $0 * 60_000 }
        start(session)
    }

    private mutating func start(_ session: SessionState) {
        var session = session
        advance(&session)
        push(.session(session))
    }

    /// Shows the next question: the next of the quiz, or the head of the study queue.
    mutating func advance(_ session: inout SessionState) {
        guard let (question, left) = session.run.next(in: data.library, now: clock.now, random: &random) else {
            session.question = nil
            session.phase = .finished
            return
        }
        ask(question, left: left, in: &session)
    }

    /// Shows `question`, with an empty answer.
    mutating func ask(_ question: Question, left: Int, in session: inout SessionState) {
        session.input = TextField()
        session.choice = 0
        session.askedAt = clock.uptimeMilliseconds
        session.question = question
        session.left = left
        session.phase = .asking
    }

    /// Judges the answer and asks the shell to journal it; the verdict shows once it is saved.
    mutating func submit(_ answer: String, in session: inout SessionState) -> [AppEffect] {
        guard let question = session.question else { return [] }
        let milliseconds = max(0, clock.uptimeMilliseconds - session.askedAt)
        let answered = session.run.answer(answer, to: question, milliseconds: milliseconds, now: clock.now, in: data.library)
        session.phase = .saving(answered)
        return [.record(answered.record)]
    }

    /// A flashcard graded by the learner.
    mutating func grade(_ rating: Rating, in session: inout SessionState) -> [AppEffect] {
        guard let question = session.question else { return [] }
        let milliseconds = max(0, clock.uptimeMilliseconds - session.askedAt)
        let answered = session.run.grade(rating, of: question, milliseconds: milliseconds, now: clock.now, in: data.library)
        session.phase = .saving(answered)
        return [.record(answered.record)]
    }

    /// The journal has the answer, the new rating or the undo: move on.
    mutating func saved(in session: inout SessionState) {
        switch session.phase {
        case .saving(let outcome):
            session.run.saved(outcome)
            if session.isFlashcards {
                advance(&session)
            } else {
                session.phase = .verdict(outcome)
            }
        case .rerating(let outcome):
            session.run.rerated(outcome.record)
            session.phase = .verdict(outcome)
        case .undoing:
            // The undone card is asked again.
            guard let question = session.run.undone() else { return }
            ask(question, left: session.left + 1, in: &session)
        default:
            break
        }
    }

    /// Ends a quiz: the score screen replaces the session.
    mutating func finishQuiz(_ session: SessionState) {
        guard case .quiz(let deck) = session.mode else { return }
        screen = .score(ScoreState(deckID: deck, right: session.right, partly: session.partly,
                                   total: session.quizQuestions.count, answered: session.done, mistakes: session.mistakes,
                                   timedOut: session.deadline.map { clock.uptimeMilliseconds >= $0 } ?? false))
    }
}
