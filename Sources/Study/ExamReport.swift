import DeckModel
import Review
import Scheduler

/// Where a deck stands against its exam: the days left, the cards never studied, whether
/// the budget can show each of them once, and the exam-day recall the plan is expected to
/// reach (`ExamForecast`). Shown by `recall exam` and the app's exam plan screen.
public struct ExamReport: Sendable, Equatable {
    public var plan: ExamPlan
    public var daysLeft: Int
    public var cards: Int
    public var neverStudied: Int
    /// How many of the cards never studied the budget can show before the exam, when that is
    /// not all of them (new cards' cost × their number over the daily budget, against the
    /// days left).
    public var firstSeeable: Int?
    public var forecast: ExamForecast

    /// What a report is worked out from: a value, so that it can be worked out off the
    /// app's loop.
    public struct Request: Sendable {
        public var deck: String
        public var cards: [CardKey]
        public var book: CardBook
        public var plan: ExamPlan
        /// The learner's scheduler settings (their parameters and steps).
        public var settings: SchedulerSettings
        public var calendar: DayCalendar
        public var now: Timestamp

        public init(
            deck: String, cards: [CardKey], book: CardBook, plan: ExamPlan, settings: SchedulerSettings,
            calendar: DayCalendar, now: Timestamp
        ) {
            self.deck = deck
            self.cards = cards
            self.book = book
            self.plan = plan
            self.settings = settings
            self.calendar = calendar
            self.now = now
        }
    }

    /// The report, or nil when `progress` (told the share done, from 0 to 1) returns false
    /// to stop the simulation.
    public static func make(_ request: Request, progress: (Double) -> Bool = { _ in true }) -> ExamReport? {
        let plan = request.plan
        let today = request.calendar.day(of: request.now)
        // An exam set further ahead by hand is simulated over the days allowed, no more.
        let daysLeft = min(max(0, plan.setting.day - today), ExamSetting.maximumDaysAhead)
        let planned = StudyQueue.examCards(
            cards: request.cards, book: request.book, calendar: request.calendar, now: request.now, everyCard: true
        ).cards
        let neverStudied = planned.filter { $0 == .unstudied }.count
        let canShow = Int((Double(daysLeft) * plan.dailyBudget / plan.costs.new).rounded(.down))
        // Each run simulates every card on every day left; large decks get fewer runs.
        let runs = max(1, min(10, 2_000_000 / max(1, planned.count * max(1, daysLeft))))
        guard
            let forecast = ExamForecast.run(
                planner: plan.planner(settings: request.settings), cards: planned, day: today, budget: plan.dailyBudget,
                fewerCardsKnownWell: plan.setting.fewerCardsKnownWell, runs: runs, progress: progress)
        else { return nil }
        return ExamReport(
            plan: plan, daysLeft: daysLeft, cards: planned.count, neverStudied: neverStudied,
            firstSeeable: canShow < neverStudied ? canShow : nil, forecast: forecast)
    }

    /// "at 10 min a day you can first-see 190 of 300 cards before the exam", when the budget
    /// is too small.
    public var warning: String? {
        firstSeeable.map {
            "at \(plan.setting.budget.spoken) a day you can first-see \($0) of \(neverStudied) cards before the exam"
        }
    }
}
