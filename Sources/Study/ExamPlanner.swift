import Scheduler

/// The exam planner (`exam-mode.md` §7): each study day before the exam, the order in
/// which to study a deck so that expected recall on the exam morning is as high as the
/// daily budget allows.
///
/// 1. Every card never studied, in deck order: intake first, with no daily cap.
/// 2. The reviews FSRS has due at desired retention 0.9, earliest due first.
/// 3. Every other studied card, by expected gain in exam-day recall per expected second of
///    reviewing it today, down to a floor of `minimumGain` per pass-review's worth of time.
///
/// Pure: the same code orders the study queue and answers `recall exam-policy`.
public struct ExamPlanner: Sendable {
    /// One card as the planner sees it.
    public enum Card: Sendable, Equatable {
        case unstudied
        /// Studied: its memory, the study day it was last studied, and the study day FSRS
        /// has it due.
        case studied(Memory, lastDay: Int, dueDay: Int)
    }

    /// The expected cost of each kind of study event, in seconds (or 1 each, for a budget
    /// in items): learning a new card, a review that passes, a review that fails (with its
    /// relearning step).
    public struct Costs: Sendable, Equatable {
        public var new: Double
        public var pass: Double
        public var fail: Double

        public init(new: Double, pass: Double, fail: Double) {
            (self.new, self.pass, self.fail) = (new, pass, fail)
        }

        /// fsrs-rs's default costs, the planner's assumption until a learner's own are known.
        public static let standard = Costs(new: 31, pass: 13, fail: 32)
        /// Every event counts as one, for a budget in items.
        public static let items = Costs(new: 1, pass: 1, fail: 1)
    }

    /// P(Hard, Good, Easy | recalled), fsrs-rs's defaults.
    public static let reviewRatingProbabilities = [0.224, 0.631, 0.145]
    /// The least exam-day recall a review must add per pass-review's worth of time.
    public static let minimumGain = 0.0013

    public let model: FSRS
    /// The study day of the exam (its morning).
    public let examDay: Int
    public let costs: Costs
    public let reviewRatingProbabilities: [Double]
    /// The same-day Good answers after a new card's first answer, by that answer, and after
    /// a lapse: the model's own (re)learning steps, worked out once.
    public let learningAnswers: [Rating: [Rating]]
    public let lapseAnswers: [Rating]

    /// `model` is the learner's FSRS (parameters and steps) with desired retention 0.9, the
    /// upkeep rate.
    public init(
        model: FSRS, examDay: Int, costs: Costs, reviewRatingProbabilities: [Double] = Self.reviewRatingProbabilities
    ) {
        self.model = model
        self.examDay = examDay
        self.costs = costs
        self.reviewRatingProbabilities = reviewRatingProbabilities
        learningAnswers = Dictionary(
            uniqueKeysWithValues: Rating.allCases.map { ($0, model.sameDayAnswers(after: $0)) })
        lapseAnswers = model.sameDayAnswers(after: .again, lapse: true)
    }

    /// Today's order: positions in `cards`. With `fewerCardsKnownWell`, the due reviews
    /// come before the cards never studied, so that what is learned stays learned when the
    /// budget cannot cover everything.
    public func queue(_ cards: [Card], day: Int, fewerCardsKnownWell: Bool = false) -> [Int] {
        var unstudied: [Int] = []
        var due: [(day: Int, card: Int)] = []
        var ranked: [(ratio: Double, card: Int)] = []
        let floor = Self.minimumGain / costs.pass
        for (index, card) in cards.enumerated() {
            switch card {
            case .unstudied:
                unstudied.append(index)
            case .studied(let memory, let lastDay, let dueDay):
                if dueDay <= day {
                    due.append((dueDay, index))
                } else if let ratio = gainPerCost(memory, lastDay: lastDay, day: day), ratio >= floor {
                    ranked.append((ratio, index))
                }
            }
        }
        due.sort { ($0.day, $0.card) < ($1.day, $1.card) }
        ranked.sort { ($1.ratio, $0.card) < ($0.ratio, $1.card) }
        let reviews = due.map(\.card) + ranked.map(\.card)
        return fewerCardsKnownWell ? due.map(\.card) + unstudied + ranked.map(\.card) : unstudied + reviews
    }

    /// Expected exam-day recall gained by reviewing the card today, per expected second.
    func gainPerCost(_ memory: Memory, lastDay: Int, day: Int) -> Double? {
        guard day > lastDay, day < examDay else { return nil }
        let elapsed = day - lastDay
        var gain = -model.retrievability(days: examDay - lastDay, stability: memory.stability)
        for (probability, after) in reviewOutcomes(memory, elapsedDays: elapsed) {
            gain += probability * model.retrievability(days: examDay - day, stability: after.stability)
        }
        return gain / reviewCost(recall: model.retrievability(days: elapsed, stability: memory.stability))
    }

    /// The outcomes of reviewing a card `elapsedDays` after it was last studied, with their
    /// probabilities: recalled and rated Hard, Good or Easy (`reviewRatingProbabilities`,
    /// given recall), or forgotten and relearned.
    func reviewOutcomes(_ memory: Memory, elapsedDays: Int) -> [(probability: Double, memory: Memory)] {
        let r = model.retrievability(days: elapsedDays, stability: memory.stability)
        var outcomes = zip([Rating.hard, .good, .easy], reviewRatingProbabilities).map { rating, probability in
            (r * probability, model.memory(afterDay: [rating], from: memory, elapsedDays: elapsedDays)!)
        }
        outcomes.append(
            (1 - r, model.memory(afterDay: [.again] + lapseAnswers, from: memory, elapsedDays: elapsedDays)!))
        return outcomes
    }

    /// The expected cost of a review recalled with probability `p`.
    func reviewCost(recall p: Double) -> Double {
        p * costs.pass + (1 - p) * costs.fail
    }
}
