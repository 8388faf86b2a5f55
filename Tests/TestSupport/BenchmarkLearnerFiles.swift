import Foundation

/// The optimizer benchmark's files in `../shared/tools`: the simulated learner's reviews
/// (`fsrs_synth_reviews.json`) and fsrs-rs's figures on them (`fsrs_optimizer_bench_result.json`).
/// Nil `folder` where neither the checkout's sibling nor /work/shared/tools holds them.
public enum BenchmarkLearnerFiles {
    public static let folder = [
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/tools")
            .standardized,
        URL(fileURLWithPath: "/work/shared/tools"),
    ].first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("fsrs_synth_reviews.json").path) }

    public struct Reviews: Decodable {
        public struct Card: Decodable {
            public var id: Int
            /// [day, second, rating] per review.
            public var reviews: [[Int]]
        }
        public var cards: [Card]
    }

    struct Missing: Error {}

    public static func reviews() throws -> Reviews {
        guard let folder else { throw Missing() }
        let data = try Data(contentsOf: folder.appendingPathComponent("fsrs_synth_reviews.json"))
        return try JSONDecoder().decode(Reviews.self, from: data)
    }

    /// fsrs-rs's figures, as the benchmark script wrote them.
    public static func result() throws -> [String: Any] {
        guard let folder else { throw Missing() }
        let data = try Data(contentsOf: folder.appendingPathComponent("fsrs_optimizer_bench_result.json"))
        guard let result = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw Missing() }
        return result
    }
}
