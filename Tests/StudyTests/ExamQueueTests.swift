import DeckModel
import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Study

/// The study queue of a deck with an exam ahead.
@Suite struct ExamQueueTests {
    let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
    let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
    let limits = StudyQueue.Limits(newPerDay: 2, reviewsPerDay: 200)

    func t(_ iso: String) -> Timestamp { Timestamp(iso: iso)! }

    func plan(_ date: String, _ budget: ExamSetting.Budget, fewer: Bool = false) -> ExamPlan {
        guard case .success(let day) = PartialDate.parse(date) else { fatalError() }
        return ExamPlan(
            setting: ExamSetting(date: day, budget: budget, fewerCardsKnownWell: fewer)!, times: AnswerTimes())
    }

    func book(_ reviews: [(CardKey, Rating, String)]) -> CardBook {
        var book = CardBook()
        for (card, rating, time) in reviews {
            book.apply(
                .review(ReviewRecord(card: card, time: t(time), rating: rating, milliseconds: 20_000)), scheduler: fsrs,
                calendar: utc)
        }
        return book
    }

    @Test func newCardsComeFirstWithNoDailyCapThenDueReviewsWithinTheBudget() {
        let cards: [CardKey] = (1...12).map { "d/n\($0)/answer" } + ["d/old/answer"]
        let history = book([
            ("d/old/answer", .good, "2026-11-01T09:00:00Z"), ("d/old/answer", .good, "2026-11-01T09:10:00Z"),
        ])
        let now = t("2026-11-29T09:00:00Z")
        // 10 minutes at 31 s a new card and 13 s a review: all 12 new cards (372 s), then the
        // review, which the daily limit of 2 new cards would never have reached.
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc, now: now,
            exams: ["d": plan("2026-12-20", .minutes(10))])
        #expect(queue == Array(cards.prefix(12)) + ["d/old/answer"])
        // 4 items a day: four cards.
        let small = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc, now: now,
            exams: ["d": plan("2026-12-20", .items(4))])
        #expect(small == Array(cards.prefix(4)))
        // Fewer cards, known well: the due review first.
        let fewer = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc, now: now,
            exams: ["d": plan("2026-12-20", .items(4), fewer: true)])
        #expect(fewer == ["d/old/answer"] + Array(cards.prefix(3)))
    }

    @Test func theBudgetAlreadySpentTodayCounts() {
        let cards: [CardKey] = (1...6).map { "d/n\($0)/answer" } + ["d/done/answer"]
        // A card learned today took 20 s of a 1-minute budget: one more new card fits (31 s).
        let history = book([("d/done/answer", .easy, "2026-11-29T08:00:00Z")])
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-11-29T09:00:00Z"), exams: ["d": plan("2026-12-20", .minutes(1))])
        #expect(queue == ["d/n1/answer", "d/n2/answer"])
    }

    @Test func onTheExamDayPlainFSRSResumes() {
        let cards: [CardKey] = (1...6).map { "d/n\($0)/answer" }
        let queue = StudyQueue.build(
            cards: cards, book: CardBook(), limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-12-20T09:00:00Z"), exams: ["d": plan("2026-12-20", .minutes(60))])
        #expect(queue == ["d/n1/answer", "d/n2/answer"], "the daily limit of new cards again")
    }

    @Test func otherCardsOfAFactAnsweredTodayWait() {
        // A new sibling waits for another day; a review sibling until the rest is done.
        let cards: [CardKey] = ["d/a/define", "d/a/name", "d/b/define", "d/c/define", "d/c/name"]
        let history = book([
            ("d/c/name", .easy, "2026-11-01T08:00:00Z"), ("d/a/define", .easy, "2026-11-29T08:00:00Z"),
            ("d/c/define", .easy, "2026-11-29T08:00:00Z"),
        ])
        let queue = StudyQueue.build(
            cards: cards, book: history, limits: limits, scheduler: fsrs, calendar: utc,
            now: t("2026-11-29T09:00:00Z"), exams: ["d": plan("2026-12-20", .minutes(30))])
        #expect(queue == ["d/b/define", "d/c/name"])
    }
}
