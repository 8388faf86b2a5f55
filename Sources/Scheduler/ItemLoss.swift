import Foundation

/// The optimizer's loss on one item and its gradient with respect to the 21 weights, worked
/// out by hand in reverse mode (fsrs.md §7.4 step 3): a forward pass replays the item's
/// history through FSRS-6 as fsrs-rs's `step` does (a review the same day takes the
/// short-term formula, every state clamped), predicts recall at the last review, and scores
/// it with binary cross-entropy; the backward pass walks the recorded steps in reverse, each
/// formula's derivative by the chain rule. A clamp that held a value at its bound passes no
/// gradient, as in fsrs-rs.
///
/// The loss is Σ weight·BCE over the items given; `OptimizerGradientTests` checks the
/// gradient against finite differences.
struct ItemLoss {
    static let stabilityRange = 0.001...36500.0
    static let difficultyRange = 1.0...10.0
    static let probabilityRange = 1e-7...(1 - 1e-7)

    /// What the backward pass needs of one review of the history.
    struct Step {
        enum Update { case initial, shortTerm, shortTermFloored, lapse, lapseFloor, success }
        var update: Update
        var rating: Int
        var days: Double
        /// The stability and difficulty the review started from (clamped).
        var stability: Double
        var difficulty: Double
        var retrievability: Double
        /// The stability formula's value (before its clamp) and whether the clamp let it through.
        var newStability: Double
        var stabilityPasses: Bool
        var difficultyPasses: Bool
    }

    private var steps: [Step] = []

    /// R after `days` at stability `s` with the weights' decay.
    static func retrievability(_ w: UnsafeBufferPointer<Double>, days: Double, stability s: Double) -> Double {
        let decay = -w[20]
        let factor = exp(log(0.9) / decay) - 1
        return pow(1 + factor * days / s, decay)
    }

    /// D0(G) before its clamp.
    static func initialDifficulty(_ w: UnsafeBufferPointer<Double>, _ rating: Int) -> Double {
        w[4] - exp(w[5] * Double(rating - 1)) + 1
    }

    /// The stability after `history`, replayed from a new card.
    mutating func stability(_ w: UnsafeBufferPointer<Double>, after history: ArraySlice<FSRSReview>) -> Double {
        steps.removeAll(keepingCapacity: true)
        var s = 0.0
        var d = 0.0
        for review in history {
            (s, d) = forward(w, s, d, review.rating.rawValue, Double(review.deltaT), first: steps.isEmpty)
        }
        return s
    }

    /// One review forward, recording what the backward pass needs.
    private mutating func forward(
        _ w: UnsafeBufferPointer<Double>, _ stateS: Double, _ stateD: Double, _ rating: Int, _ days: Double,
        first: Bool
    ) -> (Double, Double) {
        if first {
            let s = w[rating - 1]
            let rawD = Self.initialDifficulty(w, rating)
            steps.append(
                Step(
                    update: .initial, rating: rating, days: days, stability: 0, difficulty: 0, retrievability: 1,
                    newStability: s, stabilityPasses: Self.inside(s, Self.stabilityRange),
                    difficultyPasses: Self.inside(rawD, Self.difficultyRange)))
            return (Self.clamp(s, Self.stabilityRange), Self.clamp(rawD, Self.difficultyRange))
        }
        let s = Self.clamp(stateS, Self.stabilityRange)
        let d = Self.clamp(stateD, Self.difficultyRange)
        let r = days > 0 ? Self.retrievability(w, days: days, stability: s) : 1
        var update: Step.Update
        var newS: Double
        if days == 0 {
            let raw = exp(w[17] * (Double(rating) - 3 + w[18])) * pow(s, -w[19])
            let floored = rating >= 2 && raw < 1
            update = floored ? .shortTermFloored : .shortTerm
            newS = s * (floored ? 1 : raw)
        } else if rating == 1 {
            let raw = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - r) * w[14])
            let floor = s / exp(w[17] * w[18])
            update = floor < raw ? .lapseFloor : .lapse
            newS = min(raw, floor)
        } else {
            let hard = rating == 2 ? w[15] : 1, easy = rating == 4 ? w[16] : 1
            let increase = exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * hard * easy
            update = .success
            newS = s * (1 + increase)
        }
        let damped = d + (10 - d) * (-w[6] * (Double(rating) - 3)) / 9
        let reverted = w[7] * Self.initialDifficulty(w, 4) + (1 - w[7]) * damped
        steps.append(
            Step(
                update: update, rating: rating, days: days, stability: s, difficulty: d, retrievability: r,
                newStability: newS, stabilityPasses: Self.inside(newS, Self.stabilityRange),
                difficultyPasses: Self.inside(reverted, Self.difficultyRange)))
        return (Self.clamp(newS, Self.stabilityRange), Self.clamp(reverted, Self.difficultyRange))
    }

    /// weight·BCE of the item's last review, adding its gradient into `gradient` when given.
    mutating func loss(
        _ w: UnsafeBufferPointer<Double>, item: ArraySlice<FSRSReview>, weight: Double,
        gradient: UnsafeMutableBufferPointer<Double>?
    ) -> Double {
        let last = item[item.endIndex - 1]
        let s = stability(w, after: item.dropLast())
        let days = Double(last.deltaT)
        let rawR = Self.retrievability(w, days: days, stability: s)
        let r = Self.clamp(rawR, Self.probabilityRange)
        let label = last.rating == .again ? 0.0 : 1.0
        let loss = -weight * (label * log(r) + (1 - label) * log(1 - r))
        guard let gradient, Self.inside(rawR, Self.probabilityRange) else { return loss }
        let gradR = -weight * (label / r - (1 - label) / (1 - r))
        var gradS = curveBackward(w, days: days, stability: s, retrievability: rawR, gradR, gradient)
        var gradD = 0.0
        for step in steps.reversed() {
            (gradS, gradD) = backward(w, step, gradS, gradD, gradient)
        }
        return loss
    }

    /// dL/dS through R = (1 + F·t/S)^decay, adding dL/dw20.
    func curveBackward(
        _ w: UnsafeBufferPointer<Double>, days t: Double, stability s: Double, retrievability r: Double,
        _ gradR: Double, _ gradient: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        guard gradR != 0, t > 0 else { return 0 }
        let decay = -w[20]
        let scaled = exp(log(0.9) / decay)
        let factor = scaled - 1
        let base = 1 + factor * t / s
        let dFactor = scaled * (-log(0.9) / (decay * decay))
        gradient[20] -= gradR * r * (log(base) + decay / base * t / s * dFactor)
        return gradR * r * decay / base * (-factor * t / (s * s))
    }

    static func inside(_ value: Double, _ range: ClosedRange<Double>) -> Bool {
        value > range.lowerBound && value < range.upperBound
    }

    private static func clamp(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
