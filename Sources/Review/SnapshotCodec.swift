import DeckModel
import Scheduler

/// `progress.json`: every card's state and the day tallies, with the format version and
/// how much of the journal the snapshot covers.
///
/// Cards are written as compact arrays, one per line, so that a collection of 100,000
/// cards loads quickly. Stability and difficulty are written as strings of the 16 hex
/// digits of their IEEE 754 bits: exact, and much faster to read than decimals. A snapshot
/// with decimals there (a layout that was never released) is not read: the store rebuilds
/// it from the journal.
public enum SnapshotCodec {
    /// The snapshot format this build writes; a file with a higher one is refused.
    public static let format = 1

    /// The part of the journal a snapshot already includes, and what its states were worked
    /// out with.
    public struct Coverage: Sendable, Equatable {
        /// Bytes of the journal applied (always ending at a line break).
        public var bytes: Int
        /// Entries (lines) applied.
        public var entries: Int
        /// FNV-1a of the last covered line, to notice a journal that was replaced.
        public var lastLine: UInt64
        /// The hash of the covered bytes, checked when the file is not the one it was.
        public var prefix = PrefixHash()
        /// The journal file as it was when the snapshot was written; nil when not known.
        public var file: FileIdentity?
        /// The time zone and the scheduling settings the states were worked out with; nil
        /// in snapshots from before they were kept.
        public var basis: Basis?

        public init(bytes: Int = 0, entries: Int = 0, lastLine: UInt64 = 0) {
            self.bytes = bytes
            self.entries = entries
            self.lastLine = lastLine
        }
    }

    /// A file as the system tells it apart: a file replaced or changed has another identity.
    public struct FileIdentity: Sendable, Equatable {
        public var device, inode, size, modifiedNanoseconds: Int64

        public init(device: Int64, inode: Int64, size: Int64, modifiedNanoseconds: Int64) {
            (self.device, self.inode, self.size, self.modifiedNanoseconds) = (device, inode, size, modifiedNanoseconds)
        }

        /// `DEVICE:INODE:SIZE:NANOSECONDS`, as the snapshot keeps it (a string, since the
        /// nanoseconds outgrow the integers JSON readers keep exact).
        public var text: String { "\(device):\(inode):\(size):\(modifiedNanoseconds)" }

        public init?(text: String) {
            let numbers = text.split(separator: ":").compactMap { Int64($0) }
            guard numbers.count == 4 else { return nil }
            self.init(device: numbers[0], inode: numbers[1], size: numbers[2], modifiedNanoseconds: numbers[3])
        }
    }

    /// What card states and day tallies depend on besides the journal: study days follow the
    /// time zone, and states the scheduling settings.
    public struct Basis: Sendable, Equatable {
        public var zone: String
        /// A fingerprint of the settings scheduling uses (`SchedulerSettings.fingerprint`).
        public var scheduling: String

        public init(zone: String, scheduling: String) {
            (self.zone, self.scheduling) = (zone, scheduling)
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        case corrupt(String)
        case newerFormat(Int)
        /// Numbers written as decimals rather than as their bits.
        case olderLayout
    }

    // MARK: - Writing

    /// The snapshot's bytes, whole (for tests and the fuzz target; the store streams them).
    public static func encode(_ book: CardBook, coverage: Coverage, written: Timestamp) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(book, coverage: coverage, written: written) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Writes the snapshot to `sink` in pieces of about `piece` bytes, so that a 24 MB
    /// snapshot never stands whole in memory beside the book it is made from.
    public static func encode<Failure: Error>(
        _ book: CardBook, coverage: Coverage, written: Timestamp, piece: Int = 1 << 20,
        into sink: (ArraySlice<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        var out = SnapshotWriter(capacity: piece + 4096)
        out.text("{\"format\":\(format),\"written\":\"\(written.iso)\",\n")
        let lastLine = String(coverage.lastLine, radix: 16)
        let file = coverage.file.map { ",\"file\":\"\($0.text)\"" }
        out.text(
            "\"journal\":{\"bytes\":\(coverage.bytes),\"entries\":\(coverage.entries),\"lastLine\":\"\(lastLine)\","
                + "\"prefix\":\"\(coverage.prefix.text)\"\(file ?? "")},\n")
        if let basis = coverage.basis {
            out.text("\"basis\":{\"zone\":")
            out.quoted(basis.zone)
            out.text(",\"scheduling\":")
            out.quoted(basis.scheduling)
            out.text("},\n")
        }
        // Read first, so that the reader makes room for the cards at once.
        out.text("\"cardCount\":\(book.cards.count),\n\"cards\":[")
        for (position, key) in book.cards.keys.sorted(by: { $0.description < $1.description }).enumerated() {
            out.text(position == 0 ? "\n" : ",\n")
            out.cardRow(key, book.cards[key]!)
            if out.bytes.count >= piece { try out.flush(into: sink) }
        }
        out.text("],\n\"tallies\":[")
        let tallies = book.tallies.sorted { ($0.key.deck, $0.key.day) < ($1.key.deck, $1.key.day) }
        for (position, (key, tally)) in tallies.enumerated() {
            out.text(position == 0 ? "\n[" : ",\n[")
            out.quoted(key.deck)
            for value in [
                key.day, tally.answers, tally.introduced, tally.reviews, tally.reviewsPassed, tally.milliseconds,
            ] {
                out.byte(UInt8(ascii: ","))
                out.integer(Int64(value))
            }
            out.byte(UInt8(ascii: "]"))
            if out.bytes.count >= piece { try out.flush(into: sink) }
        }
        out.text("]}\n")
        try out.flush(into: sink)
    }

    // MARK: - Reading

    /// Reads a snapshot. Its first key must be `format`, so that a file from a newer Recall
    /// is recognised (and refused) before anything else in it is read.
    public static func decode(_ bytes: [UInt8]) throws(Problem) -> (CardBook, Coverage) {
        var reader = SnapshotReader(cursor: ByteCursor(bytes[...]))
        do throws(SnapshotReader.Failure) {
            return try reader.snapshot()
        } catch {
            switch error {
            case .malformed(let problem) where problem.reason == SnapshotReader.decimalNumber: throw .olderLayout
            case .malformed(let problem): throw .corrupt("\(problem.reason) at byte \(problem.offset)")
            case .problem(let problem): throw problem
            }
        }
    }

    /// FNV-1a of a line's bytes.
    public static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        FNV1a.hash(bytes)
    }
}
