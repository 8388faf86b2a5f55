/// A card's memory as FSRS models it, without steps or due dates: what a planner reasons
/// about (see `ExamPlanner`).
public struct Memory: Sendable, Equatable {
    public var stability: Double
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}

/// A possible result of studying a card, with its probability.
public struct MemoryOutcome: Sendable, Equatable {
    public var probability: Double
    public var memory: Memory
}

extension FSRS {
    /// The same-day Good answers that follow a first answer until the card graduates, with
    /// the default learning steps (1 min, 10 min): two after Again or Hard, one after Good.
    public static func learningSteps(after first: Rating) -> [Rating] {
        switch first {
        case .again, .hard: [.good, .good]
        case .good: [.good]
        case .easy: []
        }
    }

    /// The Good answer that follows a lapse, with the default relearning step (10 min).
    public static let relearningSteps: [Rating] = [.good]

    /// A new card's memory after a day's answers: the first, then its steps.
    public func memory(afterLearning ratings: [Rating]) -> Memory {
        guard let first = ratings.first else { return Memory(stability: 0, difficulty: 0) }
        var memory = Memory(stability: initialStability(first), difficulty: min(max(initialDifficulty(first), 1), 10))
        for step in ratings.dropFirst() { memory = afterStep(memory, step) }
        return memory
    }

    /// A studied card's memory after a day's answers, `elapsedDays` (at least 1) after it
    /// was last studied: the review, then any same-day steps.
    public func memory(_ memory: Memory, afterReviewing ratings: [Rating], elapsedDays: Int) -> Memory {
        guard let first = ratings.first else { return memory }
        let r = retrievability(days: elapsedDays, stability: memory.stability)
        let stability = first == .again
            ? max(forgetStability(memory.difficulty, memory.stability, r), 0.001)
            : max(recallStability(memory.difficulty, memory.stability, r, first), 0.001)
        var next = Memory(stability: stability, difficulty: nextDifficulty(memory.difficulty, first))
        for step in ratings.dropFirst() { next = afterStep(next, step) }
        return next
    }

    private func afterStep(_ memory: Memory, _ rating: Rating) -> Memory {
        Memory(stability: shortTermStability(memory.stability, rating), difficulty: nextDifficulty(memory.difficulty, rating))
    }

    /// The outcomes of reviewing a card `elapsedDays` after it was last studied: recalled
    /// and rated Hard, Good or Easy (`ratingProbabilities`, given recall), or forgotten
    /// and relearned.
    public func reviewOutcomes(_ memory: Memory, elapsedDays: Int, ratingProbabilities: [Double]) -> [MemoryOutcome] {
        let r = retrievability(days: elapsedDays, stability: memory.stability)
        var outcomes = zip([Rating.hard, .good, .easy], ratingProbabilities).map { rating, probability in
            MemoryOutcome(probability: r * probability, memory: self.memory(memory, afterReviewing: [rating], elapsedDays: elapsedDays))
        }
        outcomes.append(MemoryOutcome(
            probability: 1 - r, memory: self.memory(memory, afterReviewing: [.again] + Self.relearningSteps, elapsedDays: elapsedDays)))
        return outcomes
    }

    /// The outcomes of learning a new card, by first answer (`ratingProbabilities` for
    /// Again, Hard, Good and Easy).
    public func learningOutcomes(ratingProbabilities: [Double]) -> [MemoryOutcome] {
        zip(Rating.allCases, ratingProbabilities).map { rating, probability in
            MemoryOutcome(probability: probability, memory: memory(afterLearning: [rating] + Self.learningSteps(after: rating)))
        }
    }
}
