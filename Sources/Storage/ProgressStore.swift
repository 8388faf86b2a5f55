import DeckModel
import Foundation
import Review
import Scheduler

/// A learner's progress on disk, in `$RECALL_HOME`:
///
/// - `reviews.jsonl`, the journal, is the truth: one line per answer, appended and fsynced
///   before the verdict is shown.
/// - `progress.json` is a snapshot of every card's state, written atomically, saying how much
///   of the journal it covers; `progress.json.bak` keeps the one before.
///
/// On open the snapshot is loaded and the rest of the journal replayed. A missing, corrupt
/// or stale snapshot is rebuilt from the journal (a corrupt file is moved aside, never
/// deleted). A torn last journal line is moved aside too. Files from a newer Recall are
/// refused, never overwritten. Every write happens under a file lock and first takes in
/// what other Recall processes appended, so two instances never lose an answer.
public final class ProgressStore {
    public let folder: String
    public private(set) var book = CardBook()
    /// One-line notices about what opening had to repair, for the user.
    public internal(set) var notices: [String] = []

    private(set) var scheduler: FSRS
    let calendar: DayCalendar
    let lock: FileLock
    private(set) var journal: JournalFile
    let access: Access
    /// True when the book holds a whole last journal line that has no line break yet: left
    /// for an answering store to end, so no snapshot is written over it meanwhile.
    var holdsUnendedLine = false
    /// The id of the latest review applied to each card since the book was last rebuilt.
    private var latestReviews: [CardKey: String] = [:]
    /// The ids of the practice answers this store has read or written: undoing or overriding
    /// one changes no card.
    private var practiceReviews: Set<String> = []
    /// The id of this store's own latest review of each card, for its undo.
    private var ownReviews: [CardKey: String] = [:]
    var coverage = SnapshotCodec.Coverage()
    var entriesSinceSnapshot = 0
    /// Set when opening had to rebuild, or to read the backup: the snapshot is then written.
    var snapshotIsStale = false

    /// What a store may do to the journal.
    public enum Access: Sendable {
        /// Append answers, and repair the journal's end (end a whole last line, move a torn
        /// one aside).
        case answering
        /// Read only: the journal is never written or created, and a problem at its end is
        /// reported and left to the next command that answers. The snapshot, a cache, may be.
        case reading
    }

    public static let journalName = "reviews.jsonl"
    public static let snapshotName = "progress.json"
    /// Answers between automatic snapshots, bounding what a start has to replay.
    let snapshotEvery: Int

    public enum OpenError: Error, CustomStringConvertible {
        case newerSnapshot(path: String, format: Int)
        case newerJournal(path: String, line: Int, version: Int)

        public var description: String {
            switch self {
            case .newerSnapshot(let path, let format):
                "\(path) was written by a newer version of Recall (format \(format)); update Recall. The file was "
                    + "left untouched."
            case .newerJournal(let path, let line, let version):
                "\(path) line \(line) was written by a newer version of Recall (version \(version)); update Recall. "
                    + "The file was left untouched."
            }
        }
    }

    public var journalPath: String { folder + "/" + Self.journalName }
    var snapshotPath: String { folder + "/" + Self.snapshotName }

    /// Opens (creating when needed) the store in `folder`. A snapshot is written every
    /// `snapshotEvery` answers (and on request).
    public init(
        folder: String, scheduler: FSRS, calendar: DayCalendar, now: Timestamp, snapshotEvery: Int = 500,
        access: Access = .answering, onLockWait: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.folder = folder
        self.access = access
        self.scheduler = scheduler
        self.calendar = calendar
        self.snapshotEvery = max(1, snapshotEvery)
        try FileSystem.makeFolder(folder)
        lock = try FileLock(path: folder + "/lock", onWait: onLockWait)
        journal = try JournalFile(path: folder + "/" + Self.journalName, writable: access == .answering)
        try lock.withLock {
            FileSystem.removeStaleTemporaries(of: snapshotPath)
            try load()
            if entriesSinceSnapshot >= snapshotEvery || snapshotIsStale {
                saveSnapshotIgnoringFailure(now: now)
            }
        }
    }

    // MARK: - Loading

    private func load() throws {
        if let (snapshot, covered) = try readSnapshot(), basisMatches(covered), try journalMatches(covered) {
            book = snapshot
            coverage = covered
            let needsRebuild = try replayTail()
            if !needsRebuild { return }
            notices.append("An undo reached past the snapshot; progress was rebuilt from the journal.")
        }
        try rebuild()
    }

    /// Applies the journal after the snapshot. Returns true when an undo needs a rebuild.
    private func replayTail() throws -> Bool {
        var needsRebuild = false
        let before = coverage.entries
        coverage = try readJournal(from: coverage) { line throws(JournalCodec.LineError) in
            let entry = try JournalCodec.entry(from: line)
            // Once a rebuild is due, the rest is read by it.
            guard !needsRebuild else { return }
            needsRebuild = !applyInPlace(entry)
        }
        entriesSinceSnapshot += coverage.entries - before
        return needsRebuild
    }

