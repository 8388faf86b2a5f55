import Dispatch
import Foundation

/// The optimizer's training items, laid out for speed: their reviews side by side in one
/// buffer, each item a span of it with its recency weight, in batches of items of similar
/// length (fsrs.md §7.4 step 3).
struct TrainingSet {
    private var reviews: [FSRSReview] = []
    private var spans: [(range: Range<Int>, weight: Double)] = []
    private(set) var batches: [Range<Int>] = []

    /// `items` in time order: item i of n weighs 0.25 + 0.75·(i/(n − 1))³. Items with more
    /// than `maximumReviews` reviews are left out; the rest are sorted by length (stably) and
    /// cut into batches of `batchSize`.
    init(_ items: [FSRSItem], maximumReviews: Int, batchSize: Int) {
        let last = Double(max(1, items.count - 1))
        let weighted = items.enumerated()
            .map { index, item in (item: item, weight: 0.25 + 0.75 * pow(Double(index) / last, 3), index: index) }
            .filter { $0.item.reviews.count <= maximumReviews }
            .sorted { ($0.item.reviews.count, $0.index) < ($1.item.reviews.count, $1.index) }
        reviews.reserveCapacity(weighted.reduce(0) { $0 + $1.item.reviews.count })
        for entry in weighted {
            spans.append((reviews.count..<reviews.count + entry.item.reviews.count, entry.weight))
            reviews += entry.item.reviews
        }
        batches = stride(from: 0, to: spans.count, by: batchSize).map { $0..<min($0 + batchSize, spans.count) }
    }

    var count: Int { spans.count }

    /// Each batch's items are shared among this many parts, worked on at once and summed in
    /// order, so that the gradient is the same whatever the number of cores.
    static let parts = 4

    /// The gradient of a batch's summed, weighted loss at `weights`.
    func gradient(of batch: Range<Int>, at weights: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: 21 * Self.parts)
        let size = (batch.count + Self.parts - 1) / Self.parts
        weights.withUnsafeBufferPointer { weights in
            reviews.withUnsafeBufferPointer { reviews in
                sums.withUnsafeMutableBufferPointer { buffer in
                    // Each part reads the shared weights and reviews and writes its own 21 sums.
                    nonisolated(unsafe) let sums = buffer
                    nonisolated(unsafe) let reviews = reviews
                    nonisolated(unsafe) let model = ItemLoss.Model(weights)
                    DispatchQueue.concurrentPerform(iterations: Self.parts) { part in
                        let start = batch.lowerBound + part * size
                        guard start < batch.upperBound else { return }
                        // Summed apart and copied once: parts writing side by side would share cache lines.
                        var local = [Double](repeating: 0, count: 21)
                        var loss = ItemLoss()
                        local.withUnsafeMutableBufferPointer { gradient in
                            for span in spans[start..<min(start + size, batch.upperBound)] {
                                let item = UnsafeBufferPointer(rebasing: reviews[span.range])
                                _ = loss.loss(model, item: item, weight: span.weight, gradient: gradient)
                            }
                        }
                        for index in 0..<21 { sums[part * 21 + index] = local[index] }
                    }
                }
            }
        }
        return (0..<21).map { index in (0..<Self.parts).reduce(0) { $0 + sums[$1 * 21 + index] } }
    }
}
