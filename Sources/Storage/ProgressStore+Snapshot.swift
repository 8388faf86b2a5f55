import DeckModel
import Foundation
import Review
import Scheduler

/// The snapshot, `progress.json`: read on opening, trusted only on the basis it was made on,
/// and written atomically (the one before kept as `.bak`) when it is due.
extension ProgressStore {
    /// The snapshot, or nil when it is missing or corrupt (corrupt files are moved aside).
    func readSnapshot() throws -> (CardBook, SnapshotCodec.Coverage)? {
        var candidates = [snapshotPath, snapshotPath + ".bak"]
        while let path = candidates.first {
            candidates.removeFirst()
            guard let bytes = try FileSystem.read(path) else { continue }
            do {
                let snapshot = try SnapshotCodec.decode(bytes)
                if path != snapshotPath {
                    notices.append(
                        "\(Self.snapshotName) was missing or unusable; progress was read from \(Self.snapshotName).bak "
                            + "and the journal after it, and \(Self.snapshotName) written again.")
                    snapshotIsStale = true
                }
                return snapshot
            } catch .newerFormat(let format) {
                throw OpenError.newerSnapshot(path: path, format: format)
            } catch .olderLayout {
                notices.append(
                    "\((path as NSString).lastPathComponent) was in a layout this Recall no longer reads; "
                        + "progress was rebuilt from the journal.")
                snapshotIsStale = true
            } catch .corrupt(let reason) {
                let aside = FileSystem.moveAside(path, suffix: "corrupt-\(Int(Date().timeIntervalSince1970))")
                notices.append(
                    "\((path as NSString).lastPathComponent) was damaged (\(reason)); moved it to "
                        + "\(aside.map { ($0 as NSString).lastPathComponent } ?? "nowhere") and rebuilt progress "
                        + "from the journal."
                )
                snapshotIsStale = true
            }
        }
        return nil
    }

    /// The time zone and scheduling settings states are worked out with now.
    var basis: SnapshotCodec.Basis {
        let fingerprint = String(FNV1a.hash(scheduler.settings.canonicalText.utf8), radix: 16)
        return SnapshotCodec.Basis(zone: calendar.zoneName, scheduling: fingerprint)
    }

    /// True when enough answers were added since the last snapshot that one should be
    /// written: the caller writes it (`saveSnapshotIfDue`) once the answer's verdict is
    /// shown, so that no answer waits for it. The journal has every answer meanwhile.
    public var isSnapshotDue: Bool { entriesSinceSnapshot >= snapshotEvery }

    /// Writes the snapshot when it is due; a failure only leaves it for later.
    public func saveSnapshotIfDue(now: Timestamp) {
        guard isSnapshotDue else { return }
        try? saveSnapshot(now: now)
    }

    /// Writes the snapshot now (atomically, keeping the previous one as `.bak`).
    public func saveSnapshot(now: Timestamp) throws {
        try lock.withLock {
            try catchUp()
            try writeSnapshot(now: now)
        }
    }

    /// Writes the snapshot unless it already holds every answer in the journal, as when a
    /// learner opens Recall, looks and leaves: a command's last step.
    public func saveSnapshotIfBehind(now: Timestamp) throws {
        try lock.withLock {
            try catchUp()
            guard entriesSinceSnapshot > 0 || snapshotIsStale else { return }
            try writeSnapshot(now: now)
        }
    }

    func writeSnapshot(now: Timestamp) throws {
        guard !holdsUnendedLine else { return }
        var stamped = coverage
        (stamped.file, stamped.basis) = (journal.identity, basis)
        try FileSystem.writeAtomically(to: snapshotPath, keepingPreviousAs: snapshotPath + ".bak") { write in
            try SnapshotCodec.encode(book, coverage: stamped, written: now, into: write)
        }
        entriesSinceSnapshot = 0
        snapshotIsStale = false
    }

    func saveSnapshotIgnoringFailure(now: Timestamp) {
        do {
            try writeSnapshot(now: now)
        } catch {
            notices.append("Could not save the progress snapshot (\(error)); the journal still has every answer.")
        }
    }
}
