/// A compact binary form for values Recall caches on disk: numbers as variable-length
/// integers, texts as a length and UTF-8 bytes. Reading checks every length, so a damaged
/// file fails cleanly instead of producing nonsense.
public struct ArchiveWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func integer(_ value: Int) {
        // Zigzag, so small negative numbers stay small, then seven bits a byte.
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func bits(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func text(_ value: String) {
        integer(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    public mutating func texts(_ values: [String]) {
        integer(values.count)
        values.forEach { text($0) }
    }

    public mutating func optional<T>(_ value: T?, _ write: (inout ArchiveWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }
}

public struct ArchiveReader: Sendable {
    public struct Damaged: Error, Sendable {}

    private let bytes: [UInt8]
    private var index = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var atEnd: Bool { index == bytes.count }

    public mutating func integer() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    public mutating func bits() throws(Damaged) -> UInt64 {
        guard bytes.count - index >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) {
            value |= UInt64(bytes[index]) << UInt64(shift)
            index += 1
        }
        return value
    }

    public mutating func bool() throws(Damaged) -> Bool {
        guard index < bytes.count, bytes[index] <= 1 else { throw Damaged() }
        index += 1
        return bytes[index - 1] == 1
    }

    public mutating func text() throws(Damaged) -> String {
        let count = try integer()
        guard count >= 0, bytes.count - index >= count else { throw Damaged() }
        index += count
        return String(decoding: bytes[(index - count)..<index], as: UTF8.self)
    }

    public mutating func texts() throws(Damaged) -> [String] {
        try list { reader throws(Damaged) in try reader.text() }
    }

    /// A count, then that many values.
    public mutating func list<T>(_ read: (inout ArchiveReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let count = try integer()
        // Every value takes at least a byte: a larger count is damage, not a reason to allocate.
        guard count >= 0, count <= bytes.count - index else { throw Damaged() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    public mutating func optional<T>(_ read: (inout ArchiveReader) throws(Damaged) -> T) throws(Damaged) -> T? {
        try bool() ? try read(&self) : nil
    }
}
