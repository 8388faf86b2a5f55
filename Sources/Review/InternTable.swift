import DeckModel

/// Texts numbered in order of first appearance, looked up by their UTF-8 bytes without
/// making a string each time: an open-addressing table over the FNV-1a hashes, with the
/// bytes kept in one arena (a string per text, compared through its storage, made the
/// rebuild a sixth slower, `recall-bench`).
struct InternTable: Sendable {
    private var arena: [UInt8] = []
    /// Where each text's bytes end in the arena (they begin where the previous one ends).
    private var ends: [Int32] = []
    /// Each slot: the hash's upper half, then the id plus one; 0 when empty.
    private var slots = [UInt64](repeating: 0, count: 1024)
    /// Each text's FNV-1a hash.
    private(set) var hashes: [UInt64] = []

    var count: Int { ends.count }

    /// The text numbered `id`.
    func text(_ id: Int) -> String {
        String(decoding: arena[(id == 0 ? 0 : Int(ends[id - 1]))..<Int(ends[id])], as: UTF8.self)
    }

    /// The text's number, and whether it is new.
    mutating func id(of bytes: ArraySlice<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = FNV1a.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry >> 32 == hash >> 32 {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if matches(id, bytes) { return (Int32(id), false) }
            }
            slot = (slot + 1) & mask
        }
        let id = ends.count
        arena.append(contentsOf: bytes)
        ends.append(Int32(clamping: arena.count))
        hashes.append(hash)
        slots[slot] = (hash >> 32) << 32 | UInt64(id + 1)
        if ends.count * 2 > slots.count { grow() }
        return (Int32(id), true)
    }

    private func matches(_ id: Int, _ bytes: ArraySlice<UInt8>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1])
        guard Int(ends[id]) - start == bytes.count else { return false }
        return arena.withUnsafeBytes { stored in
            bytes.withUnsafeBytes { probe in Self.equal(UnsafeRawBufferPointer(rebasing: stored[start...]), probe) }
        }
    }

    /// Whether two byte runs are the same, eight bytes at a time (`probe` is no longer than
    /// `stored`).
    private static func equal(_ stored: UnsafeRawBufferPointer, _ probe: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset + 8 <= probe.count {
            guard
                stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == probe.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < probe.count {
            guard stored[offset] == probe[offset] else { return false }
            offset += 1
        }
        return true
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash >> 32) << 32 | UInt64(id + 1)
        }
    }
}
