import DeckModel
import Review
import Questions
import Scheduler
import Study
import TerminalUI

/// What the app shows and schedules: the decks, the learner's progress and settings. The
/// shell loads it; the model keeps it up to date from effect results.
public struct AppData: Sendable {
    public var decks: [QuestionGenerator]
    public var book: CardBook
    public var settings: RecallSettings
    public var scheduler: FSRS
    public var calendar: DayCalendar
    /// Where each deck came from, by deck id (shown on the info screen).
    public var deckPaths: [String: String]
    /// One-line notices to show once on the home screen (repairs, skipped decks).
    public var notices: [String]
    /// For each deck a teacher changed since the learner last looked: "3 facts updated, 1 new".
    public var deckChanges: [String: String] = [:]
    /// The learner's answer times on each deck with an exam, from the journal.
    public var answerTimes: [String: AnswerTimes] = [:]

    public init(
        decks: [QuestionGenerator], book: CardBook, settings: RecallSettings, calendar: DayCalendar,
        deckPaths: [String: String] = [:], notices: [String] = []
    ) {
        self.decks = decks
        self.book = book
        self.settings = settings
        self.scheduler = FSRS(settings: settings.scheduler)
        self.calendar = calendar
        self.deckPaths = deckPaths
        self.notices = notices
    }

    public func generator(for deckID: String) -> QuestionGenerator? {
        decks.first { $0.deck.id == deckID }
    }

    /// The exams set, by deck id, with the learner's answer times where known.
    var examPlans: [String: ExamPlan] {
        settings.exams.reduce(into: [:]) { plans, exam in
            plans[exam.key] = ExamPlan(setting: exam.value, times: answerTimes[exam.key] ?? AnswerTimes())
        }
    }

    /// Every card key of these decks, in deck order.
    func cardKeys(of deckIDs: [String]) -> [CardKey] {
        library.cardKeys(of: deckIDs)
    }

    /// What a study session reads.
    var library: Library {
        Library(
            decks: decks, book: book,
            limits: StudyQueue.Limits(newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay),
            scheduler: scheduler, calendar: calendar, exams: examPlans)
    }
}

/// The clock as events carry it: the instant (from `RECALL_NOW` or the real time) and a
/// monotonic millisecond count for measuring answer times.
public struct AppClock: Sendable, Equatable {
    public var now: Timestamp
    public var uptimeMilliseconds: Int

    public init(now: Timestamp, uptimeMilliseconds: Int) {
        self.now = now
        self.uptimeMilliseconds = uptimeMilliseconds
    }
}

/// What happens to the app: a key, a clock tick, or the result of an effect.
public enum AppEvent: Sendable {
    case key(Key)
    /// Time passed (timed quizzes count down).
    case tick
    /// An answer or undo was journaled; the book now includes it.
    case saved(CardBook)
    /// Saving failed; nothing was lost, and the message says why.
    case saveFailed(String)
    case settingsSaved(RecallSettings)
    /// A fact's answer history, read from the journal.
    case historyLoaded(fact: String, [ReviewRecord])
    /// A deck's answer times, read from the journal (for its exam plan).
    case answerTimesLoaded(deck: String, AnswerTimes)
}

/// What the app asks the shell to do. The shell runs it and answers with an event.
public enum AppEffect: Sendable, Equatable {
    case record(ReviewRecord)
    case undo(card: CardKey, at: Timestamp)
    /// Undo the latest answer to the card and record it again with another rating.
    case rerate(ReviewRecord)
    case saveSettings(RecallSettings)
    case loadHistory(fact: String)
    case loadAnswerTimes(deck: String)
    case quit
}
