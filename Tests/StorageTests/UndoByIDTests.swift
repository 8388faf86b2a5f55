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
    let card: CardKey = "d/a/answer"
    let at = "2026-01-10T09:00:00Z"

    /// Answers the card in `store` with `rating`, at the one time every answer here has (times
    /// do not tell them apart).
    func answer(_ store: ProgressStore, _ rating: Rating) throws {
        try store.record(review(card.description, rating, at), now: time(at))
    }

    /// The card's state after just these answers, in a folder of its own.
    func stateAfter(_ ratings: [Rating]) throws -> CardState {
        let alone = try openStore(temporaryFolder())
        for rating in ratings { try answer(alone, rating) }
        return alone.book.state(of: card)
    }

    @Test func anUndoInOneProcessTakesBackItsOwnAnswerNotAnothers() throws {
        let folder = temporaryFolder()
        let a = try openStore(folder), b = try openStore(folder)
        try answer(a, .good)
        try answer(b, .again)
        try a.undo(card: card, at: time(at))
        // What is left is B's Again alone, in A's book and in a fresh replay of the journal.
        let expected = try stateAfter([.again])
        #expect(a.book.state(of: card) == expected)
        #expect(try openStore(folder).book.state(of: card) == expected)
        #expect(journalLines(folder).last!.contains("\"undoes\":\""))
    }

    @Test func aReRateReplacesOnlyItsOwnAnswer() throws {
        let folder = temporaryFolder()
        let a = try openStore(folder), b = try openStore(folder)
        try answer(a, .again)
        try answer(b, .good)
        // A re-rates its answer Easy: an undo of it, then the new rating. B's Good stands.
        try a.undo(card: card, at: time(at))
        try answer(a, .easy)
        let expected = try stateAfter([.good, .easy])
        #expect(expected != (try stateAfter([.again, .easy])), "the two outcomes differ")
        #expect(a.book.state(of: card) == expected)
        #expect(try openStore(folder).book.state(of: card) == expected)
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
