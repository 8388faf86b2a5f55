import Foundation

/// How well a set of weights predicts items' outcomes (fsrs.md §8): log loss (mean binary
/// cross-entropy) and RMSE(bins), the size-weighted gap between the mean prediction and the
/// mean recall of items binned, as fsrs-rs bins them, by the last interval, the number of
/// long-term reviews and the number of lapses. Every item counts once, unweighted.
public struct ModelEvaluation: Sendable, Equatable {
    public var logLoss: Double
    public var rmseBins: Double
    public var items: Int

    public init(weights: [Double], items: [FSRSItem]) {
        var loss = ItemLoss()
        var bins: [Bin: (predicted: Double, recalled: Double, count: Double)] = [:]
        var total = 0.0
        weights.withUnsafeBufferPointer { w in
            let model = ItemLoss.Model(w)
            for item in items {
                guard let last = item.reviews.last, item.reviews.count >= 2 else { continue }
                let s = item.reviews.withUnsafeBufferPointer {
                    loss.stability(model, after: UnsafeBufferPointer(rebasing: $0.dropLast()))
                }
                let raw = model.retrievability(days: Double(last.deltaT), stability: s).r
                let r = min(max(raw, ItemLoss.probabilityRange.lowerBound), ItemLoss.probabilityRange.upperBound)
                let y = item.recalled ? 1.0 : 0.0
                total -= y * log(r) + (1 - y) * log(1 - r)
                let bin = Bin(item)
                bins[bin, default: (0, 0, 0)].predicted += r
                bins[bin, default: (0, 0, 0)].recalled += y
                bins[bin, default: (0, 0, 0)].count += 1
            }
        }
        let count = bins.values.reduce(0) { $0 + $1.count }
        self.items = Int(count)
        logLoss = count > 0 ? total / count : .nan
        let squares = bins.values.reduce(0.0) { sum, bin in
            let gap = bin.predicted / bin.count - bin.recalled / bin.count
            return sum + bin.count * gap * gap
        }
        rmseBins = count > 0 ? (squares / count).squareRoot() : .nan
    }

    /// fsrs-rs's `r_matrix_index`: geometric bins of the last interval, the review count and
    /// the lapse count.
    struct Bin: Hashable {
        var interval: Int
        var length: Int
        var lapses: Int

        init(_ item: FSRSItem) {
            let days = Double(item.reviews.last!.deltaT)
            interval = Int((2.48 * pow(3.62, floor(log(days) / log(3.62))) * 100).rounded())
            let length = Double(item.longTermReviews + 1)
            self.length = Int((1.99 * pow(1.89, floor(log(length) / log(1.89)))).rounded())
            let lapses = Double(item.reviews.dropLast().filter { $0.rating == .again && $0.deltaT > 0 }.count)
            self.lapses = lapses == 0 ? 0 : Int((1.65 * pow(1.73, floor(log(lapses) / log(1.73)))).rounded())
        }
    }
}
