/// A card's memory as FSRS models it, without steps or due dates: what the exam planner
/// reasons about.
public struct Memory: Sendable, Equatable {
    public var stability: Double
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        (self.stability, self.difficulty) = (stability, difficulty)
    }
}

extension FSRS {
    /// The memory after a day's answers: the first `elapsedDays` after the last study day
    /// (from `memory`, or from nothing for a new card), then the same-day ones.
    public func memory(afterDay ratings: [Rating], from memory: Memory?, elapsedDays: Int) -> Memory? {
        var current = memory
        for (index, rating) in ratings.enumerated() {
            current = nextMemory(current, rating, elapsedDays: index == 0 ? elapsedDays : 0).0
        }
        return current
    }

    /// The Good answers that follow a first answer on the same day, as the learner's steps
    /// have them: a new card answered `first`, or a review forgotten (`lapse`), is answered
    /// Good at each (re)learning step that falls the same day, until it graduates. With the
    /// default steps (1 min, 10 min; relearning 10 min): two after Again or Hard, one after
    /// Good, none after Easy, and one after a lapse.
    public func sameDayAnswers(after first: Rating, lapse: Bool = false) -> [Rating] {
        let start = Timestamp(microseconds: 0)
        let card =
            lapse
            ? CardState(phase: .review, step: nil, stability: 10, difficulty: 5, due: start, lastReview: start, reps: 1)
            : .new
        var outcome = review(card, first, at: start, fuzz: 0)
        var answers: [Rating] = []
        while outcome.card.phase != .review, let due = outcome.card.due, due < start + .days(1), answers.count < 50 {
            answers.append(.good)
            outcome = review(outcome.card, .good, at: due, fuzz: 0)
        }
        return answers
    }
}
