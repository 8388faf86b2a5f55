import Testing

@testable import Scheduler

/// What the optimizer may fit on (fsrs.md §7.3) and the outlier filter before it (§7.4).
@Suite struct OptimizerDataTests {
    /// `count` items of a first `rating` and a first long-term review `days` later, and,
    /// when `longer`, one more review after it.
    func items(_ count: Int, _ rating: Rating, days: Int, longer: Bool = false) -> [FSRSItem] {
        let first = [FSRSReview(rating, 0), FSRSReview(.good, days)]
        return Array(repeating: FSRSItem(longer ? first + [FSRSReview(.good, 2 * days)] : first), count: count)
    }

    @Test func theMinimumsOfData() {
        #expect(OptimizerData.amount(of: items(5, .good, days: 1)) == .tooFew(needed: 3))
        #expect(OptimizerData.amount(of: items(10, .good, days: 1, longer: true)) == .noFirstReviews)
        #expect(OptimizerData.amount(of: items(30, .good, days: 1)) == .initialStabilitiesOnly(needed: 34))
        #expect(OptimizerData.amount(of: items(70, .good, days: 1)) == .initialStabilitiesOnly(needed: 0))
        let mixed = items(40, .good, days: 1) + items(30, .good, days: 1, longer: true)
        #expect(OptimizerData.amount(of: mixed) == .full)
    }

    @Test func rareFirstIntervalsAreRemovedWithEveryItemThatStartsSo() {
        let kept = items(100, .good, days: 1) + items(40, .good, days: 3)
        let rare = items(2, .good, days: 7) + items(10, .good, days: 200)
        // A later item whose first long-term review was one of the rare ones goes too.
        let followers = items(3, .good, days: 7, longer: true)
        let easy = items(30, .easy, days: 300) + items(3, .easy, days: 2)
        let filtered = OptimizerData.removingOutliers(kept + rare + followers + easy)
        #expect(filtered.count == kept.count + 30, "\(filtered.count)")
        #expect(!filtered.contains { $0.reviews.contains { $0.deltaT == 7 || $0.deltaT == 200 } })
        // A first Easy may be 365 days out; its rare 2-day group of 3 is removed.
        #expect(filtered.filter { $0.reviews[0].rating == .easy }.allSatisfy { $0.reviews[1].deltaT == 300 })
    }
}
