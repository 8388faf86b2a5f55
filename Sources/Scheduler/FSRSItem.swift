/// One review as the FSRS optimizer reads it (fsrs-rs's `FSRSReview`, fsrs.md §7.2): its
/// rating, and the whole study days since the card's previous review (0 for the first
/// review and for one the same day).
public struct FSRSReview: Sendable, Equatable {
    public var rating: Rating
    public var deltaT: Int

    public init(_ rating: Rating, _ deltaT: Int) {
        self.rating = rating
        self.deltaT = deltaT
    }
}

/// One card's reviews in order, ending with the review whose outcome the model is to
/// predict from the ones before it (fsrs-rs's `FSRSItem`).
public struct FSRSItem: Sendable, Equatable {
    public var reviews: [FSRSReview]

    public init(_ reviews: [FSRSReview]) {
        self.reviews = reviews
    }

    /// Whether the last review was recalled (rated above Again).
    public var recalled: Bool { reviews.last.map { $0.rating != .again } ?? false }

    /// The reviews a day or more after the one before them.
    public var longTermReviews: Int { reviews.filter { $0.deltaT > 0 }.count }
}