    /// Builds the book from the whole journal, read once into a compact replay log.
    private func rebuild() throws {
        book = CardBook()
        latestReviews = [:]
        coverage = SnapshotCodec.Coverage()
        guard try journal.size > 0 else { return }
        snapshotIsStale = true
        if !notices.contains(where: { $0.contains("rebuilt") }) {
            notices.append("No usable snapshot; progress was rebuilt from the journal.")
        }
        try PeakMemory.alone {
            var log = ReplayLog(capacity: try journal.estimatedLineCount())
            coverage = try readJournal(from: coverage) { line throws(JournalCodec.LineError) in
                try log.append(line: line)
            }
            book = (consume log).book(scheduler: scheduler, calendar: calendar)
        }
        entriesSinceSnapshot = coverage.entries
    }

    /// Schedules later answers with new settings (the past stays as it was scheduled).
    /// Schedules with new settings. States are a function of the journal and the settings,
    /// so when the settings scheduling uses change, every state is worked out again.
    public func use(_ scheduler: FSRS, now: Timestamp) throws {
        let changed = scheduler.settings.canonicalText != self.scheduler.settings.canonicalText
        self.scheduler = scheduler
        guard changed else { return }
        try lock.withLock {
            try rebuild()
            saveSnapshotIgnoringFailure(now: now)
        }
    }

    // MARK: - Writing

    /// Journals an answer (fsynced before this returns) and applies it. Returns the card's
    /// new state.
    @discardableResult
    public func record(_ review: ReviewRecord, now: Timestamp) throws -> CardState {
        var review = review
        if review.id == nil { review.id = Self.newReviewID() }
        try append(.review(review), now: now)
        ownReviews[review.card] = review.id
        return book.state(of: review.card)
    }

    /// Undoes this store's latest review of `card`, by its id, even when another process
    /// answered the card since (an undo entry is journaled; nothing is deleted).
    public func undo(card: CardKey, at time: Timestamp) throws {
        try append(.undo(card: card, time: time, undoes: ownReviews.removeValue(forKey: card)), now: time)
    }

    /// "I was right": this store's latest review of `card` counts as correct, rated
    /// `rating`. An override line names it by its id; nothing is deleted.
    public func override(card: CardKey, rating: Rating, at time: Timestamp) throws {
        guard let id = ownReviews[card] else { throw NothingToOverride(card: card) }
        try append(.override(card: card, time: time, overrides: id, rating: rating), now: time)
    }

    /// An override asked for with no answer of this store's to override.
    public struct NothingToOverride: Error, CustomStringConvertible {
        public let card: CardKey
        public var description: String { "no answer to \(card) to count as right" }
    }

    /// 64 random bits in hex: unique across processes and machines for any journal's life.
    static func newReviewID() -> String {
        let bits = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - bits.count) + bits
    }

    private func append(_ entry: JournalEntry, now: Timestamp) throws {
        precondition(access == .answering, "a store opened for reading journals nothing")
        try lock.withLock {
            try catchUp()
            let line = Array(JournalCodec.line(for: entry).utf8)
            try journal.append(line)
            coverage.bytes += line.count
            coverage.entries += 1
            coverage.lastLine = SnapshotCodec.hash(line.dropLast())
            coverage.prefix.add(line[...])
            entriesSinceSnapshot += 1
            try apply(entry)
        }
    }

    /// Applies an entry to the book. An undo of a review that is not the card's latest (another
    /// process answered the card since) is resolved exactly by a rebuild.
    private func apply(_ entry: JournalEntry) throws {
        if !applyInPlace(entry) { try rebuild() }
    }

    /// Applies an entry to the book where that is exact; false when the book must be rebuilt.
    private func applyInPlace(_ entry: JournalEntry) -> Bool {
        switch entry {
        case .review(let review) where review.practice:
            if let id = review.id { practiceReviews.insert(id) }
            return true
        case .undo(_, _, let undoes?) where practiceReviews.contains(undoes): return true
        case .override(_, _, let overrides, _) where practiceReviews.contains(overrides): return true
        case .undo(let card, _, let undoes?) where latestReviews[card] != undoes: return false
        case .override(let card, _, let overrides, _) where latestReviews[card] != overrides: return false
        default: break
        }
        if book.apply(entry, scheduler: scheduler, calendar: calendar) == .needsRebuild { return false }
        switch entry {
        case .review(let review): latestReviews[entry.card] = review.id
        case .undo: latestReviews[entry.card] = nil
        // The review overridden is still the card's latest.
        case .override: break
        }
        return true
    }

    /// Takes in lines other processes appended since this one last looked, or, when another
    /// program replaced the journal, reads the new one from the start.
    func catchUp() throws {
        if journal.isReplaced {
            journal = try JournalFile(path: journalPath, writable: access == .answering)
            notices.append("The journal was replaced by another program; progress was read again from it.")
            return try rebuild()
        }
        guard try journal.size > coverage.bytes else { return }
        if try replayTail() { try rebuild() }
    }
}
