import Foundation
import Review

extension ProgressStore {
    /// True when the journal still holds, unchanged, everything the snapshot covers.
    func journalMatches(_ covered: SnapshotCodec.Coverage) throws -> Bool {
        guard covered.bytes > 0 else { return true }
        let size = try journal.size
        var lastLine: ArraySlice<UInt8> = []
        // The covered region's last line: read back from its end, further back as long as the
        // line is longer than what was read.
        var window = 65_536
        while size >= covered.bytes {
            let start = max(0, covered.bytes - window)
            let lines = try journal.bytes(in: start..<covered.bytes)
            lastLine = Self.lastLine(of: lines[...]) ?? []
            if start == 0 || lastLine.startIndex > lines.startIndex { break }
            window *= 4
        }
        guard size >= covered.bytes && SnapshotCodec.hash(lastLine) == covered.lastLine,
            try covered.file == journal.identity || coveredPrefixIsUnchanged(covered)
        else {
            notices.append("The snapshot did not match the journal; progress was rebuilt from the journal.")
            return false
        }
        return true
    }

    /// Whether the journal's first `covered.bytes` still hash as when the snapshot was made:
    /// read only when the file is not the very one the snapshot saw (another program wrote
    /// it, or answers were added since).
    private func coveredPrefixIsUnchanged(_ covered: SnapshotCodec.Coverage) throws -> Bool {
        var prefix = PrefixHash()
        var offset = 0
        while offset < covered.bytes {
            let chunk = try journal.bytes(in: offset..<min(covered.bytes, offset + (4 << 20)))
            guard !chunk.isEmpty else { return false }
            prefix.add(chunk[...])
            offset += chunk.count
        }
        return prefix == covered.prefix
    }

    /// Whether the snapshot's states were worked out in this time zone and with these
    /// scheduling settings; when not, says which changed.
    func basisMatches(_ covered: SnapshotCodec.Coverage) -> Bool {
        guard let made = covered.basis, made != basis else { return covered.basis != nil }
        if made.zone != basis.zone {
            notices.append(
                "The time zone is now \(basis.zone) (the snapshot was made in \(made.zone)); study days were counted "
                    + "again from the journal.")
        } else {
            notices.append("The scheduling settings changed; every card's state was worked out again from the journal.")
        }
        return false
    }

    /// Passes each journal line from `start.bytes` on to `take` (`start` says how much came
    /// before) and returns the coverage reached. Malformed lines are skipped with a notice; a
    /// line from a newer version is refused. What follows the last line break is a whole
    /// line when it reads as one (ended here when the store answers), else a torn one (moved
    /// aside when the store answers, reported either way).
    func readJournal(
        from start: SnapshotCodec.Coverage, reportProblems: Bool = true,
        _ take: (ArraySlice<UInt8>) throws(JournalCodec.LineError) -> Void
    ) throws -> SnapshotCodec.Coverage {
        var reached = start
        var lineNumber = start.entries
        var skipped: [Int] = []
        var atStart = start.bytes == 0
        func read(_ text: ArraySlice<UInt8>) throws {
            // An editor may have put a byte order mark before the first line.
            let line = atStart && text.starts(with: [0xEF, 0xBB, 0xBF]) ? text.dropFirst(3) : text
            atStart = false
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
            do {
                try take(line)
                reached.entries += 1
            } catch JournalCodec.LineError.newerVersion(let version) {
                throw OpenError.newerJournal(path: journalPath, line: lineNumber, version: version)
            } catch {
                skipped.append(lineNumber)
            }
        }
        // The snapshot checks the journal by its last line, whatever that line holds: hashed
        // once a chunk, not once a line.
        let end = try journal.scan(
            from: start.bytes,
            whole: { chunk in
                reached.prefix.add(chunk)
                if let last = Self.lastLine(of: chunk) { reached.lastLine = SnapshotCodec.hash(last) }
            }, { line, _ in try read(line) })
        reached.bytes = end.offset
        if !end.tornBytes.isEmpty, (try? JournalCodec.entry(from: end.tornBytes[...])) != nil {
            try read(end.tornBytes[...])
            reached.prefix.add(end.tornBytes[...])
            reached.lastLine = SnapshotCodec.hash(end.tornBytes[...])
            if access == .answering {
                try journal.append([0x0A])
                reached.prefix.add([0x0A])
            } else {
                holdsUnendedLine = true
            }
            reached.bytes += end.tornBytes.count + (access == .answering ? 1 : 0)
        } else if !end.tornBytes.isEmpty, reportProblems {
            try reportTornLine(end)
        }
        if reportProblems && !skipped.isEmpty {
            let shown = skipped.prefix(5).map(String.init).joined(separator: ", ")
            notices.append(
                "\(skipped.count) journal line\(skipped.count == 1 ? " was" : "s were") not a review and skipped "
                    + "(line \(shown)\(skipped.count > 5 ? ", …" : ""))."
            )
        }
        return reached
    }

    /// The last line of whole lines (each ending in a line break), without its break.
    private static func lastLine(of lines: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard !lines.isEmpty else { return nil }
        let body = lines.dropLast()
        return body[(body.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex)...]
    }

    /// A crash mid-write can leave a last line cut short. Answering, its bytes go to a side
    /// file of their own and the journal is cut back to the last whole line; reading, it is
    /// only reported.
    private func reportTornLine(_ end: JournalFile.ScanEnd) throws {
        let size = "\(end.tornBytes.count) bytes, from a crash"
        guard access == .answering else {
            notices.append(
                "The journal's last line was cut short (\(size)) and is ignored; the next command that answers "
                    + "moves it aside.")
            return
        }
        let aside = FileSystem.recoveryName(journalPath + ".torn-\(Int(Date().timeIntervalSince1970))")
        try FileSystem.writeAtomically(end.tornBytes, to: aside)
        try journal.truncate(to: end.offset)
        notices.append(
            "The journal's last line was cut short (\(size)) and is ignored; its bytes are kept in "
                + "\((aside as NSString).lastPathComponent)."
        )
    }
}
