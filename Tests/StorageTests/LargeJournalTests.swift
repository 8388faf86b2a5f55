import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

/// A journal bigger than the 4 MB the store reads at a time: lines that cross from one read
/// into the next, and a line longer than a whole read, are each read once and whole.
@Suite struct LargeJournalTests {
    /// Six megabytes of answers, one of them five megabytes long on its own.
    func largeJournal() throws -> (folder: String, entries: [JournalEntry]) {
        let folder = temporaryFolder()
        var entries: [JournalEntry] = []
        var text: [UInt8] = []
        var clock = time("2026-01-01T08:00:00Z")
        for index in 0..<8_000 {
            clock = clock + .seconds(97)
            var answer = review("d/f\(index % 700)/answer", Rating(rawValue: index % 4 + 1)!, clock.iso)
            if index == 4_000 { answer.answer = String(repeating: "long answer ", count: 440_000) }
            entries.append(.review(answer))
            text += JournalCodec.line(for: .review(answer)).utf8
        }
        #expect(text.count > 6_000_000)
        try Data(text).write(to: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        return (folder, entries)
    }

    @Test func everyLineIsReadOnceAcrossReadsAndPastTheBufferSize() throws {
        let (folder, entries) = try largeJournal()
        let store = try openStore(folder)
        let expected = CardBook.rebuild(from: entries, scheduler: fsrs, calendar: utc)
        #expect(store.book.cards == expected.cards)
        #expect(store.book.tallies == expected.tallies)
        #expect(store.notices.allSatisfy { !$0.contains("skipped") })
        // And read again on top of the snapshot it wrote, with one answer more.
        try store.record(review("d/f1/answer", .good, "2026-03-01T08:00:00Z"), now: time("2026-03-01T08:00:00Z"))
        try store.saveSnapshot(now: time("2026-03-01T08:00:00Z"))
        let reopened = try openStore(folder)
        #expect(reopened.book.cards == store.book.cards)
        #expect(reopened.notices.isEmpty)
    }

    /// Room for the replay is made once, from the first lines' length: never under the
    /// count (the array would double), and not far over it.
    @Test func theLineCountIsEstimatedFromTheFirstLines() throws {
        let folder = temporaryFolder()
        let line = JournalCodec.line(for: .review(review("d/f/answer", .good, "2026-01-01T08:00:00Z")))
        try Data(String(repeating: line, count: 20_000).utf8).write(
            to: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        let estimate = try JournalFile(path: folder + "/reviews.jsonl", writable: false).estimatedLineCount()
        #expect((20_000...21_100).contains(estimate))
        #expect(try JournalFile(path: folder + "/none.jsonl", writable: false).estimatedLineCount() == 1)
    }
}
