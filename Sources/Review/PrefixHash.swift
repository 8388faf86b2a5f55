/// A hash of a journal's bytes from its start, kept up as lines are appended, so that a
/// snapshot can tell the journal it covers is still the same (even after an edit that kept
/// its length) without the journal being read whole at every start.
///
/// FNV-1a's prime over 8-byte words rather than bytes, with a shift to mix: hand-written
/// because verifying a 160 MB journal byte by byte would take a start's whole budget.
public struct PrefixHash: Sendable, Equatable {
    /// The hash of the whole words so far.
    public private(set) var state: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The bytes after them (fewer than 8), little-endian, and how many there are.
    private var tail: UInt64 = 0
    private var tailCount = 0

    public init() {}

    public mutating func add(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while tailCount > 0 && offset < raw.count {
                take(raw[offset])
                offset += 1
            }
            while offset + 8 <= raw.count {
                fold(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            while offset < raw.count {
                take(raw[offset])
                offset += 1
            }
        }
    }

    /// `STATE:TAIL` in hex (the tail's bytes in order), as the snapshot keeps it.
    public var text: String {
        let bytes = (0..<tailCount).map { UInt8(truncatingIfNeeded: tail >> (8 * UInt64($0))) }
        return String(state, radix: 16) + ":" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let state = UInt64(parts[0], radix: 16), parts[1].count % 2 == 0,
            parts[1].count <= 14
        else { return nil }
        self.state = state
        var index = parts[1].startIndex
        while index < parts[1].endIndex {
            let next = parts[1].index(index, offsetBy: 2)
            guard let byte = UInt8(parts[1][index..<next], radix: 16) else { return nil }
            take(byte)
            index = next
        }
    }

    private mutating func take(_ byte: UInt8) {
        tail |= UInt64(byte) << (8 * UInt64(tailCount))
        tailCount += 1
        if tailCount == 8 {
            fold(tail)
            (tail, tailCount) = (0, 0)
        }
    }

    private mutating func fold(_ word: UInt64) {
        state = (state ^ word) &* 0x0000_0100_0000_01B3
        state ^= state >> 29
    }
}
