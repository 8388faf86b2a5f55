import DeckModel
import Foundation
import Review
import Scheduler

/// The optimizer on the benchmark learner of `../shared/tools/fsrs_synth_reviews.json`, next
/// to fsrs-rs's figures in `fsrs_optimizer_bench_result.json`: the fit's speed on the items
/// before the split, and its log loss and RMSE(bins) on the items after it.
enum OptimizerBenchmark {
    private struct Reviews: Decodable {
        struct Card: Decodable {
            var id: Int
            var reviews: [[Int]]
        }
        var cards: [Card]
    }

    private struct Reference: Decodable {
        struct Counts: Decodable {
            var testItems: Int
        }
        struct Fit: Decodable {
            var medianSeconds: Double
        }
        struct Metrics: Decodable {
            var logLoss: Double
            var rmseBins: Double
        }
        var counts: Counts
        var fit: [String: Fit]
        var metrics: [String: [String: Metrics]]
    }

    static func run(tools: String, runs: Int, into report: inout Report) throws {
        let folder = URL(fileURLWithPath: tools)
        let reviews = try JSONDecoder().decode(
            Reviews.self, from: Data(contentsOf: folder.appendingPathComponent("fsrs_synth_reviews.json")))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let reference = try decoder.decode(
            Reference.self, from: Data(contentsOf: folder.appendingPathComponent("fsrs_optimizer_bench_result.json")))
        // Day zero is 2023-01-01; 4 a.m. on, a study day is the data's whole day.
        let zero = Timestamp(iso: "2023-01-01T04:00:00Z")!.microseconds
        var log = ReplayLog()
        for card in reviews.cards {
            let key = CardKey(deck: "synth", fact: "c\(card.id)", kind: .answer)
            for review in card.reviews {
                let time = Timestamp(microseconds: zero + Int64(review[1]) * Timestamp.microsecondsPerSecond)
                log.append(.review(ReviewRecord(card: key, time: time, rating: Rating(rawValue: review[2])!)))
            }
        }
        let items = log.optimizerItems(calendar: DayCalendar(zone: TimeZone(identifier: "UTC")!))
        let training = Array(items.dropLast(reference.counts.testItems))
        let test = Array(items.suffix(reference.counts.testItems))
        var weights: [Double] = []
        let samples = Stopwatch.runs(runs) {
            var random = SplitMix64(state: 2023)
            weights = FSRSOptimizer.fit(training, using: &random).weights
        }
        let theirs = reference.fit["plain"]!.medianSeconds * 1000
        report.add(
            "optimizer: fit on \(training.count) items of the benchmark learner", samples,
            goal: .atMost(theirs, "ms (fsrs-rs)"))
        let ours = ModelEvaluation(weights: weights, items: test)
        let rs = reference.metrics["fitted"]!["test"]!
        report.add(
            "optimizer: held-out log loss on \(test.count) items (fsrs-rs \(String(format: "%.4f", rs.logLoss)))",
            value: ours.logLoss, unit: "", runs: 1, goal: .atMost(rs.logLoss * 1.01, ""))
        report.add(
            "optimizer: held-out RMSE(bins) (fsrs-rs \(String(format: "%.4f", rs.rmseBins)))", value: ours.rmseBins,
            unit: "",
            runs: 1, goal: .atMost(rs.rmseBins * 1.05, ""))
    }
}
