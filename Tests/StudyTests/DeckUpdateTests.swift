import DeckModel
import Foundation
import Questions
import Review
import Scheduler
import TestSupport
import Testing

@testable import Study

/// A teacher edits a deck: the learner keeps progress, changed facts come back once, new
/// facts are new cards, removed facts keep their history.
@Suite struct DeckUpdateTests {
    let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
    let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
    let limits = StudyQueue.Limits(newPerDay: 20, reviewsPerDay: 200)

    func deck(italy: String, spain: Bool) -> Deck {
        var facts = [
            Fact(id: "a", content: .question(QuestionFact(prompt: "Capital of France?", answer: "Paris"))),
            Fact(id: "b", content: .question(QuestionFact(prompt: "Capital of Italy?", answer: italy))),
        ]
        if spain {
            facts.append(Fact(id: "c", content: .question(QuestionFact(prompt: "Capital of Spain?", answer: "Madrid"))))
        }
        return Deck(id: "d", title: "Capitals", facts: facts)
    }

    @Test func changedFactsComeBackOnceAndKeepTheirProgress() throws {
        let v1 = QuestionGenerator(deck: deck(italy: "Rome", spain: false))
        var book = CardBook()
        for (card, fact) in [("d/a/answer", "a"), ("d/b/answer", "b")] as [(CardKey, String)] {
            for time in ["2026-01-01T09:00:00Z", "2026-01-01T09:30:00Z"] {
                book.apply(
                    .review(
                        ReviewRecord(
                            card: card, time: Timestamp(iso: time)!, rating: .good, factHash: v1.factHashes[fact])),
                    scheduler: fsrs, calendar: utc)
            }
        }
        let v2 = QuestionGenerator(deck: deck(italy: "Roma", spain: true))
        let changed = ChangedCards.find(in: [v2], book: book)
        #expect(changed == ["d/b/answer"])
        let now = Timestamp(iso: "2026-01-01T11:00:00Z")!
        let queue = StudyQueue.build(
            cards: v2.cardKeys, book: book, limits: limits, scheduler: fsrs,
            calendar: utc, now: now, changed: changed)
        #expect(queue == ["d/b/answer", "d/c/answer"], "the changed card first (not yet due), then the new fact")
        #expect(book.state(of: "d/b/answer").reps == 2, "progress is kept")
        book.apply(
            .review(ReviewRecord(card: "d/b/answer", time: now, rating: .good, factHash: v2.factHashes["b"])),
            scheduler: fsrs, calendar: utc)
        #expect(ChangedCards.find(in: [v2], book: book).isEmpty, "answered once, it is up to date")
    }

    @Test func learnersAreToldWhatChanged() {
        let v1 = QuestionGenerator(deck: deck(italy: "Rome", spain: false))
        let first = DeckUpdates.check([v1], remembered: [:])
        #expect(first.changes.isEmpty, "a deck seen for the first time is not reported")
        let v2 = QuestionGenerator(deck: deck(italy: "Roma", spain: true))
        let second = DeckUpdates.check([v2], remembered: first.remember)
        #expect(second.changes == ["d": "1 fact updated, 1 new"])
        #expect(DeckUpdates.check([v2], remembered: second.remember).changes.isEmpty)
    }
}
