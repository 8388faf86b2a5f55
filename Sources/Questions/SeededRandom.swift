import DeckModel

/// A seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64), with the
/// shuffle and pick helpers the question engine uses.
///
/// Recall implements these itself instead of using the standard library's `shuffle(using:)`
/// and `random(in:using:)`, whose algorithms may change between Swift releases: the same
/// seed must give the same questions, byte for byte, on every build.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A uniform integer in `0..<bound` (bound > 0), without modulo bias.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// True with probability one half.
    public mutating func coin() -> Bool {
        next() >> 63 == 1
    }

    /// Fisher–Yates shuffle.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// A random element, or nil for an empty array.
    public mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[below(items.count)]
    }

    /// Runs `body` with this generator lent as an optional one (for code that draws at
    /// random when given a generator and goes in order when not), then takes it back.
    mutating func lending<T>(_ body: (inout SeededRandom?) -> T) -> T {
        var lent: SeededRandom? = self
        defer { self = lent! }
        return body(&lent)
    }

    /// A fresh seed from the system's entropy, for runs where the user gave none.
    public static func freshSeed() -> UInt64 {
        var system = SystemRandomNumberGenerator()
        return system.next() % 1_000_000_000
    }
}
