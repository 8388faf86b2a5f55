import DeckModel
import Foundation
import Scheduler
import TestSupport
import Testing

/// The fit on the benchmark's simulated learner scores, on the held-out newest items, within
/// 1 % of fsrs-rs's log loss and 5 % of its RMSE(bins) (issue 17's goal).
@Suite struct OptimizerFitQualityTests {
    @Test(.enabled(if: BenchmarkLearnerFiles.folder != nil, "the benchmark's data is not on this machine"))
    func theHeldOutFitIsAsGoodAsFsrsRs() throws {
        let learner = try SyntheticLearner()
        var random = SplitMix64(state: 2023)
        let clock = ContinuousClock.now
        let fit = FSRSOptimizer.fit(learner.training, using: &random)
        let elapsed = ContinuousClock.now - clock
        let ours = ModelEvaluation(weights: fit.weights, items: learner.test)
        let theirs = ModelEvaluation(weights: learner.referenceWeights, items: learner.test)
        print("fit \(elapsed) items \(fit.items) ours \(ours) theirs \(theirs)")
        print(fit.weights.map { String(format: "%.4f", $0) }.joined(separator: " "))
        print(learner.referenceWeights.map { String(format: "%.4f", $0) }.joined(separator: " "))
        #expect(abs(theirs.logLoss - learner.referenceLogLoss) < 1e-6)
        #expect(ours.logLoss <= learner.referenceLogLoss * 1.01)
        #expect(ours.rmseBins <= learner.referenceRMSE * 1.05)
    }
}
