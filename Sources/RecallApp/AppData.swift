import DeckModel
import Questions
import Review
import Scheduler
import Study

/// What the app shows and schedules: the decks, the learner's progress and settings. The
/// shell loads it; the app keeps it up to date from effect results.
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

    /// What a study session reads.
    var library: Library {
        Library(
            decks: decks, book: book,
            limits: StudyQueue.Limits(settings),
            scheduler: scheduler, calendar: calendar, exams: examPlans)
    }

    /// A fact's mastery: the mean retrievability now of its cards (new cards count 0).
    func mastery(of cards: [CardKey], at now: Timestamp) -> Double {
        guard !cards.isEmpty else { return 0 }
        return cards.reduce(0.0) { $0 + scheduler.retrievability(of: book.state(of: $1), at: now) }
            / Double(cards.count)
    }
}

/// The clock as events carry it: the instant (from `RECALL_NOW` or the real time) and a
/// monotonic millisecond count for measuring answer times.
public struct AppClock: Sendable, Equatable {
    public var now: Timestamp
    public var uptimeMilliseconds: Int

    public init(now: Timestamp, uptimeMilliseconds: Int) {
        (self.now, self.uptimeMilliseconds) = (now, uptimeMilliseconds)
    }
}
