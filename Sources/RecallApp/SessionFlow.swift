import Progress
import Questions
import Scheduler
import Study
import TerminalUI

/// Starting sessions and moving through their questions.
extension AppModel {
    mutating func startStudy(decks: [String]) {
        var session = SessionState(mode: .study(decks: decks))
        advance(&session)
        push(.session(session))
    }

    mutating func startFlashcards(decks: [String]) {
        var session = SessionState(mode: .flashcards(decks: decks))
        advance(&session)
        push(.session(session))
    }

    /// A quiz of `count` questions (all cards when nil), with an optional time limit.
    mutating func startQuiz(deck: String, count: Int?, minutes: Int?) {
        guard let generator = data.generator(for: deck) else { return }
        var session = SessionState(mode: .quiz(deck: deck))
        session.quizQuestions = QuestionSet.make(from: generator, count: count, seed: random.next())
        session.deadline = minutes.map { clock.uptimeMilliseconds + $0 * 60_000 }
        session.quizIndex = -1
        advance(&session)
        push(.session(session))
    }

    /// Shows the next question: the next of the quiz, or the head of the study queue.
    mutating func advance(_ session: inout SessionState) {
        session.input = TextField()
        session.choice = 0
        session.askedAt = clock.uptimeMilliseconds
        switch session.mode {
        case .quiz:
            session.quizIndex += 1
            guard session.quizIndex < session.quizQuestions.count else {
                session.question = nil
                session.phase = .finished
                return
            }
            session.question = session.quizQuestions[session.quizIndex]
            session.phase = .asking
        case .study(let decks), .flashcards(let decks):
            let limits = StudyQueue.Limits(newPerDay: data.settings.newPerDay, reviewsPerDay: data.settings.reviewsPerDay)
            let queue = StudyQueue.build(
                cards: data.cardKeys(of: decks), book: data.book, limits: limits, scheduler: data.scheduler,
                calendar: data.calendar, now: clock.now,
                changed: ChangedCards.find(in: data.decks.filter { decks.contains($0.deck.id) }, book: data.book),
                exams: data.examPlans)
            session.left = queue.count
            guard let next = queue.first, let key = CardKey(next), let generator = data.generator(for: key.deck),
                  let question = generator.question(for: key, random: &random)
            else {
                session.question = nil
                session.phase = .finished
                return
            }
            session.question = question
            session.phase = .asking
        }
    }

    /// Judges the answer and asks the shell to journal it; the verdict shows once it is saved.
    mutating func submit(_ answer: String, in session: inout SessionState) -> [AppEffect] {
        guard let question = session.question, let generator = data.generator(for: question.card.deck) else { return [] }
        let milliseconds = max(0, clock.uptimeMilliseconds - session.askedAt)
        let verdict = AnswerChecker(vocabulary: generator.vocabulary).check(answer, for: question)
        let rating = Grading.rating(for: verdict.grade, kind: question.kind, milliseconds: milliseconds)
        let record = ReviewRecord(
            card: question.card.description, time: clock.now, rating: rating, answer: answer,
            verdict: verdict.grade.rawValue, milliseconds: milliseconds, mode: session.mode.journalName,
            factHash: generator.factHashes[question.factID])
        session.phase = .saving(SessionState.Outcome(question: question, answer: answer, verdict: verdict, record: record))
        return [.record(record)]
    }

    /// A flashcard graded by the learner.
    mutating func grade(_ rating: Rating, in session: inout SessionState) -> [AppEffect] {
        guard let question = session.question else { return [] }
        let record = ReviewRecord(
            card: question.card.description, time: clock.now, rating: rating,
            milliseconds: max(0, clock.uptimeMilliseconds - session.askedAt), mode: "flashcards",
            factHash: data.generator(for: question.card.deck)?.factHashes[question.factID])
        session.phase = .saving(SessionState.Outcome(question: question, answer: "", verdict: nil, record: record))
        return [.record(record)]
    }

    /// The journal has the answer (or the undo): move on.
    mutating func saved(in session: inout SessionState) {
        switch session.phase {
        case .saving(let outcome):
            if session.isFlashcards {
                session.done += 1
                advance(&session)
                return
            }
            session.done += 1
            switch outcome.verdict?.grade {
            case .correct: session.right += 1
            case .partlyCorrect:
                session.partly += 1
                session.mistakes.append(outcome)
            case .wrong:
                session.wrong += 1
                session.mistakes.append(outcome)
            case nil: break
            }
            session.phase = .verdict(outcome)
        case .rerating(let outcome):
            session.phase = .verdict(outcome)
        case .undoing(let outcome):
            session.done -= 1
            switch outcome.verdict?.grade {
            case .correct: session.right -= 1
            case .partlyCorrect: session.partly -= 1
            case .wrong: session.wrong -= 1
            case nil: break
            }
            if outcome.verdict?.grade != .correct, !session.mistakes.isEmpty { session.mistakes.removeLast() }
            session.question = outcome.question
            session.input = TextField()
            session.choice = 0
            session.askedAt = clock.uptimeMilliseconds
            session.phase = .asking
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
