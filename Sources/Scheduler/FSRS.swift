import Foundation

/// FSRS-6 as py-fsrs 6.3.2 computes it: pure functions from a card's state, a rating and
/// the time of the review to the card's next state.
///
/// Every formula mirrors the reference term for term (including `e ** x` computed as
/// `pow(e, x)`), so results agree to the last bit or two; see `fsrs.md` §2 and §5.
public struct FSRS: Sendable {
    public let settings: SchedulerSettings
    private let w: [Double]
    private let decay: Double
    private let factor: Double
    /// `S` times this is the interval that gives the desired retention.
    private let intervalMultiplier: Double
    /// Terms that depend on the weights alone, worked out once (the same operations as in
    /// the formulas, so the results are the same to the bit).
    private let expW8: Double
    private let shortTermDivisor: Double
    private let easyInitialDifficulty: Double

    public init(settings: SchedulerSettings) {
        self.settings = settings
        w = settings.parameters.weights
        decay = settings.parameters.decay
        factor = settings.parameters.factor
        intervalMultiplier = pow(settings.desiredRetention, 1 / decay) - 1
        expW8 = pow(M_E, w[8])
        shortTermDivisor = pow(M_E, w[17] * w[18])
        easyInitialDifficulty = Self.initialDifficulty(.easy, weights: w)
    }

    /// Which memory formula a review used (`fsrs.md` §2.7).
    public enum MemoryUpdate: String, Sendable, Codable {
        case initial
        case shortTerm = "short_term"
        case recall
        case forget
    }

    public struct Outcome: Sendable, Equatable {
        public var card: CardState
        public var update: MemoryUpdate
        /// The interval before fuzz, in days, when the card ends in review.
        public var interval: Int?
        /// The range fuzz drew from, when it applied.
        public var fuzzRange: ClosedRange<Int>?
    }

    // MARK: - Retrievability

    /// R after `days` whole days at stability `stability`.
    public func retrievability(days: Int, stability: Double) -> Double {
        pow(1 + factor * Double(days) / stability, decay)
    }

    /// The probability of recalling the card at `time` (0 for a card never reviewed).
    public func retrievability(of card: CardState, at time: Timestamp) -> Double {
        guard let last = card.lastReview, let stability = card.stability else { return 0 }
        return retrievability(days: max(0, time.wholeDays(since: last)), stability: stability)
    }

    // MARK: - One review

    /// The card after a review rated `rating` at `time`. `fuzz` is a number in [0, 1)
    /// standing for py-fsrs's `random()`; it is used only when fuzzing applies.
    public func review(_ card: CardState, _ rating: Rating, at time: Timestamp, fuzz: Double) -> Outcome {
        var next = card
        let update = updateMemory(&next, rating, at: time)
        var interval: TimeSpan
        var reviewDays: Int?

        func graduate() {
            next.phase = .review
            next.step = nil
            let days = nextInterval(stability: next.stability!)
            reviewDays = days
            interval = .days(days)
        }

        switch card.phase {
        case .new, .learning, .relearning:
            let relearning = card.phase == .relearning
            let steps = relearning ? settings.relearningSteps : settings.learningSteps
            let step = card.step ?? 0
            interval = .days(0)
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                graduate()
            } else {
                next.phase = relearning ? .relearning : .learning
                switch rating {
                case .again:
                    next.step = 0
                    interval = steps[0]
                case .hard:
                    next.step = step
                    if step == 0 && steps.count == 1 {
                        interval = steps[0].scaled(by: 1.5)
                    } else if step == 0 {
                        interval = (steps[0] + steps[1]).scaled(by: 0.5)
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        graduate()
                    } else {
                        next.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    graduate()
                }
            }
        case .review:
            interval = .days(0)
            if rating == .again {
                next.lapses += 1
                if settings.relearningSteps.isEmpty {
                    graduate()
                } else {
                    next.phase = .relearning
                    next.step = 0
                    interval = settings.relearningSteps[0]
                }
            } else {
                graduate()
            }
        }

        var fuzzRange: ClosedRange<Int>?
        if settings.fuzz, next.phase == .review, let days = reviewDays, let range = fuzzBounds(days: days) {
            fuzzRange = range
            let drawn = (fuzz * Double(range.upperBound - range.lowerBound + 1) + Double(range.lowerBound)).rounded(
                .toNearestOrEven)
            interval = .days(min(Int(drawn), settings.maximumInterval))
        }
        next.due = time + interval
        next.lastReview = time
        next.reps += 1
        return Outcome(card: next, update: update, interval: reviewDays, fuzzRange: fuzzRange)
    }

