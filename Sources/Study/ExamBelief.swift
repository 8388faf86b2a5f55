import Scheduler

/// What the exam planner believes about each card, kept up to date from each day's answers
/// as FSRS computes them: the memory after the day, the day, and the day it falls due at
/// desired retention 0.9.
public struct ExamBelief: Sendable {
    public private(set) var cards: [ExamPlanner.Card]
    /// The learner's FSRS, at desired retention 0.9.
    public let model: FSRS

    public init(cards: [ExamPlanner.Card], model: FSRS) {
        self.cards = cards
        self.model = model
    }

    /// Takes in one card's answers of `day`: the first answer, then any same-day steps.
    public mutating func record(card: Int, ratings: [Rating], day: Int) {
        let after: Memory?
        switch cards[card] {
        case .unstudied:
            after = model.memory(afterDay: ratings, from: nil, elapsedDays: 0)
        case .studied(let before, let lastDay, _):
            after = model.memory(afterDay: ratings, from: before, elapsedDays: day - lastDay)
        }
        guard let memory = after else { return }
        cards[card] = .studied(memory, lastDay: day, dueDay: day + model.nextInterval(stability: memory.stability))
    }
}
