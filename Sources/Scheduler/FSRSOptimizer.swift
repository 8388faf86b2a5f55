import Foundation

/// Fits a learner's 21 FSRS-6 weights to their review history, as fsrs-rs 6.6's
/// `compute_parameters` does (fsrs.md §7.3–7.4): the outlier filter, the minimum data, the
/// pre-trained initial stabilities, then gradient training from them with recency weights,
/// batches, L2 regularisation toward the starting point, Adam with a cosine-annealed learning
/// rate and the parameter clamps after every step; w0–w3 are smoothed again at the end.
/// Pure: the same items and generator give the same weights.
public enum FSRSOptimizer {
    public struct Configuration: Sendable {
        public var epochs = 5
        public var batchSize = 512
        public var learningRate = 0.04
        /// Items with more reviews than this are left out of training.
        public var maximumReviews = 256
        /// The weight of the regularisation toward the pre-trained starting point.
        public var gamma = 1.0

        public init() {}
    }

    public struct Result: Sendable, Equatable {
        /// The fitted weights (the defaults when the data allow no fit).
        public var weights: [Double]
        /// What the data allowed, after the outlier filter.
        public var amount: OptimizerData.Amount
        /// The items left after the outlier filter.
        public var items: Int
    }

    /// fsrs-rs's standard deviations of the weights across learners, which scale the L2 penalty.
    static let deviations: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    /// The weights fitted to `items` (in the order of their last review, oldest first).
    /// `random` shuffles the batches; `progress` hears the share of training done.
    public static func fit(
        _ items: [FSRSItem], configuration: Configuration = Configuration(),
        using random: inout some RandomNumberGenerator, progress: (Double) -> Void = { _ in }
    ) -> Result {
        let kept = OptimizerData.removingOutliers(items)
        // Over the items the filter keeps, as fsrs-rs 6.6.2 counts it (checked against it).
        let averageRecall = kept.isEmpty ? 0 : Double(kept.filter(\.recalled).count) / Double(kept.count)
        let amount = OptimizerData.amount(of: kept)
        var result = Result(weights: FSRSParameters.defaultWeights, amount: amount, items: kept.count)
        switch amount {
        case .tooFew, .noFirstReviews:
            return result
        case .initialStabilitiesOnly, .full:
            break
        }
        let pretrained = InitialStability.fit(kept, averageRecall: averageRecall)
        guard let initial = InitialStability.smoothed(pretrained.stabilities, counts: pretrained.counts) else {
            return result
        }
        let start = initial + FSRSParameters.defaultWeights[4...]
        result.weights = start
        guard amount == .full else { return result }
        var trained = train(kept, from: start, configuration, &random, progress)
        let refitted = Dictionary(uniqueKeysWithValues: (0..<4).map { (Rating(rawValue: $0 + 1)!, trained[$0]) })
        if let smoothed = InitialStability.smoothed(refitted, counts: pretrained.counts) {
            trained.replaceSubrange(0..<4, with: smoothed)
        }
        result.weights = trained
        return result
    }

    /// The training proper: 21 weights from `start`.
    static func train(
        _ items: [FSRSItem], from start: [Double], _ configuration: Configuration,
        _ random: inout some RandomNumberGenerator, _ progress: (Double) -> Void
    ) -> [Double] {
        let set = TrainingSet(items, maximumReviews: configuration.maximumReviews, batchSize: configuration.batchSize)
        let total = set.count
        let steps = (total / configuration.batchSize + 1) * configuration.epochs
        var adam = Adam()
        var w = start
        var step = 0
        for _ in 0..<configuration.epochs {
            var order = Array(set.batches.indices)
            order.shuffle(using: &random)
            for batch in order.map({ set.batches[$0] }) {
                step += 1
                var gradient = set.gradient(of: batch, at: w)
                let share = configuration.gamma * Double(batch.count) / Double(total)
                for index in 0..<21 {
                    let deviation = deviations[index]
                    gradient[index] += 2 * share * (w[index] - start[index]) / (deviation * deviation)
                }
                // The rate of step k (from 1) is cosine-annealed from (k − 1): the first step takes the
                // full rate, as in fsrs-rs 6.6.2 (checked against it).
                let rate = configuration.learningRate * (1 + cos(Double.pi * Double(step - 1) / Double(steps))) / 2
                adam.step(&w, gradient, rate: rate)
                clip(&w)
                progress(Double(step) / Double(set.batches.count * configuration.epochs))
            }
        }
        return w
    }

    /// The clamps of fsrs.md §4 as training applies them (w19 kept at 0.01 or more).
    static func clip(_ w: inout [Double]) {
        for index in 0..<21 {
            let lower = index == 19 ? 0.01 : FSRSParameters.lowerBounds[index]
            w[index] = min(max(w[index], lower), FSRSParameters.upperBounds[index])
        }
    }
}

/// Adam (β1 0.9, β2 0.999, ε 1e-8) over the 21 weights.
struct Adam {
    private var first = [Double](repeating: 0, count: 21)
    private var second = [Double](repeating: 0, count: 21)
    private var time = 0

    mutating func step(_ w: inout [Double], _ gradient: [Double], rate: Double) {
        time += 1
        let firstCorrection = 1 - pow(0.9, Double(time)), secondCorrection = 1 - pow(0.999, Double(time))
        for index in 0..<21 {
            let g = gradient[index]
            first[index] = first[index] * 0.9 + g * 0.1
            second[index] = second[index] * 0.999 + g * g * 0.001
            w[index] -=
                rate * (first[index] / firstCorrection) / ((second[index] / secondCorrection).squareRoot() + 1e-8)
        }
    }
}
