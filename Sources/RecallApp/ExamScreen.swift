import DeckModel
import Review
import Study
import TerminalUI

/// A deck's exam plan: the exam date and daily budget (saved to settings.json), the choice
/// of fewer cards known well, and where the deck stands (days left, cards never studied,
/// the projected exam-day recall, and a warning when the budget cannot show every card).
/// The projection is a simulation, worked out off the loop; Esc stops it.
struct ExamScreen: Screen {
    /// Where the projection stands.
    enum Forecast: Sendable {
        /// No exam is set.
        case none
        /// Being worked out: the share done.
        case working(Double)
        case stopped
        case ready(ExamReport)
    }

    static let fields = ["Exam date", "Daily budget", "Fewer cards, known well", "Save the plan", "Clear the exam"]
    static let dateField = 0, budgetField = 1, fewerField = 2, saveField = 3, clearField = 4

    var deck: String
    var date: TextField
    var budget: TextField
    var fewerCardsKnownWell: Bool
    var selected = 0
    var forecast = Forecast.none
    /// How many forecasts were asked for: the latest one's answer is the one to show.
    var forecasts = 0
    var error: String?

    init(deck: String, context: Context) {
        self.deck = deck
        let exam = context.data.settings.exams[deck]
        date = TextField(exam?.date.description ?? "")
        budget = TextField(exam?.budget.description ?? "20m")
        fewerCardsKnownWell = exam?.fewerCardsKnownWell ?? false
        forecast = exam == nil || tooFar(context) != nil ? .none : .working(0)
    }

    var name: String { "Exam plan" }
    /// The date and the budget take typing.
    var takesText: Bool { selected < Self.fewerField }
    var keys: [KeyHelp] {
        var keys = [
            KeyHelp("↑↓", "field"),
            KeyHelp(
                "type", "date, budget", detail: "the date (2027-03-15, 15 March 2027) and the budget (20m, 40)",
                inBar: false),
            KeyHelp("Enter", "next / choose", detail: "next field; toggle, save or clear"), KeyHelp("Esc", "back"),
        ]
        if case .working = forecast { keys[3] = KeyHelp("Esc", "stop the forecast") }
        return keys
    }

    /// Why the exam saved (by hand, in settings.json) is too far ahead to forecast, if it is.
    func tooFar(_ context: Context) -> String? {
        let today = context.data.calendar.day(of: context.now)
        guard let exam = context.data.settings.exams[deck], exam.isTooFar(today: today) else { return nil }
        return exam.problem(today: today)
    }

    /// The learner's answer times first, when they are not known yet: the forecast follows.
    func start(_ context: Context) -> [Effect] {
        guard context.data.settings.exams[deck] != nil else { return [] }
        return context.data.answerTimes[deck] == nil ? [.loadAnswerTimes(deck: deck)] : forecastEffect(context)
    }

    /// The projection for the exam saved, worked out from the deck's cards as they are now.
    private func forecastEffect(_ context: Context) -> [Effect] {
        guard let plan = context.data.examPlans[deck], let generator = context.data.generator(for: deck),
            tooFar(context) == nil
        else { return [] }
        return [
            .forecast(
                id: forecasts,
                ExamReport.Request(
                    deck: deck, cards: generator.cardKeys, book: context.data.book, plan: plan,
                    settings: context.data.scheduler.settings, calendar: context.data.calendar, now: context.now))
        ]
    }

    mutating func update(_ event: AppEvent, _ context: Context) -> Step {
        switch event {
        case .key(let key):
            return handle(key, context)
        case .progress(let share):
            if case .working = forecast { forecast = .working(share) }
        case .forecastReady(let id, let report) where id == forecasts:
            forecast = report.map(Forecast.ready) ?? .stopped
        case .settingsSaved, .answerTimesLoaded:
            forecasts += 1
            forecast = context.data.settings.exams[deck] == nil || tooFar(context) != nil ? .none : .working(0)
            return .stay([.cancelWork] + forecastEffect(context))
        case .failed(.loadAnswerTimes, _):
            // The standard times stand in for the learner's.
            return .stay(forecastEffect(context))
        default:
            break
        }
        return .stay
    }

    private mutating func handle(_ key: Key, _ context: Context) -> Step {
        let field = selected
        defer { if selected != field { leave(field) } }
        switch key {
        case .escape:
            guard case .working = forecast else { return .pop }
            forecast = .stopped
            return .stay([.cancelWork])
        case .up: selected = max(0, selected - 1)
        case .down, .tab: selected = min(Self.fields.count - 1, selected + 1)
        case .enter where selected < Self.saveField: selected += 1
        case .enter: return selected == Self.saveField ? save(context) : clear(context)
        case .character(" ") where selected == Self.fewerField: fewerCardsKnownWell.toggle()
        case .character("k") where !takesText: selected = max(0, selected - 1)
        case .character("j") where !takesText: selected = min(Self.fields.count - 1, selected + 1)
        case .backspace where !takesText, .character("q") where !takesText: return .pop
        default:
            if selected == Self.dateField {
                _ = date.handle(key)
            } else if selected == Self.budgetField {
                _ = budget.handle(key)
            }
        }
        return .stay
    }
}
