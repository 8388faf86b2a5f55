import Foundation

/// The pre-training of the initial stabilities w0–w3 (fsrs.md §7.4 step 2), as fsrs-rs's
/// `parameter_initialization` does it: for each first rating, the one stability whose
/// forgetting curve best fits the pass rates of the cards' first long-term reviews.
public enum InitialStability {
    /// The fitted stability per first rating, and how many items each rests on.
    public struct Fit: Sendable, Equatable {
        public var stabilities: [Rating: Double]
        public var counts: [Rating: Int]
    }

    static let range = 0.001...100.0

    /// Fits on `items`' first long-term reviews (the items with exactly one). Each rating's
    /// pass rates per day are smoothed toward `averageRecall` (Laplace), and the stability
    /// minimising their count-weighted cross-entropy under the default decay, plus
    /// |S − default S0|/16, is found by ternary search on [0.001, 100].
    public static func fit(_ items: [FSRSItem], averageRecall: Double) -> Fit {
        var outcomes: [Rating: [Int: (passed: Int, count: Int)]] = [:]
        for item in items where item.longTermReviews == 1 {
            guard let first = item.reviews.first, let review = item.reviews.first(where: { $0.deltaT > 0 }) else {
                continue
            }
            outcomes[first.rating, default: [:]][review.deltaT, default: (0, 0)].passed +=
                review.rating > .again ? 1 : 0
            outcomes[first.rating, default: [:]][review.deltaT, default: (0, 0)].count += 1
        }
        var fit = Fit(stabilities: [:], counts: [:])
        for (rating, byDays) in outcomes {
            let groups = byDays.map { days, outcome in
                let count = Double(outcome.count)
                let recall = (Double(outcome.passed) + averageRecall) / (count + 1)
                return (days: Double(days), recall: recall, count: count)
            }
            let prior = FSRSParameters.defaultWeights[rating.rawValue - 1]
            let decay = -FSRSParameters.defaultWeights[20]
            let factor = pow(0.9, 1 / decay) - 1
            func loss(_ s: Double) -> Double {
                var total = abs(s - prior) / 16
                for group in groups {
                    let r = pow(1 + factor * group.days / s, decay)
                    total -= (group.recall * log(r) + (1 - group.recall) * log(1 - r)) * group.count
                }
                return total
            }
            var low = range.lowerBound, high = range.upperBound
            var best = prior
            for _ in 0..<1000 where high - low > Double.ulpOfOne {
                let third = (high - low) / 3
                let (left, right) = (low + third, high - third)
                if loss(left) < loss(right) { high = right } else { low = left }
                best = (low + high) / 2
            }
            fit.stabilities[rating] = best
            fit.counts[rating] = byDays.values.reduce(0) { $0 + $1.count }
        }
        return fit
    }

    /// w0–w3 from the stabilities of the ratings `counts` has: made to rise with the rating
    /// (of two out of order, the one resting on fewer items takes the other's value), the
    /// missing ones filled in by fsrs-rs's two log-linear relations, ln S2 = 0.41·ln S1 +
    /// 0.59·ln S3 and ln S3 = 0.46·ln S2 + 0.54·ln S4 (a lone rating scales the defaults);
    /// each clamped to [0.001, 100]. Nil when no rating has items.
    public static func smoothed(_ stabilities: [Rating: Double], counts: [Rating: Int]) -> [Double]? {
        var known = stabilities.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            let smallRating = Rating(rawValue: small)!, bigRating = Rating(rawValue: big)!
            guard let low = known[smallRating], let high = known[bigRating], low > high else { continue }
            if counts[smallRating]! > counts[bigRating]! { known[bigRating] = low } else { known[smallRating] = high }
        }
        var logs = (1...4).map { known[Rating(rawValue: $0)!].map(log) }
        let missing = logs.indices.filter { logs[$0] == nil }
        switch missing.count {
        case 4:
            return nil
        case 3:
            let (rating, value) = known.first!
            let scale = value / FSRSParameters.defaultWeights[rating.rawValue - 1]
            return FSRSParameters.defaultWeights[0..<4].map { clamp($0 * scale) }.sorted()
        default:
            fill(&logs, missing)
        }
        return logs.map { clamp(exp($0!)) }
    }

    /// The two relations as rows of coefficients on ln S1…ln S4 summing to zero.
    private static let relations: [[Double]] = [[0.41, -1, 0.59, 0], [0, 0.46, -1, 0.54]]

    /// Solves the relations for the missing logs: one relation for one unknown (the first for
    /// S1 or S2, the second for S3 or S4), both for two.
    private static func fill(_ logs: inout [Double?], _ missing: [Int]) {
        func rest(_ row: [Double]) -> Double {
            logs.indices.reduce(0) { sum, index in sum + (logs[index].map { row[index] * $0 } ?? 0) }
        }
        if missing.count == 1 {
            let index = missing[0]
            let row = relations[index < 2 ? 0 : 1]
            logs[index] = -rest(row) / row[index]
        } else if missing.count == 2 {
            let (i, j) = (missing[0], missing[1])
            let (a, b) = (relations[0], relations[1])
            let determinant = a[i] * b[j] - a[j] * b[i]
            let (ra, rb) = (-rest(a), -rest(b))
            logs[i] = (ra * b[j] - a[j] * rb) / determinant
            logs[j] = (a[i] * rb - ra * b[i]) / determinant
        }
    }

    private static func clamp(_ value: Double) -> Double { min(max(value, range.lowerBound), range.upperBound) }
}
