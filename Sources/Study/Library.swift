import DeckModel
import Questions
import Review
import Scheduler

/// What a study session reads: the decks, the learner's cards, the daily limits, the
/// scheduler and its calendar, and the exams set.
public struct Library: Sendable {
    public var decks: [QuestionGenerator]
    public var book: CardBook
    public var limits: StudyQueue.Limits
    public var scheduler: FSRS
    public var calendar: DayCalendar
    /// Decks with an exam ahead, by deck id.
    public var exams: [String: ExamPlan]

    public init(
        decks: [QuestionGenerator], book: CardBook, limits: StudyQueue.Limits, scheduler: FSRS, calendar: DayCalendar,
        exams: [String: ExamPlan] = [:]
    ) {
        self.decks = decks
        self.book = book
        self.limits = limits
        self.scheduler = scheduler
        self.calendar = calendar
        self.exams = exams
    }

    public func generator(for deckID: String) -> QuestionGenerator? {
        decks.first { $0.deck.id == deckID }
    }

    /// Every card key of these decks, in deck order.
    public func cardKeys(of deckIDs: [String]) -> [CardKey] {
        decks.filter { deckIDs.contains($0.deck.id) }.flatMap(\.cardKeys)
    }

    /// Today's queue over these decks at `now` (`StudyQueue`).
    public func queue(of deckIDs: [String], now: Timestamp) -> [CardKey] {
        StudyQueue.build(
            cards: cardKeys(of: deckIDs), book: book, limits: limits, scheduler: scheduler, calendar: calendar,
            now: now,
            changed: ChangedCards.find(in: decks.filter { deckIDs.contains($0.deck.id) }, book: book), exams: exams)
    }

    /// When the next card of these decks comes due after `now`, if any.
    public func nextDue(of deckIDs: [String], after now: Timestamp) -> Timestamp? {
        StudyQueue.nextDue(cards: cardKeys(of: deckIDs), book: book, after: now)
    }
}

/// How far away a time is, in the words the app and line mode both use: "now", "in 1
/// minute", "in 5 minutes", "in 3 hours", "in 2 days".
public enum RelativeTime {
    public static func phrase(_ time: Timestamp, from now: Timestamp) -> String {
        let minutes = Int((time.microseconds - now.microseconds) / 60_000_000)
        func count(_ number: Int, _ unit: String) -> String { "in \(number) \(unit)\(number == 1 ? "" : "s")" }
        if minutes < 1 { return "now" }
        if minutes < 60 { return count(minutes, "minute") }
        if minutes < 48 * 60 { return count(minutes / 60, "hour") }
        return count(minutes / 1440, "day")
    }
}
