import DeckModel
import Review
import Scheduler

/// The expected result of following the exam plan: a simulation of the learner from the
/// deck's current card states to the exam morning, with the memory model of `exam_sim.py`
/// (`exam-mode.md` §4.2) and the learner's memory taken to be what FSRS believes it is.
public struct ExamForecast: Sendable, Equatable {
    /// Mean recall over every card on the exam morning (never-studied cards count 0).
    public var meanRecall: Double
    /// The share of cards at 90 % recall or more.
    public var shareAbove90: Double
    /// Cards never studied that the plan gets to before the exam (the mean over runs).
    public var firstSeen: Double

    /// P(Again, Hard, Good, Easy) for a card's first answer, fsrs-rs's defaults.
    public static let firstRatingProbabilities = [0.24, 0.094, 0.495, 0.171]

    /// Simulates `runs` learners (each with its own seeded answers) from `day` to the exam,
    /// studying each day in the planner's order until `budget` (seconds, or items) is spent.
    /// `progress` is told the share done after each learner's day; when it returns false the
    /// simulation stops, and the result is nil.
    public static func run(
        planner: ExamPlanner, cards: [ExamPlanner.Card], day: Int, budget: Double, fewerCardsKnownWell: Bool = false,
        runs: Int = 10, progress: (Double) -> Bool = { _ in true }
    ) -> ExamForecast? {
        guard !cards.isEmpty, runs > 0 else { return ExamForecast(meanRecall: 0, shareAbove90: 0, firstSeen: 0) }
        var total = ExamForecast(meanRecall: 0, shareAbove90: 0, firstSeen: 0)
        let days = Double(max(1, min(planner.examDay - day, ExamSetting.maximumDaysAhead)))
        for seed in 1...runs {
            let base = Double(seed - 1)
            guard
                let one = simulate(
                    planner: planner, cards: cards, day: day, budget: budget, fewer: fewerCardsKnownWell,
                    seed: UInt64(seed),
                    progress: { done in progress((base + Double(done) / days) / Double(runs)) })
            else { return nil }
            total.meanRecall += one.meanRecall / Double(runs)
            total.shareAbove90 += one.shareAbove90 / Double(runs)
            total.firstSeen += one.firstSeen / Double(runs)
        }
        return total
    }

    /// One simulated learner, whose memory is what the belief says (so the belief stays
    /// exact), answering from its own seeded stream per card.
    static func simulate(
        planner: ExamPlanner, cards: [ExamPlanner.Card], day start: Int, budget: Double, fewer: Bool, seed: UInt64,
        progress: (Int) -> Bool = { _ in true }
    ) -> ExamForecast? {
        let model = planner.model
        var belief = ExamBelief(cards: cards, model: model)
        var streams = cards.indices.map { cardRandom(seed: seed, card: $0) }
        var firstSeen = 0
        // An exam set further ahead by hand is studied for towards over the days allowed.
        for day in start..<max(start, min(planner.examDay, start + ExamSetting.maximumDaysAhead)) {
            var spent = 0.0
            var seen = Set<Int>()
            var results: [(Int, [Rating])] = []
            for card in planner.queue(belief.cards, day: day, fewerCardsKnownWell: fewer) {
                guard spent < budget else { break }
                guard seen.insert(card).inserted else { continue }
                let ratings: [Rating]
                switch belief.cards[card] {
                case .unstudied:
                    let first = Rating.allCases[pick(streams[card].uniform(), firstRatingProbabilities)]
                    ratings = [first] + planner.learningAnswers[first]!
                    spent += planner.costs.new
                    firstSeen += 1
                case .studied(let memory, let lastDay, _):
                    let recall = streams[card].uniform(), rating = streams[card].uniform()
                    let passed = recall < model.retrievability(days: day - lastDay, stability: memory.stability)
                    ratings =
                        passed
                        ? [[Rating.hard, .good, .easy][pick(rating, planner.reviewRatingProbabilities)]]
                        : [.again] + planner.lapseAnswers
                    spent += passed ? planner.costs.pass : planner.costs.fail
                }
                results.append((card, ratings))
            }
            for (card, ratings) in results { belief.record(card: card, ratings: ratings, day: day) }
            guard progress(day - start + 1) else { return nil }
        }
        let recalls = belief.cards.map { card -> Double in
            guard case .studied(let memory, let lastDay, _) = card else { return 0 }
            return model.retrievability(days: planner.examDay - lastDay, stability: memory.stability)
        }
        return ExamForecast(
            meanRecall: recalls.reduce(0, +) / Double(recalls.count),
            shareAbove90: Double(recalls.filter { $0 >= 0.9 }.count) / Double(recalls.count),
            firstSeen: Double(firstSeen))
    }

    /// The index of the first cumulative probability above `u` (the last if none).
    static func pick(_ u: Double, _ probabilities: [Double]) -> Int {
        var sum = 0.0
        for (index, probability) in probabilities.enumerated() {
            sum += probability
            if u < sum { return index }
        }
        return probabilities.count - 1
    }
}

/// One card's random stream, as `exam_sim.py` draws it: SplitMix64 from
/// mix64(seed · 1000003 + card), after the two draws the simulator makes for every card
/// when it creates the deck (its per-card difficulty, which a forecast does not vary).
func cardRandom(seed: UInt64, card: Int) -> SplitMix64 {
    var stream = SplitMix64(state: SplitMix64.mix(seed &* 1_000_003 &+ UInt64(card)))
    _ = stream.next()
    _ = stream.next()
    return stream
}
