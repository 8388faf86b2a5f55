import DeckModel
import Foundation
import Scheduler
import TestSupport
import Testing

@testable import Study

@Suite struct ExamPlannerTests {
    let model = FSRS(settings: SchedulerSettings())

    func planner(examDay: Int = 30, costs: ExamPlanner.Costs = .standard) -> ExamPlanner {
        ExamPlanner(model: model, examDay: examDay, costs: costs)
    }

    func studied(stability: Double, lastDay: Int, dueDay: Int) -> ExamPlanner.Card {
        .studied(Memory(stability: stability, difficulty: 5), lastDay: lastDay, dueDay: dueDay)
    }

    @Test func neverStudiedFirstThenDueReviewsThenTheMostExamGainPerSecond() {
        let cards: [ExamPlanner.Card] = [
            studied(stability: 3, lastDay: 8, dueDay: 14),  // 0: not due, low stability: a good review to make
            .unstudied,  // 1
            studied(stability: 2, lastDay: 5, dueDay: 9),  // 2: due since day 9
            studied(stability: 40, lastDay: 9, dueDay: 60),  // 3: strong and recent: worth little
            .unstudied,  // 4
            studied(stability: 2, lastDay: 4, dueDay: 8),  // 5: due since day 8
            studied(stability: 6, lastDay: 6, dueDay: 20),  // 6: not due, weaker than 3
        ]
        let queue = planner().queue(cards, day: 10)
        #expect(Array(queue.prefix(4)) == [1, 4, 5, 2])
        let ranked = Array(queue.dropFirst(4))
        #expect(ranked.first == 0, "the weakest card not yet due gains the most per second: \(ranked)")
        let p = planner()
        let ratios = ranked.map { index -> Double in
            guard case .studied(let memory, let last, _) = cards[index] else { return 0 }
            return p.gainPerCost(memory, lastDay: last, day: 10)!
        }
        #expect(ratios == ratios.sorted(by: >), "ranked by gain per second")
    }

