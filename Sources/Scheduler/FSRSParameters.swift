import Foundation

/// The 21 weights of FSRS-6, validated against the ranges py-fsrs accepts.
public struct FSRSParameters: Sendable, Equatable, Codable {
    public let weights: [Double]

    /// py-fsrs 6.3.2's `DEFAULT_PARAMETERS`.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    public static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    public static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    public static let `default` = FSRSParameters(uncheckedWeights: defaultWeights)

    /// Why a parameter vector was refused.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case wrongCount(Int)
        case outOfRange(index: Int, value: Double, lower: Double, upper: Double)

        public var description: String {
            switch self {
            case .wrongCount(let count):
                "FSRS-6 needs 21 parameters, not \(count)"
            case .outOfRange(let index, let value, let lower, let upper):
                "parameter \(index) is \(value), outside \(lower)...\(upper)"
            }
        }
    }

    /// Refuses vectors py-fsrs would refuse (it raises; it never clips).
    public init(weights: [Double]) throws(Problem) {
        guard weights.count == 21 else { throw .wrongCount(weights.count) }
        for (index, value) in weights.enumerated() {
            let lower = Self.lowerBounds[index], upper = Self.upperBounds[index]
            guard value.isFinite, value >= lower, value <= upper else {
                throw .outOfRange(index: index, value: value, lower: lower, upper: upper)
            }
        }
        self.weights = weights
    }

    private init(uncheckedWeights: [Double]) {
        weights = uncheckedWeights
    }

    public subscript(_ index: Int) -> Double { weights[index] }

    /// The forgetting curve's exponent, `-w20`.
    public var decay: Double { -weights[20] }

    /// Chosen so that R(t = S) = 0.9.
    public var factor: Double { pow(0.9, 1 / decay) - 1 }
}
