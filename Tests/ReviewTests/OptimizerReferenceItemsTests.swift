import DeckModel
import Foundation
import Scheduler
import TestSupport
import Testing

@testable import Review

/// The items built from the optimizer benchmark's synthetic reviews
/// (`../shared/tools/fsrs_synth_reviews.json`) are those its reference script built for
/// fsrs-rs: as many, each card's as the script makes them.
@Suite struct OptimizerReferenceItemsTests {
    @Test(.enabled(if: BenchmarkLearnerFiles.folder != nil, "the benchmark's data is not on this machine"))
    func theReferenceItemsAreBuiltAgain() throws {
        let synthetic = try BenchmarkLearnerFiles.reviews()
        let result = try BenchmarkLearnerFiles.result()
        let counts = try #require(result["counts"] as? [String: Any])
        // Day zero 2023-01-01, and 4 hours on, so that a study day (rolling over at 4 a.m.)
        // is the script's `seconds // 86400`.
        let zero = Timestamp(iso: "2023-01-01T04:00:00Z")!.microseconds
        var log = ReplayLog()
        for card in synthetic.cards {
            for review in card.reviews {
                log.append(
                    .review(
                        ReviewRecord(
                            card: CardKey(deck: "synth", fact: "c\(card.id)", kind: .answer),
                            time: Timestamp(microseconds: zero + Int64(review[1]) * 1_000_000),
                            rating: Rating(rawValue: review[2])!)))
            }
        }
        let items = log.optimizerItems(calendar: utc)
        #expect(items.count == counts["items"] as? Int)
        // The first card's items, as the script builds them.
        let first = synthetic.cards[0].reviews
        var previous = first[0][0]
        var expected: [FSRSReview] = [FSRSReview(Rating(rawValue: first[0][2])!, 0)]
        for review in first.dropFirst() {
            expected.append(FSRSReview(Rating(rawValue: review[2])!, review[0] - previous))
            previous = review[0]
        }
        #expect(items.contains(FSRSItem(expected)), "the first card's longest item")
    }
}
