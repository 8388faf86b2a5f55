import Foundation
import Scheduler
import TestSupport
import Testing

/// The optimizer benchmark's simulated learner (`../shared/tools/fsrs_synth_reviews.json`),
/// its items built as the benchmark's script builds them, and the figures fsrs-rs reached
/// on them (`fsrs_optimizer_bench_result.json`).
struct SyntheticLearner {
    /// Every item, oldest last review first, and the first day of the held-out period.
    var items: [(day: Int, item: FSRSItem)]
    var testFromDay: Int
    /// fsrs-rs's fitted weights and its held-out log loss and RMSE(bins).
    var referenceWeights: [Double]
    var referenceLogLoss: Double
    var referenceRMSE: Double

    init() throws {
        var dated: [(sec: Int, card: Int, day: Int, item: FSRSItem)] = []
        for card in try BenchmarkLearnerFiles.reviews().cards {
            var history: [FSRSReview] = []
            for (index, review) in card.reviews.enumerated() {
                let deltaT = index == 0 ? 0 : review[0] - card.reviews[index - 1][0]
                history.append(FSRSReview(Rating(rawValue: review[2])!, deltaT))
                if index >= 1, deltaT > 0 { dated.append((review[1], card.id, review[0], FSRSItem(history))) }
            }
        }
        dated.sort { ($0.sec, $0.card) < ($1.sec, $1.card) }
        items = dated.map { ($0.day, $0.item) }
        let result = try BenchmarkLearnerFiles.result()
        let counts = try #require(result["counts"] as? [String: Any])
        testFromDay = try #require(counts["test_from_day"] as? Int)
        let fit = try #require((result["fit"] as? [String: Any])?["plain"] as? [String: Any])
        referenceWeights = try #require(fit["parameters"] as? [Double])
        let test = try #require(
            ((result["metrics"] as? [String: Any])?["fitted"] as? [String: Any])?["test"] as? [String: Any])
        referenceLogLoss = try #require(test["log_loss"] as? Double)
        referenceRMSE = try #require(test["rmse_bins"] as? Double)
    }

    var training: [FSRSItem] { items.filter { $0.day < testFromDay }.map(\.item) }
    var test: [FSRSItem] { items.filter { $0.day >= testFromDay }.map(\.item) }
}
