import DeckModel
import Review
import Scheduler

/// A deck's exam as the study queue applies it: the setting, and the costs the planner
/// weighs reviews with.
public struct ExamPlan: Sendable, Equatable {
    public var setting: ExamSetting
    public var costs: ExamPlanner.Costs

    /// With a budget in minutes, the costs are the learner's own median times where the
    /// journal has enough of them, else fsrs-rs's defaults (31, 13 and 32 s); with a budget
    /// in items, every event counts one.
    public init(setting: ExamSetting, times: AnswerTimes) {
        self.setting = setting
        switch setting.budget {
        case .items:
            costs = .items
        case .minutes:
            // A journal of instant answers (a script's) says nothing about study time: times
            // are kept between 1 s and 10 min.
            func cost(_ time: Double?, _ standard: Double) -> Double { min(max(time ?? standard, 1), 600) }
            let standard = ExamPlanner.Costs.standard
            costs = ExamPlanner.Costs(
                new: cost(times.new, standard.new), pass: cost(times.pass, standard.pass),
                fail: cost(times.fail, standard.fail))
        }
    }

    /// A day's budget in the costs' units: seconds, or items.
    public var dailyBudget: Double {
        switch setting.budget {
        case .minutes(let minutes): Double(minutes) * 60
        case .items(let items): Double(items)
        }
    }

    /// The planner, reasoning with the learner's FSRS parameters and steps at retention 0.9.
    public func planner(settings: SchedulerSettings) -> ExamPlanner {
        var upkeep = settings
        upkeep.desiredRetention = 0.9
        return ExamPlanner(model: FSRS(settings: upkeep), examDay: setting.day, costs: costs)
    }

    /// What the budget has already gone on today, from the deck's tally.
    public func spent(_ tally: CardBook.Tally) -> Double {
        switch setting.budget {
        case .minutes: Double(tally.milliseconds) / 1000
        case .items: Double(tally.introduced + tally.reviews)
        }
    }
}

extension StudyQueue {
    /// The cards of one deck as the exam planner sees them at `now`, with their keys. For
    /// today's queue, cards in their learning steps and reviews already studied today are not
    /// the planner's; for a forecast (`everyCard`), every card is.
    public static func examCards(
        cards: [CardKey], book: CardBook, calendar: DayCalendar, now: Timestamp, everyCard: Bool = false
    ) -> (cards: [ExamPlanner.Card], keys: [CardKey]) {
        let dayStart = calendar.start(ofDay: calendar.day(of: now))
        var planned: [ExamPlanner.Card] = []
        var keys: [CardKey] = []
        for card in cards {
            let state = book.state(of: card)
            switch state.phase {
            case .new:
                planned.append(.unstudied)
            case .review, .learning, .relearning:
                guard everyCard || state.phase == .review, let last = state.lastReview, everyCard || last < dayStart,
                    let stability = state.stability, let difficulty = state.difficulty
                else { continue }
                planned.append(
                    .studied(
                        Memory(stability: stability, difficulty: difficulty), lastDay: calendar.day(of: last),
                        dueDay: state.due.map(calendar.day(of:)) ?? calendar.day(of: now)))
            }
            keys.append(card)
        }
        return (planned, keys)
    }

    /// Today's queue for a deck with an exam ahead: cards due in their learning steps, then
    /// the exam planner's order for as far as what is left of the day's budget goes. Nil on
    /// and after the exam day, when plain FSRS takes over with the cards as they are.
    public static func exam(
        deck: String, cards: [CardKey], book: CardBook, plan: ExamPlan, scheduler: FSRS, calendar: DayCalendar,
        now: Timestamp
    ) -> [CardKey]? {
        let today = calendar.day(of: now)
        guard today < plan.setting.day else { return nil }
        let learning = cards.compactMap { card -> (CardKey, Timestamp)? in
            let state = book.state(of: card)
            guard state.phase == .learning || state.phase == .relearning, let due = state.due, due <= now + learnAhead
            else { return nil }
            return (card, due)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        // As in the plain queue: learning steps due now first; those due soon only when
        // nothing else is left.
        let dueNow = learning.filter { $0.1 <= now }.map(\.0)
        let planner = plan.planner(settings: scheduler.settings)
        let (planned, keys) = examCards(cards: cards, book: book, calendar: calendar, now: now)
        var left =
            plan.dailyBudget - plan.spent(book.tallies[CardBook.TallyKey(deck: deck, day: today)] ?? CardBook.Tally())
        // As in the plain queue, a fact whose card was answered today (or is queued already)
        // waits: its other reviews come after the rest, and its other new cards another day.
        let dayStart = calendar.start(ofDay: today)
        var facts = Set(cards.filter { book.state(of: $0).lastReview.map { $0 >= dayStart } ?? false }.map(\.factScope))
        var order: [Int] = []
        var buried: [Int] = []
        for index in planner.queue(planned, day: today, fewerCardsKnownWell: plan.setting.fewerCardsKnownWell) {
            if facts.insert(keys[index].factScope).inserted {
                order.append(index)
            } else if case .studied = planned[index] {
                buried.append(index)
            }
        }
        var queue = dueNow
        for index in order + buried {
            guard left > 0 else { break }
            queue.append(keys[index])
            left -= planner.expectedCost(of: planned[index], day: today)
        }
        return queue.isEmpty ? learning.map(\.0) : queue
    }
}

extension ExamPlanner {
    /// What studying the card today is expected to cost.
    public func expectedCost(of card: Card, day: Int) -> Double {
        guard case .studied(let memory, let lastDay, _) = card else { return costs.new }
        return reviewCost(recall: model.retrievability(days: max(0, day - lastDay), stability: memory.stability))
    }
}
