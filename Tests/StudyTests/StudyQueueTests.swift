import DeckModel
import Foundation
import Questions
import Review
import Scheduler
import TestSupport
import Testing

@testable import Study

@Suite struct StudyQueueTests {
    let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
    let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
    let limits = StudyQueue.Limits(newPerDay: 20, reviewsPerDay: 200)

    func t(_ iso: String) -> Timestamp { Timestamp(iso: iso)! }

    func book(_ reviews: [(CardKey, Rating, String)]) -> CardBook {
        var book = CardBook()
        for (card, rating, time) in reviews {
            book.apply(.review(ReviewRecord(card: card, time: t(time), rating: rating)), scheduler: fsrs, calendar: utc)
        }
        return book
    }

    @Test func learningThenReviewsByRetrievabilityThenNewInDeckOrder() {
        let cards: [CardKey] = ["d/new1/answer", "d/weak/answer", "d/strong/answer", "d/learn/answer", "d/new2/answer"]
        let history = book([
            ("d/weak/answer", .easy, "2025-12-01T09:00:00Z"),  // long overdue: low R
            ("d/strong/answer", .easy, "2026-01-01T09:00:00Z"),
            ("d/learn/answer", .again, "2026-01-20T08:00:00Z"),
        ])
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-01-20T09:00:00Z"))
        #expect(queue == ["d/learn/answer", "d/weak/answer", "d/strong/answer", "d/new1/answer", "d/new2/answer"])
    }

    @Test func newCardsStopAtTheDailyLimitCountingThoseAlreadyIntroduced() {
        let cards: [CardKey] = (1...6).map { "d/f\($0)/answer" }
        let history = book([
            ("d/f1/answer", .easy, "2026-01-20T08:00:00Z"), ("d/f2/answer", .easy, "2026-01-20T08:01:00Z"),
        ])
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: .init(newPerDay: 3, reviewsPerDay: 200),
            scheduler: fsrs, calendar: utc, now: t("2026-01-20T09:00:00Z"))
        #expect(queue == ["d/f3/answer"])
    }

    @Test func aDaysNewCardsAreOfDifferentFacts() {
        let cards: [CardKey] = ["d/a/define", "d/a/name", "d/b/define", "d/c/answer", "d/c/choice"]
        let history = book([("d/c/answer", .easy, "2026-01-20T08:00:00Z")])
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-01-20T09:00:00Z"))
        #expect(queue == ["d/a/define", "d/b/define"])
    }

    @Test func siblingsDoNotUseUpTheNewCardLimit() {
        // 30 facts of two cards each: the day's 20 new cards are 20 facts, one card each.
        let cards: [CardKey] = (1...30).flatMap { ["d/f\($0)/when", "d/f\($0)/when-choice"] }
        let queue = StudyQueue.build(
            cards: cards, book: CardBook(), limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-01-20T09:00:00Z"))
        #expect(queue == (1...20).map { "d/f\($0)/when" })
    }

    @Test func aReviewWhoseFactWasAnsweredTodayWaitsUntilNothingElseIsDue() {
        let cards: [CardKey] = ["d/a/define", "d/a/name", "d/b/define"]
        let history = book([
            ("d/a/define", .easy, "2026-01-01T09:00:00Z"), ("d/a/name", .easy, "2026-01-01T09:00:00Z"),
            ("d/b/define", .easy, "2026-01-01T09:00:00Z"), ("d/a/define", .good, "2026-02-20T05:00:00Z"),
        ])
        // After 4 a.m. today a/define was answered; a/name waits behind b/define though it is weaker.
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-02-20T09:00:00Z"))
        #expect(queue == ["d/b/define", "d/a/name"])
    }

    @Test func learningCardsAreTakenEarlyOnlyWhenNothingElseIsLeft() {
        let cards: [CardKey] = ["d/a/answer"]
        let history = book([("d/a/answer", .good, "2026-01-20T09:00:00Z")])  // due 09:10
        #expect(
            StudyQueue.build(
                cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc,
                now: t("2026-01-20T09:01:00Z")) == ["d/a/answer"])
        let later = book([("d/a/answer", .easy, "2026-01-20T09:00:00Z")])  // due in days
        #expect(
            StudyQueue.build(
                cards: cards, book: later, limits: limits, scheduler: fsrs, calendar: utc,
                now: t("2026-01-20T09:01:00Z")
            ).isEmpty)
        #expect(
            StudyQueue.nextDue(cards: cards, book: later, after: t("2026-01-20T09:01:00Z"))
                == later.state(of: "d/a/answer").due)
    }

    @Test func reviewsStopAtTheDailyLimit() {
        let cards: [CardKey] = (1...4).map { "d/f\($0)/answer" }
        let history = book(cards.map { ($0, .easy, "2026-01-01T09:00:00Z") })
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: .init(newPerDay: 20, reviewsPerDay: 2),
            scheduler: fsrs, calendar: utc, now: t("2026-02-20T09:00:00Z"))
        #expect(queue.count == 2)
    }
}

