import DeckModel
import Questions
import Review
import Scheduler

/// One study, quiz or flashcard run as a value, which the app and line mode both drive: the
/// next question, what an answer comes to, re-rating or undoing it, and the running tally.
/// It reads the learner's cards from the `Library` it is handed and never writes: the caller
/// journals each record it returns, and reports back with `saved`.
public struct StudySession: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Spaced repetition over these decks.
        case study(decks: [String])
        /// A fixed set of questions from one deck.
        case quiz(deck: String)
        /// Self-graded cards from the study queue.
        case flashcards(decks: [String])

        /// What the journal calls answers given in this mode.
        public var recorded: ReviewRecord.Mode {
            switch self {
            case .study: .study
            case .quiz: .quiz
            case .flashcards: .flashcards
            }
        }

        public var decks: [String] {
            switch self {
            case .study(let decks), .flashcards(let decks): decks
            case .quiz(let deck): [deck]
            }
        }
    }

    /// One answered question: what was asked and said, the verdict, and the journal record.
    public struct Answered: Sendable, Equatable {
        public var question: Question
        public var answer: String
        public var verdict: Verdict?
        public var record: ReviewRecord
    }

    /// Answers so far, by verdict.
    public struct Tally: Sendable, Equatable {
        public var done = 0, right = 0, partly = 0, wrong = 0
    }

    public let mode: Mode
    public private(set) var tally = Tally()
    /// The answers that were not right, for the review at the end of a quiz.
    public private(set) var mistakes: [Answered] = []
    /// The latest saved answer, which may still be re-rated or undone.
    public private(set) var last: Answered?
    /// A quiz's questions and how many of them have been asked.
    public private(set) var quizQuestions: [Question]
    private var asked = 0

    /// Whether a quiz's answers count for scheduling (the `quizzesCount` setting, or
    /// `--schedule`); otherwise they are practice.
    public let quizzesCount: Bool

    public init(mode: Mode, quizQuestions: [Question] = [], quizzesCount: Bool = false) {
        self.mode = mode
        self.quizQuestions = quizQuestions
        self.quizzesCount = quizzesCount
    }

    /// Whether the answers are practice: a quiz's, unless quizzes count.
    public var isPractice: Bool {
        if case .quiz = mode { return !quizzesCount }
        return false
    }

    /// The next question and how many are left after it (the queue as it stands), or nil when
    /// nothing more is due. A study session rebuilds its queue each time, from the cards as
    /// the latest answers left them.
    public mutating func next(in library: Library, now: Timestamp, random: inout SeededRandom) -> (Question, left: Int)?
    {
        switch mode {
        case .quiz:
            guard asked < quizQuestions.count else { return nil }
            asked += 1
            return (quizQuestions[asked - 1], quizQuestions.count - asked)
        case .study(let decks), .flashcards(let decks):
            let queue = library.queue(of: decks, now: now)
            guard let first = queue.first, let generator = library.generator(for: first.deck),
                let question = generator.question(for: first, random: &random)
            else { return nil }
            return (question, queue.count - 1)
        }
    }

    /// What a typed or chosen answer comes to: its verdict, and the record to journal.
    /// `milliseconds` is nil when the time means nothing (a piped answer), which rules out Easy.
    public func answer(_ text: String, to question: Question, milliseconds: Int?, now: Timestamp, in library: Library)
        -> Answered
    {
        let generator = library.generator(for: question.card.deck)
        var verdict =
            generator.map { AnswerChecker(vocabulary: $0.vocabulary).check(text, for: question) }
            ?? Verdict(grade: .wrong, answer: question.answers.joined(separator: ", "))
        // Nothing typed: the learner does not know. The answer is shown, and nothing else
        // said about an answer that was not given.
        if text.allSatisfy(\.isWhitespace) { verdict = Verdict(grade: .dontKnow, answer: verdict.answer) }
        let rating = Grading.rating(for: verdict.grade, kind: question.kind, milliseconds: milliseconds)
        // An option picked is kept as its text ("2" is what was typed, not what was said).
        let chosen = question.chosenOption(in: text)
        let said = chosen.map { question.options![$0] } ?? text
        let record = ReviewRecord(
            card: question.card, time: now, rating: rating, answer: said, verdict: Grading.recorded(verdict.grade),
            milliseconds: milliseconds, mode: mode.recorded, factHash: generator?.factHashes[question.factID],
            choice: chosen.map { $0 + 1 }, practice: isPractice)
        return Answered(question: question, answer: said, verdict: verdict, record: record)
    }

    /// A flashcard the learner graded.
    public func grade(_ rating: Rating, of question: Question, milliseconds: Int?, now: Timestamp, in library: Library)
        -> Answered
    {
        let record = ReviewRecord(
            card: question.card, time: now, rating: rating, milliseconds: milliseconds,
            mode: mode.recorded, factHash: library.generator(for: question.card.deck)?.factHashes[question.factID])
        return Answered(question: question, answer: "", verdict: nil, record: record)
    }

    /// The answer is in the journal: it counts, and it becomes the one to re-rate or undo.
    public mutating func saved(_ answered: Answered) {
        count(answered, by: 1)
        if answered.verdict.map({ $0.grade != .correct }) ?? false { mistakes.append(answered) }
        last = answered
    }

    /// Adds an answer to the tally (`sign` 1), or takes it back (-1).
    private mutating func count(_ answered: Answered, by sign: Int) {
        tally.done += sign
        switch answered.verdict?.grade {
        case .correct: tally.right += sign
        case .partlyCorrect: tally.partly += sign
        case .wrong, .dontKnow: tally.wrong += sign
        case nil: break
        }
    }

    /// The record that counts the latest answer as right ("I was right", rated Good), or
    /// nil when there is none to: no answer, a self-graded one, one already right, or a
    /// "don't know". Journal it as an override of the answer.
    public func overriding() -> ReviewRecord? {
        guard var record = last?.record, let grade = last?.verdict?.grade, grade != .correct, grade != .dontKnow
        else { return nil }
        record.rating = .good
        record.verdict = .correct
        record.overridden = true
        return record
    }

    /// The override is in the journal: the latest answer counts as right, and is no mistake.
    public mutating func overridden(_ record: ReviewRecord) {
        guard var answered = last else { return }
        count(answered, by: -1)
        if mistakes.last == answered { mistakes.removeLast() }
        answered.verdict?.grade = .correct
        answered.record = record
        count(answered, by: 1)
        last = answered
    }

    /// The record that re-rates the latest answer, or nil when there is none or the rating
    /// is the same. Journal it in place of the original (undo, then record).
    public func rerating(_ rating: Rating) -> ReviewRecord? {
        guard var record = last?.record, record.rating != rating else { return nil }
        record.rating = rating
        return record
    }

    /// The re-rating is in the journal.
    public mutating func rerated(_ record: ReviewRecord) {
        last?.record = record
    }

    /// The latest answer is undone in the journal: it no longer counts, there is nothing left
    /// to undo, and its question is the one to ask again (the caller asks it; `next` goes on
    /// from where it was).
    @discardableResult
    public mutating func undone() -> Question? {
        guard let answered = last else { return nil }
        count(answered, by: -1)
        if answered.verdict.map({ $0.grade != .correct }) ?? false, mistakes.last == answered { mistakes.removeLast() }
        last = nil
        return answered.question
    }
}
