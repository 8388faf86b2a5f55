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

    /// The weights and the terms that depend on them alone, worked out once per set of weights.
    struct Model {
        let w: UnsafeBufferPointer<Double>
        let decay: Double
        /// F = 0.9^(1/decay) − 1, and dF/d(decay).
        let factor: Double
        let factorSlope: Double
        let expW8: Double
        /// exp(w17·w18), which a lapse's stability may not fall below s over.
        let floorDivisor: Double
        /// D0(4) before its clamp, the target of mean reversion, and exp(3·w5).
        let easyDifficulty: Double
        let easySlope: Double

        init(_ w: UnsafeBufferPointer<Double>) {
            self.w = w
            decay = -w[20]
            let scaled = exp(log(0.9) / decay)
            factor = scaled - 1
            factorSlope = scaled * (-log(0.9) / (decay * decay))
            expW8 = exp(w[8])
            floorDivisor = exp(w[17] * w[18])
            easyDifficulty = ItemLoss.initialDifficulty(w, 4)
            easySlope = exp(3 * w[5])
        }

        /// R after `days` at stability `s`, the curve's base 1 + F·t/S and its log.
        func retrievability(days: Double, stability s: Double) -> (r: Double, base: Double, logBase: Double) {
            let base = 1 + factor * days / s
            let logBase = log(base)
            return (exp(decay * logBase), base, logBase)
        }
    }

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
        var base: Double
        var logBase: Double
        /// The stability formula's value (before its clamp) and whether the clamps let the
        /// new stability and difficulty through.
        var newStability: Double
        var stabilityPasses: Bool
        var difficultyPasses: Bool
        /// Terms of the formula the review used, kept for the backward pass: for a success
        /// s^−w9, exp((1 − R)·w10) and ln s; for a lapse (s + 1)^w13, w11·d^−w12·exp((1 − R)·w14),
        /// ln(s + 1) and ln d; for a short-term review its raw factor and ln s.
        var termA = 0.0
        var termB = 0.0
        var logA = 0.0
        var logB = 0.0
    }

    private var steps: [Step] = []

    /// D0(G) before its clamp.
    static func initialDifficulty(_ w: UnsafeBufferPointer<Double>, _ rating: Int) -> Double {
        w[4] - exp(w[5] * Double(rating - 1)) + 1
    }

    /// The stability after `history`, replayed from a new card.
    mutating func stability(_ model: Model, after history: UnsafeBufferPointer<FSRSReview>) -> Double {
        steps.removeAll(keepingCapacity: true)
        var s = 0.0
        var d = 0.0
        for review in history {
            (s, d) = forward(model, s, d, review.rating.rawValue, Double(review.deltaT), first: steps.isEmpty)
        }
        return s
    }

    /// One review forward, recording what the backward pass needs.
    private mutating func forward(
        _ model: Model, _ stateS: Double, _ stateD: Double, _ rating: Int, _ days: Double, first: Bool
    ) -> (Double, Double) {
        let w = model.w
        if first {
            let s = w[rating - 1]
            let rawD = Self.initialDifficulty(w, rating)
            steps.append(
                Step(
                    update: .initial, rating: rating, days: days, stability: 0, difficulty: 0, retrievability: 1,
                    base: 1, logBase: 0, newStability: s, stabilityPasses: Self.inside(s, Self.stabilityRange),
                    difficultyPasses: Self.inside(rawD, Self.difficultyRange)))
            return (Self.clamp(s, Self.stabilityRange), Self.clamp(rawD, Self.difficultyRange))
        }
        let s = Self.clamp(stateS, Self.stabilityRange)
        let d = Self.clamp(stateD, Self.difficultyRange)
        let (r, base, logBase) = days > 0 ? model.retrievability(days: days, stability: s) : (1, 1, 0)
        var step = Step(
            update: .success, rating: rating, days: days, stability: s, difficulty: d, retrievability: r, base: base,
            logBase: logBase, newStability: 0, stabilityPasses: false, difficultyPasses: false)
        // Powers are taken as exp(y·ln x), with the logs kept for the backward pass.
        if days == 0 {
            step.logA = log(s)
            let raw = exp(w[17] * (Double(rating) - 3 + w[18]) - w[19] * step.logA)
            let floored = rating >= 2 && raw < 1
            step.update = floored ? .shortTermFloored : .shortTerm
            step.termA = raw
            step.newStability = s * (floored ? 1 : raw)
        } else if rating == 1 {
            step.logA = log(s + 1)
            step.logB = log(d)
            step.termA = exp(w[13] * step.logA)
            step.termB = w[11] * exp(-w[12] * step.logB + (1 - r) * w[14])
            let raw = step.termB * (step.termA - 1)
            let floor = s / model.floorDivisor
            step.update = floor < raw ? .lapseFloor : .lapse
            step.newStability = min(raw, floor)
        } else {
            step.logA = log(s)
            step.termA = exp(-w[9] * step.logA)
            step.termB = exp((1 - r) * w[10])
            let hard = rating == 2 ? w[15] : 1, easy = rating == 4 ? w[16] : 1
            step.newStability = s * (1 + model.expW8 * (11 - d) * step.termA * (step.termB - 1) * hard * easy)
        }
        let damped = d + (10 - d) * (-w[6] * (Double(rating) - 3)) / 9
        let reverted = w[7] * model.easyDifficulty + (1 - w[7]) * damped
        step.stabilityPasses = Self.inside(step.newStability, Self.stabilityRange)
        step.difficultyPasses = Self.inside(reverted, Self.difficultyRange)
        steps.append(step)
        return (Self.clamp(step.newStability, Self.stabilityRange), Self.clamp(reverted, Self.difficultyRange))
    }

    /// weight·BCE of the item's last review, adding its gradient into `gradient` when given.
    mutating func loss(
        _ model: Model, item: UnsafeBufferPointer<FSRSReview>, weight: Double,
        gradient: UnsafeMutableBufferPointer<Double>?
    ) -> Double {
        let last = item[item.count - 1]
        let s = stability(model, after: UnsafeBufferPointer(rebasing: item.dropLast()))
        let days = Double(last.deltaT)
        let (rawR, base, logBase) = model.retrievability(days: days, stability: s)
        let r = Self.clamp(rawR, Self.probabilityRange)
        let label = last.rating == .again ? 0.0 : 1.0
        let loss = -weight * (label * log(r) + (1 - label) * log(1 - r))
        guard let gradient, Self.inside(rawR, Self.probabilityRange) else { return loss }
        let gradR = -weight * (label / r - (1 - label) / (1 - r))
        var gradS = curveBackward(
            model, days: days, stability: s, retrievability: rawR, base: base, logBase: logBase, gradR, gradient)
        var gradD = 0.0
        for step in steps.reversed() {
            (gradS, gradD) = backward(model, step, gradS, gradD, gradient)
        }
        return loss
    }

    /// dL/dS through R = (1 + F·t/S)^decay, adding dL/dw20.
    func curveBackward(
        _ model: Model, days t: Double, stability s: Double, retrievability r: Double, base: Double,
        logBase: Double, _ gradR: Double, _ gradient: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        guard gradR != 0, t > 0 else { return 0 }
        let decay = model.decay
        gradient[20] -= gradR * r * (logBase + decay / base * t / s * model.factorSlope)
        return gradR * r * decay / base * (-model.factor * t / (s * s))
    }

    static func inside(_ value: Double, _ range: ClosedRange<Double>) -> Bool {
        value > range.lowerBound && value < range.upperBound
    }

    static func clamp(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
