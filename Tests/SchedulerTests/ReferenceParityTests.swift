import Foundation
import Scheduler
import TestSupport
import Testing

/// FSRS-6 against py-fsrs 6.3.2: every review of 1,316 reference cases (1,000 random, the
/// harness's edge cases, 300 with fuzz on), from `Fixtures/fsrs-reference.json`, which
/// `make-fixtures.sh` wrote. State, step and due must match exactly; stability, difficulty
/// and retrievability to 1e-9 relative. With fuzz on, the due date must fall in the fuzz
/// range (py-fsrs draws from an unseeded RNG, so only the range can be compared).
@Suite struct ReferenceParityTests {
    struct Fixture: Decodable {
        var reference: [String: String]
        var results: [Case]
    }

    struct Case: Decodable {
        var id: String
        var settings: Settings
        var reviews: [Review]
    }

    struct Settings: Decodable {
        var desiredRetention: Double
        var learningSteps: [Double]
        var relearningSteps: [Double]
        var maximumInterval: Int
        var enableFuzzing: Bool
        var parameters: [Double]
    }

    struct Review: Decodable {
        var rating: Int
        var time: String
        var elapsedDays: Int?
        var update: String
        var state: String
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: String
        var intervalDays: Int?
        var fuzzBounds: [Int]?
        var retrievabilityAtNextReview: Double?
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "Fixtures/fsrs-reference", withExtension: "json")!
        return try! snakeCaseDecoder.decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func scheduler(_ settings: Settings) throws -> FSRS {
        FSRS(
            settings: SchedulerSettings(
                parameters: try FSRSParameters(weights: settings.parameters),
                desiredRetention: settings.desiredRetention,
                learningSteps: settings.learningSteps.map(TimeSpan.seconds),
                relearningSteps: settings.relearningSteps.map(TimeSpan.seconds),
                maximumInterval: settings.maximumInterval,
                fuzz: settings.enableFuzzing))
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)
    }

    @Test func fixtureIsTheFullReferenceSet() {
        #expect(Self.fixture.reference["fsrs"] == "6.3.2")
        #expect(Self.fixture.results.count >= 1300)
        #expect(Self.fixture.results.map(\.reviews.count).reduce(0, +) > 10_000)
        #expect(Self.fixture.results.contains { $0.id.hasPrefix("edge-") })
        #expect(Self.fixture.results.filter { $0.settings.enableFuzzing }.count >= 300)
    }

    @Test func everyReviewMatchesTheReference() throws {
        var compared = 0
        var mismatches: [String] = []
        for testCase in Self.fixture.results {
            let fsrs = try Self.scheduler(testCase.settings)
            var card = CardState.new
            for (index, review) in testCase.reviews.enumerated() {
                let place = "\(testCase.id) #\(index)"
                let time = try #require(Timestamp(iso: review.time))
                let rating = try #require(Rating(rawValue: review.rating))
                if let last = card.lastReview {
                    #expect(time.wholeDays(since: last) == review.elapsedDays, "\(place) elapsed days")
                }
                let outcome = fsrs.review(card, rating, at: time, fuzz: 0.5)
                card = outcome.card
                compared += 1
                let expectedPhase = ["Learning": CardPhase.learning, "Review": .review, "Relearning": .relearning][
                    review.state]
                if card.phase != expectedPhase || card.step != review.step || outcome.update.rawValue != review.update
                    || !Self.close(card.stability!, review.stability)
                    || !Self.close(card.difficulty!, review.difficulty)
                    || outcome.interval != review.intervalDays
                {
                    mismatches.append(
                        "\(place): got \(card.phase) step \(card.step.map(String.init) ?? "nil") S \(card.stability!) "
                            + "D \(card.difficulty!) \(outcome.update) ivl "
                            + "\(outcome.interval.map(String.init) ?? "nil"); want \(review.state) "
                            + "\(review.step.map(String.init) ?? "nil") S \(review.stability) D \(review.difficulty) "
                            + "\(review.update) ivl \(review.intervalDays.map(String.init) ?? "nil")"
                    )
                    break
                }
                let due = try #require(Timestamp(iso: review.due))
                if let bounds = review.fuzzBounds {
                    let range = try #require(outcome.fuzzRange)
                    #expect([range.lowerBound, range.upperBound] == bounds, "\(place) fuzz range")
                    let days = card.due!.wholeDays(since: time)
                    // py-fsrs rounds where a floor would stay in range, so max + 1 can come out.
                    #expect(days >= bounds[0] && days <= bounds[1] + 1, "\(place) fuzzed \(days) days")
                } else if card.due != due {
                    mismatches.append("\(place): due \(card.due!.iso), want \(review.due)")
                    break
                }
                if let expectedR = review.retrievabilityAtNextReview, index + 1 < testCase.reviews.count {
                    let next = try #require(Timestamp(iso: testCase.reviews[index + 1].time))
                    #expect(Self.close(fsrs.retrievability(of: card, at: next), expectedR), "\(place) R")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).joined(separator: "\n"))")
        #expect(compared > 10_000)
    }

    @Test func workedExampleFromTheSpec() throws {
        let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
        let start = try #require(Timestamp(iso: "2024-03-01T09:00:00Z"))
        var card = fsrs.review(.new, .good, at: start, fuzz: 0).card
        #expect(card.phase == .learning && card.step == 1 && card.stability == 2.3065)
        #expect(card.difficulty == 2.118103970459016)
        #expect(card.due == Timestamp(iso: "2024-03-01T09:10:00Z"))
        card = fsrs.review(card, .good, at: card.due!, fuzz: 0).card
        #expect(card.phase == .review && card.due == Timestamp(iso: "2024-03-03T09:10:00Z"))
        card = fsrs.review(card, .good, at: card.due!, fuzz: 0).card
        #expect(abs(card.stability! - 10.971048263078135) < 1e-12)
        #expect(card.due == Timestamp(iso: "2024-03-14T09:10:00Z"))
    }

    @Test func parametersOutOfRangeAreRefused() {
        #expect(throws: FSRSParameters.Problem.wrongCount(19)) {
            try FSRSParameters(weights: Array(repeating: 1, count: 19))
        }
        var weights = FSRSParameters.defaultWeights
        weights[20] = 0.05
        #expect(throws: FSRSParameters.Problem.outOfRange(index: 20, value: 0.05, lower: 0.1, upper: 0.8)) {
            try FSRSParameters(weights: weights)
        }
    }
}
