import DeckModel
import Scheduler
import TestSupport
import Testing

@testable import Review

@Suite struct CardBookTests {
    @Test func reviewsFollowTheSchedulerAndTallyTheDay() {
        var book = CardBook()
        book.apply(.review(review("d/f/answer", .good, "2026-01-10T09:00:00Z")), scheduler: fsrs, calendar: utc)
        book.apply(.review(review("d/f/answer", .good, "2026-01-10T09:10:00Z")), scheduler: fsrs, calendar: utc)
        var expected = fsrs.review(.new, .good, at: time("2026-01-10T09:00:00Z"), fuzz: 0).card
        expected = fsrs.review(expected, .good, at: time("2026-01-10T09:10:00Z"), fuzz: 0).card
        let state = book.state(of: "d/f/answer")
        #expect(state.phase == .review && state.stability == expected.stability && state.reps == 2)
        let tally = book.tallies[CardBook.TallyKey(deck: "d", day: utc.day(of: time("2026-01-10T09:00:00Z")))]
        #expect(tally == CardBook.Tally(answers: 2, introduced: 1, reviews: 0, reviewsPassed: 0, milliseconds: 2400))
    }

    @Test func undoRestoresTheStateBeforeTheLatestReview() {
        var book = CardBook()
        book.apply(.review(review("d/f/answer", .good, "2026-01-10T09:00:00Z")), scheduler: fsrs, calendar: utc)
        let before = book
        book.apply(.review(review("d/f/answer", .again, "2026-01-10T09:10:00Z")), scheduler: fsrs, calendar: utc)
        #expect(
            book.apply(.undo(card: "d/f/answer", time: time("2026-01-10T09:11:00Z")), scheduler: fsrs, calendar: utc)
                == .applied)
        #expect(book.state(of: "d/f/answer") == before.state(of: "d/f/answer"))
        #expect(book.tallies == before.tallies)
        // A second undo in a row needs the whole history.
        #expect(
            book.apply(.undo(card: "d/f/answer", time: time("2026-01-10T09:12:00Z")), scheduler: fsrs, calendar: utc)
                == .needsRebuild)
        #expect(
            book.apply(
                .undo(card: "d/other/answer", time: time("2026-01-10T09:12:00Z")), scheduler: fsrs, calendar: utc)
                == .nothingToUndo)
    }

    /// Rebuilding from the whole journal gives the same book as applying entries one by one,
    /// for random histories with undos, including runs of undos.
    @Test func rebuildEqualsIncrementalReplay() {
        var random = SplitMix64(state: 7)
        for _ in 0..<40 {
            var entries: [JournalEntry] = []
            var clock = time("2026-01-01T08:00:00Z").microseconds
            for _ in 0..<60 {
                clock += Int64.random(in: 1...200_000, using: &random) * 1_000_000
                let card: CardKey =
                    "d\(Int.random(in: 0..<2, using: &random))/f\(Int.random(in: 0..<4, using: &random))/answer"
                if Int.random(in: 0..<5, using: &random) == 0 {
                    entries.append(.undo(card: card, time: Timestamp(microseconds: clock)))
                } else {
                    entries.append(
                        .review(
                            ReviewRecord(
                                card: card, time: Timestamp(microseconds: clock),
                                rating: Rating(rawValue: Int.random(in: 1...4, using: &random))!,
                                milliseconds: Int.random(in: 0..<9000, using: &random),
                                factHash: ["aa", "bb", nil].randomElement(using: &random)!)))
                }
            }
            let rebuilt = CardBook.rebuild(from: entries, scheduler: fsrs, calendar: utc)
            var incremental = CardBook()
            var prefix: [JournalEntry] = []
            for entry in entries {
                prefix.append(entry)
                if incremental.apply(entry, scheduler: fsrs, calendar: utc) == .needsRebuild {
                    incremental = CardBook.rebuild(from: prefix, scheduler: fsrs, calendar: utc)
                }
            }
            #expect(rebuilt.cards.mapValues(\.state) == incremental.cards.mapValues(\.state))
            #expect(
                rebuilt.tallies.filter { $0.value.answers != 0 } == incremental.tallies.filter { $0.value.answers != 0 }
            )
        }
    }

    @Test func fuzzIsDeterministicPerCardAndTime() {
        let a = CardBook.fuzz(card: "d/f/answer", time: time("2026-01-10T09:00:00Z"))
        #expect(a == CardBook.fuzz(card: "d/f/answer", time: time("2026-01-10T09:00:00Z")))
        #expect(a != CardBook.fuzz(card: "d/g/answer", time: time("2026-01-10T09:00:00Z")))
        #expect(a >= 0 && a < 1)
    }
}
