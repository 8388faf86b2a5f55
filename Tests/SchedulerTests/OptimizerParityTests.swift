import DeckModel
import Foundation
import Testing

@testable import Scheduler

/// The optimizer against fsrs-rs-python 0.9.3 (fsrs-rs 6.6.2), from the fixture
/// `make-optimizer-fixtures.sh` wrote: the outlier filter keeps the same items, the
/// pre-trained initial stabilities agree, and one epoch of training on one batch of 512
/// items gives the same weights. fsrs-rs computes in f32, so agreement is to float tolerance.
@Suite struct OptimizerParityTests {
    struct Fixture: Decodable {
        struct Outliers: Decodable {
            var items: [[[Int]]]
            var kept: [[[Int]]]
        }
        struct Fit: Decodable {
            var items: [[[Int]]]
            var parameters: [Double]
        }
        var outliers: Outliers
        var pretrain: [Fit]
        var epoch: Fit
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "Fixtures/fsrs-optimizer", withExtension: "json")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func items(_ raw: [[[Int]]]) -> [FSRSItem] {
        raw.map { FSRSItem($0.map { FSRSReview(Rating(rawValue: $0[0])!, $0[1]) }) }
    }

    static func expectClose(_ ours: [Double], _ theirs: [Double], relative: Double, _ what: String) {
        #expect(ours.count == theirs.count, "\(what): \(ours.count) weights")
        for (index, (a, b)) in zip(ours, theirs).enumerated() {
            #expect(abs(a - b) <= relative * max(abs(b), 1e-3), "\(what): w\(index) is \(a), fsrs-rs \(b)")
        }
    }

    @Test func theOutlierFilterKeepsWhatFsrsRsKeeps() {
        let items = Self.items(Self.fixture.outliers.items)
        let kept = OptimizerData.removingOutliers(items)
        #expect(kept.count < items.count)
        #expect(kept == Self.items(Self.fixture.outliers.kept))
    }

    @Test(arguments: 0..<5) func thePretrainedInitialStabilitiesAreFsrsRss(set: Int) {
        let fit = Self.fixture.pretrain[set]
        var random = SplitMix64(state: 1)
        let result = FSRSOptimizer.fit(Self.items(fit.items), using: &random)
        #expect(result.amount != .full)
        Self.expectClose(result.weights, fit.parameters, relative: 1e-4, "pretrain set \(set)")
    }

    @Test func oneEpochOnOneBatchGivesFsrsRssWeights() {
        var configuration = FSRSOptimizer.Configuration()
        configuration.epochs = 1
        var random = SplitMix64(state: 1)
        let result = FSRSOptimizer.fit(
            Self.items(Self.fixture.epoch.items), configuration: configuration, using: &random)
        #expect(result.amount == .full)
        #expect(result.items == 512)
        Self.expectClose(result.weights, Self.fixture.epoch.parameters, relative: 1e-4, "one epoch")
    }
}
