import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

/// The journal's end: a whole last line without its line break is an answer, not a torn
/// line; commands that only read never write the journal; recovery files never replace
/// each other.
@Suite struct JournalEndTests {
    func append(_ text: String, to folder: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    func journal(_ folder: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: folder + "/reviews.jsonl"))
    }

    func files(_ folder: String, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(prefix) }.sorted()
    }

    func reader(_ folder: String) throws -> ProgressStore {
        try ProgressStore(
            folder: folder, scheduler: fsrs, calendar: utc, now: time("2026-01-10T12:00:00Z"), access: .reading)
    }

    /// A journal of one answer, then a whole second answer with no line break after it.
    func unendedJournal() throws -> String {
        let folder = temporaryFolder()
        try openStore(folder).record(
            review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        let line = JournalCodec.line(for: .review(review("d/b/answer", .again, "2026-01-10T09:01:00Z")))
        try append(String(line.dropLast()), to: folder)
        return folder
    }

    @Test func aWholeLastLineWithoutItsBreakIsKeptAndEnded() throws {
        let folder = try unendedJournal()
        let store = try openStore(folder)
        #expect(store.book.cards.count == 2)
        #expect(!store.notices.contains { $0.contains("cut short") })
        #expect(try files(folder, prefix: "reviews.jsonl.torn").isEmpty)
        #expect(try journal(folder).last == 0x0A && journalLines(folder).count == 2)
        // Appending after it leaves two whole lines and a third.
        try store.record(review("d/c/answer", .good, "2026-01-10T09:02:00Z"), now: time("2026-01-10T09:02:00Z"))
        #expect(journalLines(folder).count == 3)
        #expect(try openStore(folder).book.cards.count == 3)
    }

    @Test func readingNeverWritesTheJournal() throws {
        let folder = try unendedJournal()
        let before = try journal(folder)
        let store = try reader(folder)
        #expect(store.book.cards.count == 2, "the unended line counts")
        try store.saveSnapshot(now: time("2026-01-10T12:00:00Z"))
        #expect(try journal(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: folder + "/progress.json"), "no snapshot over an unended line")

        try append("{\"card\":\"d/z/answer\",\"ti", to: folder)
        let torn = try journal(folder)
        let reading = try reader(folder)
        #expect(reading.notices.contains { $0.contains("cut short") && $0.contains("the next command that answers") })
        #expect(try journal(folder) == torn && files(folder, prefix: "reviews.jsonl.torn").isEmpty)

        let empty = temporaryFolder()
        #expect(try reader(empty).book.cards.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: empty + "/reviews.jsonl"), "reading creates no journal")
    }

    @Test func recoveryFilesNeverReplaceEachOther() throws {
        let folder = temporaryFolder()
        try openStore(folder).record(
            review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        for cut in ["{\"card\":\"d/y", "{\"card\":\"d/z"] {
            try append(cut, to: folder)
            _ = try openStore(folder)
        }
        let torn = try files(folder, prefix: "reviews.jsonl.torn")
        #expect(torn.count == 2, "\(torn)")
        let kept = try torn.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        #expect(Set(kept) == ["{\"card\":\"d/y", "{\"card\":\"d/z"])
    }

    @Test func aJournalReplacedMidSessionGetsTheLaterAnswers() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.record(review("d/b/answer", .good, "2026-01-10T09:01:00Z"), now: time("2026-01-10T09:01:00Z"))
        // As `sed -i` does: a new file renamed over the old one, here without the second line.
        let path = folder + "/reviews.jsonl"
        try Data((journalLines(folder)[0] + "\n").utf8).write(to: URL(fileURLWithPath: path + ".new"))
        #expect(rename(path + ".new", path) == 0)
        try store.record(review("d/c/answer", .again, "2026-01-10T09:02:00Z"), now: time("2026-01-10T09:02:00Z"))
        #expect(journalLines(folder).count == 2, "the answer went to the file at the path")
        #expect(journalLines(folder)[1].contains("d/c/answer"))
        #expect(Set(store.book.cards.keys.map(\.description)) == ["d/a/answer", "d/c/answer"])
        #expect(try openStore(folder).book.cards.keys.count == 2)

        try FileManager.default.removeItem(atPath: path)
        try store.record(review("d/d/answer", .good, "2026-01-10T09:03:00Z"), now: time("2026-01-10T09:03:00Z"))
        #expect(journalLines(folder).count == 1, "a removed journal is started again, not written into the void")
    }

    /// A snapshot matches a journal whose last line is long, or is not a review: starting
    /// again does not rebuild.
    @Test func theSnapshotMatchesWhateverTheLastLineIs() throws {
        let long = String(repeating: "ذکر ", count: 30_000)
        let lastLines = [
            JournalCodec.line(
                for: .review(
                    ReviewRecord(
                        card: "d/b/answer", time: time("2026-01-10T09:01:00Z"), rating: .good, answer: long))),
            #"{"type":"note","text":"not a review"}"# + "\n",
            "   \n",
        ]
        for last in lastLines {
            let folder = temporaryFolder()
            try openStore(folder).record(
                review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
            try append(last, to: folder)
            try openStore(folder).saveSnapshot(now: time("2026-01-10T10:00:00Z"))
            let again = try openStore(folder)
            #expect(!again.notices.contains { $0.contains("rebuilt") }, "\(last.prefix(40)): \(again.notices)")
        }
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsNoProblem() throws {
        let folder = temporaryFolder()
        let line = JournalCodec.line(for: .review(review("d/a/answer", .good, "2026-01-10T09:00:00Z")))
        try Data([0xEF, 0xBB, 0xBF] + Array(line.utf8)).write(to: URL(fileURLWithPath: folder + "/reviews.jsonl"))
        let store = try openStore(folder)
        #expect(store.book.cards.count == 1)
        #expect(!store.notices.contains { $0.contains("not a review") }, "\(store.notices)")
    }

    @Test func aMissingSnapshotWithABackupIsSaidAndWrittenAgain() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.saveSnapshot(now: time("2026-01-10T10:00:00Z"))
        try store.saveSnapshot(now: time("2026-01-10T10:05:00Z"))
        try FileManager.default.removeItem(atPath: folder + "/progress.json")
        let reopened = try openStore(folder)
        #expect(reopened.book.cards.count == 1)
        #expect(reopened.notices.contains { $0.contains("was read from progress.json.bak") }, "\(reopened.notices)")
        #expect(FileManager.default.fileExists(atPath: folder + "/progress.json"))
    }

    /// No answer waits for the snapshot: recording only says it is due, and the caller
    /// writes it once the verdict is shown.
    @Test func theSnapshotIsWrittenAfterTheAnswerNotDuringIt() throws {
        let folder = temporaryFolder()
        let store = try ProgressStore(
            folder: folder, scheduler: fsrs, calendar: utc, now: time("2026-01-10T09:00:00Z"), snapshotEvery: 2)
        try store.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.record(review("d/b/answer", .good, "2026-01-10T09:01:00Z"), now: time("2026-01-10T09:01:00Z"))
        #expect(store.isSnapshotDue)
        #expect(!FileManager.default.fileExists(atPath: folder + "/progress.json"), "not during the answer")
        store.saveSnapshotIfDue(now: time("2026-01-10T09:01:00Z"))
        #expect(FileManager.default.fileExists(atPath: folder + "/progress.json") && !store.isSnapshotDue)
        #expect(try openStore(folder).notices.isEmpty)
    }
}
