import DeckModel
import Scheduler

/// Builds the snapshot's bytes directly, without intermediate strings, a piece at a time:
/// a collection of 100,000 cards is some 24 MB of text.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Hands the bytes so far to `sink` and starts again, keeping the buffer's room.
    mutating func flush<Failure: Error>(into sink: (ArraySlice<UInt8>) throws(Failure) -> Void) throws(Failure) {
        try sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func byte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func text(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func null() {
        text("null")
    }

    /// A JSON string literal (`QuotedText`), its bytes copied straight when it needs no escape.
    mutating func quoted(_ text: String) {
        guard QuotedText.isPlain(text) else { return self.text(QuotedText.quote(text)) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func integer(_ value: Int64?) {
        guard let value else { return null() }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// A number as a string of the 16 hex digits of its IEEE 754 bits: exact, and read
    /// back many times faster than a decimal (see `SnapshotReader.exactNumber`).
    mutating func exactNumber(_ value: Double?) {
        guard let value else { return null() }
        let hex = String(value.bitPattern, radix: 16)
        bytes.append(UInt8(ascii: "\""))
        for _ in hex.utf8.count..<16 { bytes.append(UInt8(ascii: "0")) }
        bytes.append(contentsOf: hex.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `[key, state, previous, firstReview, lastContribution, factHash]`.
    mutating func cardRow(_ key: CardKey, _ entry: CardBook.Entry) {
        byte(UInt8(ascii: "["))
        quoted(key.description)
        byte(UInt8(ascii: ","))
        state(entry.state)
        byte(UInt8(ascii: ","))
        if let previous = entry.previous { state(previous) } else { null() }
        byte(UInt8(ascii: ","))
        integer(entry.firstReview?.microseconds)
        byte(UInt8(ascii: ","))
        if let c = entry.lastContribution {
            byte(UInt8(ascii: "["))
            for (index, value) in [c.day, c.introduced ? 1 : 0, c.review ? 1 : 0, c.passed ? 1 : 0, c.milliseconds]
                .enumerated()
            {
                if index > 0 { byte(UInt8(ascii: ",")) }
                integer(Int64(value))
            }
            byte(UInt8(ascii: "]"))
        } else {
            null()
        }
        byte(UInt8(ascii: ","))
        if let hash = entry.factHash { quoted(hash) } else { null() }
        byte(UInt8(ascii: "]"))
    }

    /// `[phase, step, stability, difficulty, due, lastReview, reps, lapses]`.
    mutating func state(_ s: CardState) {
        byte(UInt8(ascii: "["))
        quoted(s.phase.rawValue)
        byte(UInt8(ascii: ","))
        integer(s.step.map(Int64.init))
        byte(UInt8(ascii: ","))
        exactNumber(s.stability)
        byte(UInt8(ascii: ","))
        exactNumber(s.difficulty)
        byte(UInt8(ascii: ","))
        integer(s.due?.microseconds)
        byte(UInt8(ascii: ","))
        integer(s.lastReview?.microseconds)
        byte(UInt8(ascii: ","))
        integer(Int64(s.reps))
        byte(UInt8(ascii: ","))
        integer(Int64(s.lapses))
        byte(UInt8(ascii: "]"))
    }
}
