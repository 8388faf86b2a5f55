import Dispatch

/// Wall-clock measurement on the monotonic clock.
enum Stopwatch {
    /// Milliseconds `body` took.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Runs `body` `runs` times and returns each run's milliseconds.
    static func runs(_ runs: Int, _ body: () throws -> Void) rethrows -> Samples {
        var values: [Double] = []
        for _ in 0..<runs { values.append(try milliseconds(body)) }
        return Samples(values)
    }
}

/// Measured values, and the order statistics the report gives.
struct Samples {
    let sorted: [Double]

    init(_ values: [Double]) {
        sorted = values.sorted()
    }

    var count: Int { sorted.count }
    var median: Double { percentile(50) }

    /// The nearest-rank percentile (`p` in 0...100).
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