    /// Updates stability and difficulty by the formula the elapsed time calls for.
    private func updateMemory(_ card: inout CardState, _ rating: Rating, at time: Timestamp) -> MemoryUpdate {
        let before = card.stability.flatMap { s in card.difficulty.map { Memory(stability: s, difficulty: $0) } }
        let days = card.lastReview.map { max(0, time.wholeDays(since: $0)) } ?? 0
        let (memory, update) = nextMemory(before, rating, elapsedDays: days)
        card.stability = memory.stability
        card.difficulty = memory.difficulty
        return update
    }

    /// The memory after one answer `elapsedDays` whole days after the last (0 for another
    /// answer the same day), or after the first answer when `memory` is nil. The one place
    /// stability and difficulty change: every review goes through it, and so do the exam
    /// planner's beliefs and forecasts.
    public func nextMemory(_ memory: Memory?, _ rating: Rating, elapsedDays: Int) -> (Memory, MemoryUpdate) {
        guard let memory else {
            return (
                Memory(stability: initialStability(rating), difficulty: clampDifficulty(initialDifficulty(rating))),
                .initial
            )
        }
        let difficulty = nextDifficulty(memory.difficulty, rating)
        if elapsedDays < 1 {
            return (Memory(stability: shortTermStability(memory.stability, rating), difficulty: difficulty), .shortTerm)
        }
        let r = retrievability(days: elapsedDays, stability: memory.stability)
        let stability =
            rating == .again
            ? clampStability(forgetStability(memory.difficulty, memory.stability, r))
            : clampStability(recallStability(memory.difficulty, memory.stability, r, rating))
        return (Memory(stability: stability, difficulty: difficulty), rating == .again ? .forget : .recall)
    }

    // MARK: - Formulas (fsrs.md §2)

    private func clampStability(_ s: Double) -> Double { max(s, 0.001) }

    private func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    func initialStability(_ rating: Rating) -> Double {
        clampStability(w[rating.rawValue - 1])
    }

    func initialDifficulty(_ rating: Rating) -> Double {
        Self.initialDifficulty(rating, weights: w)
    }

    private static func initialDifficulty(_ rating: Rating, weights w: [Double]) -> Double {
        w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1
    }

    func nextDifficulty(_ d: Double, _ rating: Rating) -> Double {
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = d + (10.0 - d) * delta / 9.0
        let reverted = w[7] * easyInitialDifficulty + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    func shortTermStability(_ s: Double, _ rating: Rating) -> Double {
        var increase = pow(M_E, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(s, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return clampStability(s * increase)
    }

    func forgetStability(_ d: Double, _ s: Double, _ r: Double) -> Double {
        let longTerm = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(M_E, (1 - r) * w[14])
        let shortTerm = s / shortTermDivisor
        return min(longTerm, shortTerm)
    }

    func recallStability(_ d: Double, _ s: Double, _ r: Double, _ rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return s * (1 + expW8 * (11 - d) * pow(s, -w[9]) * (pow(M_E, (1 - r) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// Whole days until R falls to the desired retention, rounded half to even, within
    /// [1, maximum interval].
    public func nextInterval(stability: Double) -> Int {
        let raw = (stability / factor) * intervalMultiplier
        let rounded = raw.rounded(.toNearestOrEven)
        return Int(min(max(rounded, 1), Double(settings.maximumInterval)))
    }

    /// The fuzz range of §2.9, or nil for intervals under 2.5 days.
    public func fuzzBounds(days: Int) -> ClosedRange<Int>? {
        guard Double(days) >= 2.5 else { return nil }
        let ivl = Double(days)
        let delta = 1.0 + 0.15 * max(min(ivl, 7) - 2.5, 0) + 0.10 * max(min(ivl, 20) - 7, 0) + 0.05 * max(ivl - 20, 0)
        var lower = max(2, Int((ivl - delta).rounded(.toNearestOrEven)))
        let upper = min(Int((ivl + delta).rounded(.toNearestOrEven)), settings.maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }
}