    @Test func cardsWorthLessThanTheThresholdAreLeftOut() {
        // Reviewed yesterday with a huge stability: a review today adds almost nothing.
        let cards: [ExamPlanner.Card] = [studied(stability: 3000, lastDay: 9, dueDay: 9000)]
        let p = planner()
        guard case .studied(let memory, let last, _) = cards[0] else { return }
        #expect(
            p.gainPerCost(memory, lastDay: last, day: 10)! < ExamPlanner.minimumGain / ExamPlanner.Costs.standard.pass)
        #expect(p.queue(cards, day: 10).isEmpty)
    }

    @Test func fewerCardsKnownWellPutsDueReviewsBeforeNewCards() {
        let cards: [ExamPlanner.Card] = [.unstudied, studied(stability: 2, lastDay: 4, dueDay: 8), .unstudied]
        #expect(planner().queue(cards, day: 10, fewerCardsKnownWell: true).prefix(3) == [1, 0, 2])
        #expect(planner().queue(cards, day: 10).prefix(3) == [0, 2, 1])
    }

    @Test func nothingIsRankedOnOrAfterTheExamDay() {
        let cards: [ExamPlanner.Card] = [studied(stability: 3, lastDay: 8, dueDay: 40)]
        #expect(planner(examDay: 10).queue(cards, day: 10).isEmpty)
        #expect(planner(examDay: 10).queue(cards, day: 12).isEmpty)
    }

    struct Golden: Decodable {
        var scenario: String
        var deckSize: Int
        var examDay: Int
        var budgetKind: String
        var budget: Double
        var costs: [String: Double]
        var seed: UInt64
        var meanR: Double
        var fracGe90: Double
        var learned: Int
    }

    /// The planner and its simulated learner, seed by seed, against `exam_sim.py`'s
    /// exam_planner on the same learners (no per-card variation): the same cards learned,
    /// the same exam-day recall. Fixtures from make-exam-fixtures.sh.
    @Test func matchesTheReferencePlannerSeedBySeed() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/exam-planner", withExtension: "json"))
        struct File: Decodable { var cases: [Golden] }
        let cases = try snakeCaseDecoder.decode(File.self, from: Data(contentsOf: url)).cases
        #expect(cases.count == 20)
        for golden in cases {
            let items = golden.budgetKind == "items"
            let costs =
                items
                ? ExamPlanner.Costs.items
                : ExamPlanner.Costs(new: golden.costs["new"]!, pass: golden.costs["pass"]!, fail: golden.costs["fail"]!)
            let result = try #require(
                ExamForecast.simulate(
                    planner: ExamPlanner(model: model, examDay: golden.examDay, costs: costs),
                    cards: Array(repeating: .unstudied, count: golden.deckSize), day: 0,
                    budget: items ? golden.budget : golden.budget * 60, fewer: false, seed: golden.seed))
            #expect(
                abs(result.meanRecall - golden.meanR) < 1e-9,
                "\(golden.scenario) seed \(golden.seed): \(result.meanRecall) vs \(golden.meanR)")
            #expect(result.shareAbove90 == golden.fracGe90, "\(golden.scenario) seed \(golden.seed)")
            #expect(Int(result.firstSeen) == golden.learned, "\(golden.scenario) seed \(golden.seed)")
        }
    }

    /// The exam model answers a day's steps as the learner's settings have them, through the
    /// scheduler's own step: with the default steps as exam_sim.py does, with other steps
    /// otherwise.
    @Test func theExamModelFollowsTheLearnersSteps() {
        let standard = planner()
        #expect(
            standard.learningAnswers == [.again: [.good, .good], .hard: [.good, .good], .good: [.good], .easy: []])
        #expect(standard.lapseAnswers == [.good])
        let three = FSRS(
            settings: SchedulerSettings(
                learningSteps: [.seconds(60), .seconds(600), .seconds(3600)],
                relearningSteps: []))
        let long = ExamPlanner(model: three, examDay: 30, costs: .standard)
        #expect(
            long.learningAnswers[.again] == [.good, .good, .good] && long.learningAnswers[.good] == [.good, .good])
        #expect(long.lapseAnswers.isEmpty)
        // A step that falls on a later day is not answered the same day.
        let overnight = FSRS(settings: SchedulerSettings(learningSteps: [.seconds(600), .days(1)]))
        #expect(ExamPlanner(model: overnight, examDay: 30, costs: .standard).learningAnswers[.again] == [.good])
        // The belief after a day's answers is the scheduler's own card state after them.
        var belief = ExamBelief(cards: [.unstudied], model: three)
        belief.record(card: 0, ratings: [.again] + long.learningAnswers[.again]!, day: 3)
        var card = CardState.new
        var clock = Timestamp(microseconds: 0)
        for rating in [Rating.again, .good, .good, .good] {
            card = three.review(card, rating, at: clock, fuzz: 0).card
            clock = card.due!
        }
        guard case .studied(let memory, let lastDay, _) = belief.cards[0] else {
            Issue.record("not studied")
            return
        }
        #expect(memory == Memory(stability: card.stability!, difficulty: card.difficulty!) && lastDay == 3)
        // And the forecast differs from one with the default steps.
        let cards = [ExamPlanner.Card](repeating: .unstudied, count: 40)
        let defaults = ExamForecast.simulate(
            planner: standard, cards: cards, day: 0, budget: 600, fewer: false, seed: 1)
        let withThree = ExamForecast.simulate(planner: long, cards: cards, day: 0, budget: 600, fewer: false, seed: 1)
        #expect(defaults != nil && withThree != nil && defaults?.meanRecall != withThree?.meanRecall)
    }

    /// A forecast reports how far it has got, and stops when told to.
    @Test func aForecastReportsProgressAndCanBeStopped() {
        let cards = [ExamPlanner.Card](repeating: .unstudied, count: 30)
        var shares: [Double] = []
        let whole = ExamForecast.run(planner: planner(examDay: 10), cards: cards, day: 0, budget: 300, runs: 2) {
            share in
            shares.append(share)
            return true
        }
        #expect(whole != nil && shares.count == 20 && shares == shares.sorted() && shares.last == 1)
        var calls = 0
        let stopped = ExamForecast.run(planner: planner(examDay: 10), cards: cards, day: 0, budget: 300, runs: 2) { _ in
            calls += 1
            return calls < 3
        }
        #expect(stopped == nil && calls == 3)
    }
}
