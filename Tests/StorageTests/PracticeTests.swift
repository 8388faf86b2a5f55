import DeckModel
import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

/// Quiz answers given for practice are journaled and move no card; each line says so
/// itself, so the replay never looks at the settings, and older quiz lines still count.
@Suite struct PracticeTests {
    let card: CardKey = "d/a/answer"

    func quizAnswer(_ iso: String, practice: Bool) -> ReviewRecord {
        var record = review(card.description, .good, iso)
        record.mode = .quiz
        record.practice = practice
        return record
    }

    @Test func aPracticeAnswerMovesNoCardInPlaceOrOnReplay() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(quizAnswer("2026-01-10T09:00:00Z", practice: true), now: time("2026-01-10T09:00:00Z"))
        #expect(store.book.state(of: card).isNew && store.book.tallies.isEmpty)
        #expect(journalLines(folder).first?.contains("\"practice\":true") == true)
        #expect(try openStore(folder).book.state(of: card).isNew)
        // Undoing it changes nothing, and needs no rebuild.
        try store.undo(card: card, at: time("2026-01-10T09:00:05Z"))
        #expect(store.book.state(of: card).isNew && store.notices.isEmpty)
    }

    @Test func aQuizLineWithoutTheFlagCountsAsItAlwaysDid() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(quizAnswer("2026-01-10T09:00:00Z", practice: false), now: time("2026-01-10T09:00:00Z"))
        #expect(!journalLines(folder)[0].contains("practice"))
        #expect(!store.book.state(of: card).isNew)
        #expect(!(try openStore(folder).book.state(of: card).isNew))
    }

    @Test func practiceAndCountedAnswersMixedReplayAsTheyWereGiven() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(review(card.description, .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.record(quizAnswer("2026-01-10T09:01:00Z", practice: true), now: time("2026-01-10T09:01:00Z"))
        try store.record(review(card.description, .again, "2026-01-10T09:20:00Z"), now: time("2026-01-10T09:20:00Z"))
        let alone = try openStore(temporaryFolder())
        try alone.record(review(card.description, .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try alone.record(review(card.description, .again, "2026-01-10T09:20:00Z"), now: time("2026-01-10T09:20:00Z"))
        #expect(store.book.state(of: card) == alone.book.state(of: card))
        #expect(try openStore(folder).book.state(of: card) == alone.book.state(of: card))
        #expect(try openStore(folder).book.tallies == alone.book.tallies)
    }

    /// An undo without an id (older journals) takes back the latest answer that counts, in
    /// the card's history as in the replay: not a practice answer after it.
    @Test func anUndoWithoutAnIdPassesOverPracticeInTheHistoryToo() throws {
        var history = FactHistory(fact: FactKey(deck: "d", fact: "a"))
        history.add(.review(review(card.description, .good, "2026-01-10T09:00:00Z")))
        history.add(.review(quizAnswer("2026-01-10T09:01:00Z", practice: true)))
        history.add(.undo(card: card, time: time("2026-01-10T09:02:00Z")))
        #expect(history.reviews.count == 1 && history.reviews[0].practice)
    }

    /// A practice line the reader refuses (a bad escape in its fingerprint) the replay refuses too.
    @Test func aPracticeLineIsCheckedAsTheReaderChecksIt() {
        let good = #"{"card":"d/a/answer","time":"2026-01-10T09:00:00Z","rating":3,"practice":true,"hash":"ab"}"#
        let bad = good.replacingOccurrences(of: #""ab""#, with: #""\u12""#)
        var log = ReplayLog()
        #expect((try? JournalCodec.entry(from: ArraySlice(good.utf8))) != nil)
        #expect((try? log.append(line: ArraySlice(good.utf8))) != nil)
        #expect((try? JournalCodec.entry(from: ArraySlice(bad.utf8))) == nil)
        #expect((try? log.append(line: ArraySlice(bad.utf8))) == nil)
    }
}
