import DeckModel
import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

/// "I was right": an override line counts a review as right, rated anew at its own time,
/// in the store's book as in any replay of the journal.
@Suite struct OverrideTests {
    let card: CardKey = "d/a/answer"

    func wrong(_ iso: String) -> ReviewRecord {
        var record = review(card.description, .again, iso)
        record.verdict = .wrong
        return record
    }

    /// The book had the card been answered with `rating` at each of these times.
    func bookAnswered(_ answers: [(Rating, String)]) throws -> CardBook {
        let alone = try openStore(temporaryFolder())
        for (rating, iso) in answers { try alone.record(review(card.description, rating, iso), now: time(iso)) }
        return alone.book
    }

    func stateAnswered(_ answers: [(Rating, String)]) throws -> CardState {
        try bookAnswered(answers).state(of: card)
    }

    @Test func anOverrideCountsTheAnswerAsRightAtItsOwnTime() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(review(card.description, .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.record(wrong("2026-01-12T09:00:00Z"), now: time("2026-01-12T09:00:00Z"))
        try store.override(card: card, rating: .good, at: time("2026-01-12T09:00:30Z"))
        let expected = try stateAnswered([(.good, "2026-01-10T09:00:00Z"), (.good, "2026-01-12T09:00:00Z")])
        #expect(store.book.state(of: card) == expected)
        // The same from the journal alone, and from a snapshot with the override after it.
        #expect(try openStore(folder).book.state(of: card) == expected)
        let line = try #require(journalLines(folder).last)
        #expect(
            line.contains("\"type\":\"override\"") && line.contains("\"overrides\":\"") && line.contains("\"rating\":3")
        )
        // The days' tallies are those of the answers as counted.
        let answered = try bookAnswered([(.good, "2026-01-10T09:00:00Z"), (.good, "2026-01-12T09:00:00Z")])
        #expect(store.book.tallies == answered.tallies)
    }

    @Test func anUndoAfterAnOverrideTakesTheAnswerBackWhole() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(wrong("2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.override(card: card, rating: .good, at: time("2026-01-10T09:00:10Z"))
        try store.undo(card: card, at: time("2026-01-10T09:00:20Z"))
        #expect(store.book.state(of: card).isNew)
        #expect(try openStore(folder).book.state(of: card).isNew)
    }

    @Test func anOverrideOfAnAnswerAnotherProcessFollowedIsReplayedExactly() throws {
        let folder = temporaryFolder()
        let a = try openStore(folder), b = try openStore(folder)
        try a.record(wrong("2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try b.record(review(card.description, .hard, "2026-01-10T09:05:00Z"), now: time("2026-01-10T09:05:00Z"))
        // A's answer is no longer the card's latest: A's book is rebuilt, and agrees with a replay.
        try a.override(card: card, rating: .good, at: time("2026-01-10T09:06:00Z"))
        let expected = try stateAnswered([(.good, "2026-01-10T09:00:00Z"), (.hard, "2026-01-10T09:05:00Z")])
        #expect(a.book.state(of: card) == expected)
        #expect(try openStore(folder).book.state(of: card) == expected)
    }

    @Test func theHistoryShowsTheAnswerCountedAsRight() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(wrong("2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.override(card: card, rating: .good, at: time("2026-01-10T09:00:10Z"))
        let history = try store.history(of: FactKey(deck: "d", fact: "a"))
        #expect(history.count == 1)
        #expect(
            history.first?.verdict == .correct && history.first?.rating == .good && history.first?.overridden == true)
    }

    @Test func nothingToOverrideIsRefusedAndJournalsNothing() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        #expect(throws: ProgressStore.NothingToOverride.self) {
            try store.override(card: card, rating: .good, at: time("2026-01-10T09:00:10Z"))
        }
        #expect(journalLines(folder).isEmpty)
    }
}
