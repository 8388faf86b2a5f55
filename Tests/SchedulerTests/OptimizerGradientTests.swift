import Foundation
import Testing

@testable import Scheduler

/// The hand-derived gradient of the optimizer's loss agrees with central finite differences
/// on real items (the parity fixture's 512), at the defaults and at weights a fit reaches.
/// A wrong term in any formula's derivative fails here.
@Suite struct OptimizerGradientTests {
    static let items = OptimizerParityTests.items(OptimizerParityTests.fixture.epoch.items)

    static func loss(_ w: [Double], gradient: inout [Double]?) -> Double {
        var itemLoss = ItemLoss()
        var total = 0.0
        w.withUnsafeBufferPointer { w in
            let w = ItemLoss.Model(w)
            if gradient != nil {
                gradient!.withUnsafeMutableBufferPointer { g in
                    for (index, item) in items.enumerated() {
                        total += item.reviews.withUnsafeBufferPointer {
                            itemLoss.loss(w, item: $0, weight: 0.5 + Double(index % 3), gradient: g)
                        }
                    }
                }
            } else {
                for (index, item) in items.enumerated() {
                    total += item.reviews.withUnsafeBufferPointer {
                        itemLoss.loss(w, item: $0, weight: 0.5 + Double(index % 3), gradient: nil)
                    }
                }
            }
        }
        return total
    }

    static let fitted: [Double] = [
        0.36, 2.3, 4.08, 8.38, 6.24, 0.61, 3.12, 0.02, 1.87, 0.15, 0.82, 1.54, 0.04, 0.38, 1.74, 0.55, 1.85, 0.49,
        0.14, 0.12, 0.16,
    ]

    @Test(arguments: [FSRSParameters.defaultWeights, fitted])
    func theGradientIsTheLossesSlope(weights: [Double]) {
        var gradient: [Double]? = [Double](repeating: 0, count: 21)
        _ = Self.loss(weights, gradient: &gradient)
        var none: [Double]? = nil
        for index in 0..<21 {
            let step = max(abs(weights[index]), 0.01) * 1e-6
            var up = weights, down = weights
            up[index] += step
            down[index] -= step
            let slope = (Self.loss(up, gradient: &none) - Self.loss(down, gradient: &none)) / (2 * step)
            let analytic = gradient![index]
            #expect(
                abs(slope - analytic) <= 1e-4 * max(abs(slope), 1), "w\(index): analytic \(analytic), numeric \(slope)")
        }
        #expect(gradient!.contains { $0 != 0 })
    }
}
