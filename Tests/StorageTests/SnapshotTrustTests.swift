import Foundation
import Review
import Scheduler
import TestSupport
import Testing

@testable import Storage

/// A snapshot never disagrees with a rebuild: it is used only when the journal under it,
/// the time zone and the scheduling settings are the ones it was made with.
@Suite struct SnapshotTrustTests {
    let karachi = DayCalendar(zone: TimeZone(identifier: "Asia/Karachi")!)

    func store(_ folder: String, calendar: DayCalendar = utc, scheduler: FSRS = fsrs) throws -> ProgressStore {
        try ProgressStore(folder: folder, scheduler: scheduler, calendar: calendar, now: time("2026-01-10T12:00:00Z"))
    }

    /// Two answers, late in the UTC evening (already the next study day in Karachi), and a snapshot.
    func folderWithSnapshot() throws -> String {
        let folder = temporaryFolder()
        let store = try store(folder)
        try store.record(review("d/a/answer", .good, "2026-01-10T23:30:00Z"), now: time("2026-01-10T23:30:00Z"))
        try store.record(review("d/b/answer", .again, "2026-01-10T23:31:00Z"), now: time("2026-01-10T23:31:00Z"))
        try store.saveSnapshot(now: time("2026-01-10T23:35:00Z"))
        return folder
    }

    func rebuilt(_ folder: String, calendar: DayCalendar = utc, scheduler: FSRS = fsrs) throws -> CardBook {
        let copy = temporaryFolder()
        try FileManager.default.copyItem(atPath: folder + "/reviews.jsonl", toPath: copy + "/reviews.jsonl")
        return try store(copy, calendar: calendar, scheduler: scheduler).book
    }

    @Test func anotherTimeZoneCountsTheDaysAgain() throws {
        let folder = try folderWithSnapshot()
        let opened = try store(folder, calendar: karachi)
        #expect(opened.notices.contains { $0.contains("The time zone is now Asia/Karachi") }, "\(opened.notices)")
        #expect(opened.book.tallies == (try rebuilt(folder, calendar: karachi)).tallies)
        #expect(opened.book.tallies != (try rebuilt(folder)).tallies, "the days really differ")
    }

    @Test func otherSchedulingSettingsWorkTheStatesOutAgain() throws {
        let folder = try folderWithSnapshot()
        let strict = FSRS(settings: SchedulerSettings(desiredRetention: 0.97))
        let opened = try store(folder, scheduler: strict)
        #expect(opened.notices.contains { $0.contains("The scheduling settings changed") }, "\(opened.notices)")
        #expect(opened.book.cards == (try rebuilt(folder, scheduler: strict)).cards)

        // Changing them while open does the same.
        let open = try store(folder)
        try open.use(strict, now: time("2026-01-11T09:00:00Z"))
        #expect(open.book.cards == (try rebuilt(folder, scheduler: strict)).cards)
        #expect(try store(folder, scheduler: strict).notices.isEmpty, "the snapshot was written with them")
    }

    @Test func anEditThatKeepsTheLengthIsNoticed() throws {
        let folder = try folderWithSnapshot()
        let path = folder + "/reviews.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let rating = try #require(bytes.range(of: Data(#""rating":3"#.utf8)))
        bytes[rating.upperBound - 1] = UInt8(ascii: "4")
        try bytes.write(to: URL(fileURLWithPath: path))
        let opened = try store(folder)
        #expect(opened.notices.contains { $0.contains("did not match the journal") }, "\(opened.notices)")
        #expect(opened.book.cards == (try rebuilt(folder)).cards)
    }

    @Test(arguments: [
        (#""bytes":\d+"#, #""bytes":0"#), (#""bytes":\d+"#, #""bytes":-5"#),
        (#""learning",1,"[0-9a-f]{16}""#, #""learning",1,"7ff8000000000000""#),
    ])
    func aSnapshotThatDoesNotFitIsRebuiltNeverReplayedOnTop(pattern: String, replacement: String) throws {
        let folder = try folderWithSnapshot()
        let path = folder + "/progress.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let damaged = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        #expect(damaged != text)
        try damaged.write(toFile: path, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: path + ".bak")
        let opened = try store(folder)
        #expect(opened.notices.contains { $0.contains("was damaged") }, "\(opened.notices)")
        #expect(opened.book.cards == (try rebuilt(folder)).cards)
        #expect(opened.book.state(of: "d/a/answer").reps == 1)
    }
}

@Suite struct SnapshotAtTheEndTests {
    /// The snapshot file's inode: a new one is written beside it and renamed over it.
    func inode(_ folder: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: folder + "/progress.json")[.systemFileNumber] as? Int) ?? -1
    }

    @Test func aCommandThatAnsweredNothingLeavesTheSnapshotAsItIs() throws {
        let folder = temporaryFolder()
        let store = try openStore(folder)
        try store.record(review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        try store.saveSnapshotIfBehind(now: time("2026-01-10T09:01:00Z"))
        let written = try inode(folder)
        // Opened, looked at, left: nothing to add.
        try openStore(folder).saveSnapshotIfBehind(now: time("2026-01-10T10:00:00Z"))
        #expect(try inode(folder) == written)
        // An answer since (here by another store) is written at the end.
        try openStore(folder).record(
            review("d/b/answer", .again, "2026-01-10T10:00:00Z"), now: time("2026-01-10T10:00:00Z"))
        try store.saveSnapshotIfBehind(now: time("2026-01-10T10:01:00Z"))
        #expect(try inode(folder) != written)
        #expect(try openStore(folder).book.cards.count == 2)
    }

    @Test func aRebuiltSnapshotIsWrittenOnceNotAgainAtTheEnd() throws {
        let folder = temporaryFolder()
        try openStore(folder).record(
            review("d/a/answer", .good, "2026-01-10T09:00:00Z"), now: time("2026-01-10T09:00:00Z"))
        let store = try openStore(folder)  // no snapshot yet: rebuilt, and written on opening
        let written = try inode(folder)
        try store.saveSnapshotIfBehind(now: time("2026-01-10T10:00:00Z"))
        #expect(try inode(folder) == written)
    }
}
