/// The 64-bit FNV-1a hash: fast, and stable across runs, builds and platforms, for
/// fingerprints and files Recall writes itself (it is no defence against crafted input).
public struct FNV1a: Sendable {
    @usableFromInline
    var state: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of everything added so far.
    public var value: UInt64 { state }

    public init() {}

    @inlinable
    public mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inlinable
    public mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { add(byte) }
    }

    @inlinable
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hasher = FNV1a()
        hasher.add(bytes)
        return hasher.value
    }
}