@Suite struct RelativeTimeTests {
    @Test func oneWordingWithRightSingulars() {
        let now = Timestamp(iso: "2026-01-20T09:00:00Z")!
        func phrase(_ seconds: Int64) -> String {
            RelativeTime.phrase(Timestamp(microseconds: now.microseconds + seconds * 1_000_000), from: now)
        }
        #expect(phrase(20) == "now")
        #expect(phrase(60) == "in 1 minute")
        #expect(phrase(600) == "in 10 minutes")
        #expect(phrase(3_600) == "in 1 hour")
        #expect(phrase(7_200) == "in 2 hours")
        #expect(phrase(86_400 * 2) == "in 2 days")
    }
}

@Suite struct GradingAndStatisticsTests {
    @Test func verdictsBecomeRatings() {
        #expect(Grading.rating(for: .wrong, kind: .choice, milliseconds: 100) == .again)
        #expect(Grading.rating(for: .partlyCorrect, kind: .recallAll, milliseconds: 100) == .hard)
        #expect(Grading.rating(for: .correct, kind: .choice, milliseconds: 3_000) == .easy)
        #expect(Grading.rating(for: .correct, kind: .choice, milliseconds: 4_500) == .good)
        #expect(Grading.rating(for: .correct, kind: .answer, milliseconds: 7_000) == .easy)
        #expect(Grading.rating(for: .correct, kind: .answer, milliseconds: nil) == .good)
    }

    @Test func streaksCountBackFromTodayOrYesterday() {
        #expect(DeckStatistics.streak(days: [10, 9, 8, 6], today: 10) == 3)
        #expect(DeckStatistics.streak(days: [9, 8], today: 10) == 2)
        #expect(DeckStatistics.streak(days: [8], today: 10) == 0)
    }

    @Test func deckStatisticsCountPhasesDueAndRetention() {
        let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
        let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
        var book = CardBook()
        func apply(_ card: CardKey, _ rating: Rating, _ iso: String) {
            book.apply(
                .review(ReviewRecord(card: card, time: Timestamp(iso: iso)!, rating: rating)), scheduler: fsrs,
                calendar: utc)
        }
        apply("d/a/answer", .easy, "2026-01-01T09:00:00Z")
        apply("d/a/answer", .good, "2026-01-10T09:00:00Z")
        apply("d/b/answer", .easy, "2026-01-01T09:00:00Z")
        apply("d/b/answer", .again, "2026-01-10T09:05:00Z")
        let stats = DeckStatistics.compute(
            deck: "d", cards: ["d/a/answer", "d/b/answer", "d/c/answer"], book: book, leechThreshold: 1, calendar: utc,
            now: Timestamp(iso: "2026-01-10T10:00:00Z")!)
        #expect(stats.newCards == 1 && stats.learning == 1 && stats.review == 1)
        #expect(stats.dueNow == 1 && stats.dueToday == 1)
        #expect(stats.reviews30Days == 2 && stats.retention30Days == 0.5)
        #expect(stats.streak == 1)
        #expect(stats.leeches == ["d/b/answer"])
    }

    /// Cards the deck no longer has still count, after its own in key order; another deck's
    /// cards do not.
    @Test func removedCardsCountAfterTheDecksOwn() {
        let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
        let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
        var book = CardBook()
        for card: CardKey in ["d/z/answer", "d/a/answer", "d/m/answer", "e/a/answer"] {
            book.apply(
                .review(ReviewRecord(card: card, time: Timestamp(iso: "2026-01-01T09:00:00Z")!, rating: .again)),
                scheduler: fsrs, calendar: utc)
        }
        let stats = DeckStatistics.compute(
            deck: "d", cards: ["d/m/answer", "d/new/answer"], book: book, leechThreshold: 0, calendar: utc,
            now: Timestamp(iso: "2026-01-02T10:00:00Z")!)
        #expect(stats.newCards == 1 && stats.learning == 3)
        #expect(stats.leeches == ["d/m/answer", "d/new/answer", "d/a/answer", "d/z/answer"])
    }
}
