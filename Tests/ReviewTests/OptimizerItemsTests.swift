import DeckModel
import Scheduler
import TestSupport
import Testing

@testable import Review

/// The optimizer's items are built from the reviews the replay keeps, in study days.
@Suite struct OptimizerItemsTests {
    func items(_ entries: [JournalEntry], including: (CardKey) -> Bool = { _ in true }) -> [FSRSItem] {
        var log = ReplayLog()
        for entry in entries { log.append(entry) }
        return log.optimizerItems(calendar: utc, including: including)
    }

    func answer(_ card: String, _ rating: Rating, _ iso: String, id: String? = nil, practice: Bool = false)
        -> JournalEntry
    {
        var record = review(card, rating, iso)
        record.id = id
        record.practice = practice
        return .review(record)
    }

    @Test func anItemPerReviewADayOrMoreAfterTheOneBefore() {
        let found = items([
            answer("d/a/answer", .good, "2026-01-01T09:00:00Z"),
            answer("d/a/answer", .good, "2026-01-01T09:10:00Z"),
            answer("d/a/answer", .good, "2026-01-04T09:00:00Z"),
            answer("d/a/answer", .again, "2026-01-11T09:00:00Z"),
        ])
        #expect(
            found == [
                FSRSItem([.init(.good, 0), .init(.good, 0), .init(.good, 3)]),
                FSRSItem([.init(.good, 0), .init(.good, 0), .init(.good, 3), .init(.again, 7)]),
            ])
        #expect(found.map(\.recalled) == [true, false])
    }

    @Test func undosOverridesAndPracticeAreResolvedAsTheReplayResolvesThem() {
        let found = items([
            answer("d/b/answer", .good, "2026-01-01T09:00:00Z", id: "b1"),
            .undo(card: "d/b/answer", time: time("2026-01-01T09:01:00Z"), undoes: "b1"),
            answer("d/b/answer", .again, "2026-01-02T09:00:00Z", id: "b2"),
            .override(card: "d/b/answer", time: time("2026-01-02T09:01:00Z"), overrides: "b2", rating: .good),
            answer("d/b/answer", .good, "2026-01-03T09:00:00Z", practice: true),
            answer("d/b/answer", .hard, "2026-01-05T09:00:00Z"),
            answer("d/c/answer", .good, "2026-01-01T09:00:00Z", practice: true),
            answer("d/c/answer", .good, "2026-01-09T09:00:00Z", practice: true),
        ])
        #expect(found == [FSRSItem([.init(.good, 0), .init(.hard, 3)])])
    }

    @Test func studyDaysRollOverAtFourInTheMorningAndItemsRunInTimeOrder() {
        let found = items([
            answer("d/e/answer", .good, "2026-01-10T23:00:00Z"),
            answer("d/e/answer", .good, "2026-01-11T03:30:00Z"),
            answer("d/e/answer", .good, "2026-01-11T05:00:00Z"),
            answer("x/f/answer", .good, "2026-01-01T09:00:00Z"),
            answer("x/f/answer", .easy, "2026-01-10T09:00:00Z"),
        ])
        // x/f's item ends first, on the 10th; d/e's same-day second review makes no item.
        #expect(
            found == [
                FSRSItem([.init(.good, 0), .init(.easy, 9)]),
                FSRSItem([.init(.good, 0), .init(.good, 0), .init(.good, 1)]),
            ])
        let deckOnly = items(
            [
                answer("x/f/answer", .good, "2026-01-01T09:00:00Z"),
                answer("d/g/answer", .good, "2026-01-01T09:00:00Z"),
                answer("x/f/answer", .good, "2026-01-05T09:00:00Z"),
                answer("d/g/answer", .good, "2026-01-05T09:00:00Z"),
            ],
            including: { $0.deck == "d" })
        #expect(deckOnly == [FSRSItem([.init(.good, 0), .init(.good, 4)])])
    }
}
