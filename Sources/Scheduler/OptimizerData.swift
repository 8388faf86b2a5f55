/// What the FSRS optimizer may fit on its items (fsrs.md §7.3 and §7.4 step 1): the
/// outlier filter fsrs-rs applies first, and the minimum data for each kind of fit.
public enum OptimizerData {
    /// How far the items reach, counted after the outlier filter.
    public enum Amount: Sendable, Equatable {
        /// Fewer than 8 items: the defaults stand; `needed` more are wanted.
        case tooFew(needed: Int)
        /// No item is a card's first long-term review: nothing to fit the initial stabilities on.
        case noFirstReviews
        /// Fewer than 64 items, or only first long-term reviews: the initial stabilities
        /// (w0–w3) alone are fitted; `needed` more items make a full fit.
        case initialStabilitiesOnly(needed: Int)
        /// A full fit of the 21 parameters.
        case full
    }

    public static let minimumItems = 8
    public static let minimumForFullFit = 64

    /// The amount `items` (already filtered) allow.
    public static func amount(of items: [FSRSItem]) -> Amount {
        guard items.count >= minimumItems else { return .tooFew(needed: minimumItems - items.count) }
        let first = items.filter { $0.longTermReviews == 1 }.count
        guard first > 0 else { return .noFirstReviews }
        if items.count < minimumForFullFit || first == items.count {
            return .initialStabilitiesOnly(needed: max(0, minimumForFullFit - items.count))
        }
        return .full
    }

    /// The items without those whose first long-term review falls in a rare group (fsrs-rs's
    /// `remove_outliers`): among the items with exactly one long-term review, grouped by
    /// first rating and then by that review's days, the smallest groups are removed until
    /// the next would bring the removed past max(20, a twentieth of the rating's items);
    /// after that a group stays only with 6 items or more and at most 100 days (365 for a
    /// first Easy). Every item whose first rating and first long-term days fall in a removed
    /// group goes.
    public static func removingOutliers(_ items: [FSRSItem]) -> [FSRSItem] {
        var groups: [Rating: [Int: Int]] = [:]
        for item in items where item.longTermReviews == 1 {
            guard let key = firstLongTerm(item) else { continue }
            groups[key.rating, default: [:]][key.days, default: 0] += 1
        }
        var removed = Set<Key>()
        for (rating, byDays) in groups {
            let total = byDays.values.reduce(0, +)
            let limit = max(20, total / 20)
            var removedCount = 0
            for (days, count) in byDays.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                if removedCount + count >= limit {
                    if count < 6 || days > (rating == .easy ? 365 : 100) {
                        removed.insert(Key(rating: rating, days: days))
                    }
                } else {
                    removedCount += count
                    removed.insert(Key(rating: rating, days: days))
                }
            }
        }
        return items.filter { item in firstLongTerm(item).map { !removed.contains($0) } ?? true }
    }

    private struct Key: Hashable {
        var rating: Rating
        var days: Int
    }

    /// An item's first rating and the days of its first long-term review.
    private static func firstLongTerm(_ item: FSRSItem) -> Key? {
        guard let first = item.reviews.first, let longTerm = item.reviews.first(where: { $0.deltaT > 0 }) else {
            return nil
        }
        return Key(rating: first.rating, days: longTerm.deltaT)
    }
}
