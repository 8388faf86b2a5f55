import DeckModel
import Questions
import Review
import Scheduler
import Study

/// A deck's line on the home screen.
public struct DeckSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var cards: Int
    public var dueNow: Int
    public var newAvailable: Int
    /// Mean retrievability now over all cards (new cards count 0): how much of the deck
    /// would be recalled today.
    public var mastery: Double
    public var lastStudied: Timestamp?
    /// A teacher's template (`Deck.isTemplate`): left out of "study all" and its totals.
    public var isTemplate = false

    static func compute(_ generator: QuestionGenerator, data: AppData, now: Timestamp) -> DeckSummary {
        let keys = generator.cardKeys
        var due = 0, new = 0, recall = 0.0
        var last: Timestamp?
        for key in keys {
            let state = data.book.state(of: key)
            if state.isNew {
                new += 1
                continue
            }
            if let d = state.due, d <= now { due += 1 }
            recall += data.scheduler.retrievability(of: state, at: now)
            if let l = state.lastReview, l > (last ?? Timestamp(microseconds: .min)) { last = l }
        }
        let today = data.calendar.day(of: now)
        let introduced = data.book.tallies[CardBook.TallyKey(deck: generator.deck.id, day: today)]?.introduced ?? 0
        let allowed = StudyQueue.Limits(data.settings).newCards(deck: generator.deck.id, day: today)
        var newAvailable = min(new, max(0, allowed - introduced))
        // With an exam ahead, today's new cards are those the exam plan's budget reaches.
        if let plan = data.examPlans[generator.deck.id],
            let queue = StudyQueue.exam(
                deck: generator.deck.id, cards: keys, book: data.book, plan: plan, scheduler: data.scheduler,
                calendar: data.calendar, now: now)
        {
            newAvailable = queue.filter { data.book.state(of: $0).isNew }.count
        }
        return DeckSummary(
            id: generator.deck.id, title: generator.deck.title, cards: keys.count, dueNow: due,
            newAvailable: newAvailable,
            mastery: keys.isEmpty ? 0 : recall / Double(keys.count), lastStudied: last,
            isTemplate: generator.deck.isTemplate)
    }
}
