import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

@Suite struct ProgressStoreTests {
    func sampleAnswers(_ store: ProgressStore) throws {
        try store.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.record(review("d/a/answer", .good, "2026-01-10T09:10:00Z"), now: time("2026-01-10T09:10:00Z"))
        try store.record(review("d/b/answer", .again, "2026-01-10T09:11:00Z"), now: time("2026-01-10T09:11:00Z"))
        try store.record(review("d/c/answer", .easy, "2026-01-10T09:12:00Z"), now: time("2026-01-10T09:12:00Z"))
    }

    @Test func answersSurviveReopeningWithAndWithoutTheSnapshot() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try sampleAnswers(store)
        let expected = store.book.cards.mapValues(\.state)
        #expect(journalLines(folder).count == 4)

        // The journal alone (no snapshot yet) rebuilds the same states.
        let reopened = try openStore(folder)
        #expect(reopened.book.cards.mapValues(\.state) == expected)
        #expect(reopened.notices.contains { $0.contains("rebuilt from the journal") })

        // Snapshot plus a tail.
        try reopened.saveSnapshot(now: time("2026-01-10T10:00:00Z"))
        try reopened.record(review("d/b/answer", .good, "2026-01-10T10:00:00Z"), now: time("2026-01-10T10:00:00Z"))
        let withTail = try openStore(folder)
        #expect(withTail.notices.isEmpty)
        #expect(withTail.book.cards.mapValues(\.state) == reopened.book.cards.mapValues(\.state))
        #expect(withTail.book.tallies == reopened.book.tallies)
    }

    @Test func undoIsJournaledAndSurvives() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try sampleAnswers(store)
        let before = store.book.state(of: "d/c/answer")
        try store.record(review("d/c/answer", .again, "2026-01-12T09:00:00Z"), now: time("2026-01-12T09:00:00Z"))
        try store.undo(card: "d/c/answer", at: time("2026-01-12T09:00:05Z"))
        #expect(store.book.state(of: "d/c/answer") == before)
        #expect(journalLines(folder).count == 6)
        #expect(journalLines(folder).last?.contains("\"type\":\"undo\"") == true)
        try store.saveSnapshot(now: time("2026-01-12T09:01:00Z"))
        // A second undo reaches past what the snapshot keeps: the store rebuilds.
        try store.undo(card: "d/c/answer", at: time("2026-01-12T09:02:00Z"))
        #expect(store.book.state(of: "d/c/answer") == .new)
        #expect(try openStore(folder).book.state(of: "d/c/answer") == .new)
    }

    @Test func aCorruptSnapshotIsMovedAsideAndRebuilt() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try sampleAnswers(store)
        try store.saveSnapshot(now: time("2026-01-10T10:00:00Z"))
        let expected = store.book.cards.mapValues(\.state)
        try Data("{\"format\":1,\"cards\":[[\"d/a".utf8).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        try? FileManager.default.removeItem(atPath: folder + "/progress.json.bak")
        let reopened = try openStore(folder)
        #expect(reopened.book.cards.mapValues(\.state) == expected)
        #expect(reopened.notices.contains { $0.contains("was damaged") })
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.contains { $0.hasPrefix("progress.json.corrupt-") })
    }

    @Test func aTruncatedSnapshotFallsBackToTheBackupOrTheJournal() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try sampleAnswers(store)
        try store.saveSnapshot(now: time("2026-01-10T10:00:00Z"))
        try store.saveSnapshot(now: time("2026-01-10T10:01:00Z"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json"))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        let reopened = try openStore(folder)
        #expect(reopened.book.cards.mapValues(\.state) == store.book.cards.mapValues(\.state))
    }

    @Test func aTornLastLineIsSetAsideAndIgnored() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try sampleAnswers(store)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"card\":\"d/z/answer\",\"time\":\"2026-01-1".utf8))
        try handle.close()
        let reopened = try openStore(folder)
        #expect(reopened.book.cards.count == 3)
        #expect(reopened.notices.contains { $0.contains("cut short") })
        #expect(journalLines(folder).count == 4)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix("reviews.jsonl.torn-") }
        )
        // Appending afterwards leaves a clean journal.
        try reopened.record(review("d/z/answer", .good, "2026-01-11T09:00:00Z"), now: time("2026-01-11T09:00:00Z"))
        #expect(try openStore(folder).book.cards.count == 4)
    }

    @Test func aReplacedJournalMakesTheSnapshotStale() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try sampleAnswers(store)
        try store.saveSnapshot(now: time("2026-01-10T10:00:00Z"))
        let other = JournalCodec.line(for: .review(review("d/q/answer", .good, "2026-01-10T09:00:00Z")))
        try Data(other.utf8).write(to: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        let reopened = try openStore(folder)
        #expect(Set(reopened.book.cards.keys) == ["d/q/answer"])
        #expect(reopened.notices.contains { $0.contains("did not match the journal") })
    }

    @Test func filesFromANewerRecallAreRefusedAndLeftAlone() throws {
        let folder = temporaryFolder()
        let newer = "{\"format\":9,\"cards\":[]}"
        try Data(newer.utf8).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        #expect(throws: ProgressStore.OpenError.self) { try openStore(folder) }
        #expect(try String(contentsOfFile: folder + "/progress.json", encoding: .utf8) == newer)

        let other = temporaryFolder()
        try Data("{\"v\":3,\"card\":\"d/a/answer\",\"time\":\"2026-01-10T09:00:00Z\",\"rating\":3}\n".utf8)
            .write(to: URL(fileURLWithPath: other + "/reviews.jsonl"))
        #expect(throws: ProgressStore.OpenError.self) { try openStore(other) }
    }

    @Test func malformedLinesAreSkippedWithANotice() throws {
        let folder = temporaryFolder()
        let good = JournalCodec.line(for: .review(review("d/a/answer", .good, "2026-01-10T09:00:00Z")))
        try Data((good + "garbage\n\n" + good.replacingOccurrences(of: "09:00", with: "09:05")).utf8)
            .write(to: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        let store = try openStore(folder)
        #expect(store.book.state(of: "d/a/answer").reps == 2)
        #expect(store.notices.contains { $0.contains("1 journal line was not a review and skipped (line 2)") })
    }

    /// Two stores on one folder, as two Recall processes would be: both append, neither
    /// loses the other's answers, and each sees them.
    @Test func twoInstancesShareTheJournalSafely() throws {
        let folder = temporaryFolder()
        let first = try openStore(folder)
        let second = try openStore(folder)
        try first.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try second.record(review("d/b/answer", .good, "2026-01-10T09:01:00Z"), now: time("2026-01-10T09:01:00Z"))
        try first.record(review("d/c/answer", .good, "2026-01-10T09:02:00Z"), now: time("2026-01-10T09:02:00Z"))
        #expect(Set(first.book.cards.keys) == ["d/a/answer", "d/b/answer", "d/c/answer"])
        try second.saveSnapshot(now: time("2026-01-10T09:03:00Z"))
        #expect(Set(second.book.cards.keys) == ["d/a/answer", "d/b/answer", "d/c/answer"])
        #expect(journalLines(folder).count == 3)
        #expect(try openStore(folder).book.cards.count == 3)
    }
}
