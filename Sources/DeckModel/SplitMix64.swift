/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator whose output function also
/// serves as a 64-bit mixer. Recall's one copy of it seeds `SeededRandom`, draws a review's
/// fuzz from its card and time, and gives the exam forecast's learners their answers.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform number in [0, 1): the top 53 bits over 2^53.
    public mutating func uniform() -> Double {
        Self.unit(next())
    }

    /// The output function: every bit of `value` reaches every bit of the result.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `value`'s top 53 bits as a number in [0, 1).
    public static func unit(_ value: UInt64) -> Double {
        Double(value >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}
