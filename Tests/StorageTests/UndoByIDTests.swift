import DeckModel
import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

/// An undo names the review it takes back, so that two processes answering the same card
/// never cancel each other's answers.
@Suite struct UndoByIDTests {
    func reviews(_ store: ProgressStore, _ card: CardKey) -> Int {
        store.book.state(of: card).reps
    }

    @Test func anUndoInOneProcessTakesBackItsOwnAnswerNotAnothers() throws {
        let folder = temporaryFolder()
        let a = try openStore(folder)
        let b = try openStore(folder)
        let card: CardKey = "d/a/answer"
        try a.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try b.record(review("d/a/answer", .again, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try a.undo(card: card, at: time("2026-01-10T09:00:00Z"))

        // What is left is B's Again alone, in A's book and in a fresh replay of the journal.
        let onlyB = try openStore(temporaryFolder())
        try onlyB.record(review("d/a/answer", .again, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        let expected = onlyB.book.state(of: card)
        #expect(a.book.state(of: card) == expected)
        #expect(try openStore(folder).book.state(of: card) == expected)
        #expect(journalLines(folder).last!.contains("\"undoes\":\""))
    }

    @Test func aReRateReplacesOnlyItsOwnAnswer() throws {
        let folder = temporaryFolder()
        let a = try openStore(folder)
        let b = try openStore(folder)
        let card: CardKey = "d/a/answer"
        try a.record(review("d/a/answer", .again, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try b.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        // A re-rates its answer Easy: an undo of it, then the new rating.
        try a.undo(card: card, at: time("2026-01-10T09:00:00Z"))
        try a.record(review("d/a/answer", .easy, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        let replayed = try openStore(folder)
        #expect(reviews(a, card) == 2 && reviews(replayed, card) == 2)
        #expect(a.book.state(of: card) == replayed.book.state(of: card))
    }

    @Test func reviewIDsAreUniqueAndUndosOfOlderJournalsKeepTheirMeaning() throws {
        let ids = Set((0..<1000).map { _ in ProgressStore.newReviewID() })
        #expect(ids.count == 1000 && ids.allSatisfy { $0.count == 16 })

        // An undo line without `undoes` takes back the card's latest review, as before.
        let folder = temporaryFolder()
        let lines = [
            #"{"card":"d/a/answer","time":"2026-01-10T09:00:00Z","rating":3}"#,
            #"{"card":"d/a/answer","time":"2026-01-10T09:01:00Z","rating":1}"#,
            #"{"type":"undo","card":"d/a/answer","time":"2026-01-10T09:02:00Z"}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        let state = try openStore(folder).book.state(of: "d/a/answer")
        #expect(state.reps == 1 && state.lapses == 0)
    }

    @Test func idsAndUndoesRoundTripThroughTheJournal() throws {
        let review = ReviewRecord(card: "d/a/answer", time: time("2026-01-10T09:00:00Z"), rating: .good, id: "00ff")
        let line = JournalCodec.line(for: .review(review))
        #expect(line.hasPrefix(#"{"id":"00ff","card":"d/a/answer""#))
        #expect(try JournalCodec.entry(from: ArraySlice(line.utf8.dropLast())) == .review(review))
        let undo = JournalEntry.undo(card: "d/a/answer", time: time("2026-01-10T09:01:00Z"), undoes: "00ff")
        let undoLine = JournalCodec.line(for: undo)
        #expect(undoLine.contains(#""undoes":"00ff""#))
        #expect(try JournalCodec.entry(from: ArraySlice(undoLine.utf8.dropLast())) == undo)
    }
}
