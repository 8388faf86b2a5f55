import DeckModel
import Review
import Study
import TerminalUI

/// A deck's exam plan: the exam date and daily budget (saved to settings.json), the choice
/// of fewer cards known well, and where the deck stands (days left, cards never studied,
/// the projected exam-day recall, and a warning when the budget cannot show every card).
public struct ExamState: Sendable, Equatable {
    public var deckID: String
    public var date: TextField
    public var budget: TextField
    public var fewerCardsKnownWell: Bool
    public var selected = 0
    /// Where the deck stands against the saved exam; nil when none is set.
    public var report: ExamReport?
    public var error: String?

    static let fields = ["Exam date", "Daily budget", "Fewer cards, known well", "Save the plan", "Clear the exam"]

    init(deckID: String, model: AppModel) {
        self.deckID = deckID
        let exam = model.data.settings.exams[deckID]
        date = TextField(exam?.date.description ?? "")
        budget = TextField(exam?.budget.description ?? "20m")
        fewerCardsKnownWell = exam?.fewerCardsKnownWell ?? false
        report = Self.report(deckID, model: model)
    }

    /// The saved exam's report, worked out from the deck's cards as they are now.
    static func report(_ deckID: String, model: AppModel) -> ExamReport? {
        guard let plan = model.data.examPlans[deckID], let generator = model.data.generator(for: deckID) else { return nil }
        return ExamReport.make(
            cards: generator.cardKeys, book: model.data.book, plan: plan, scheduler: model.data.scheduler,
            calendar: model.data.calendar, now: model.clock.now)
    }

    /// True while the date or the budget field takes letter keys.
    var isTyping: Bool { selected < 2 }
}

extension ExamState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        var effects: [AppEffect] = []
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down, .tab: selected = min(Self.fields.count - 1, selected + 1)
        case .escape:
            model.pop()
            return []
        case .enter where selected < 3:
            selected += 1
        case .enter:
            effects = selected == 3 ? save(model: model) : clear(model: model)
        case .character(" ") where selected == 2:
            fewerCardsKnownWell.toggle()
        case .character("k") where !isTyping: selected = max(0, selected - 1)
        case .character("j") where !isTyping: selected = min(Self.fields.count - 1, selected + 1)
        case .backspace where !isTyping, .character("q") where !isTyping:
            model.pop()
            return []
        default:
            if selected == 0 { _ = date.handle(key) } else if selected == 1 { _ = budget.handle(key) }
        }
        model.screen = .exam(self)
        return effects
    }

    /// The settings with this exam in them, or an error shown on the screen.
    private mutating func save(model: AppModel) -> [AppEffect] {
        guard case .success(let day) = PartialDate.parse(date.text.trimmingWhitespace()), day.precision == .day else {
            error = "The exam date is a real date written YYYY-MM-DD, such as 2027-03-15."
            return []
        }
        guard let budget = ExamSetting.Budget(text: budget.text), let exam = ExamSetting(date: day, budget: budget, fewerCardsKnownWell: fewerCardsKnownWell)
        else {
            error = "The budget is minutes a day (20m, 1h) or items a day (40)."
            return []
        }
        guard exam.day >= model.data.calendar.day(of: model.clock.now) else {
            error = "That date has passed; give a date from today on."
            return []
        }
        error = nil
        var settings = model.data.settings
        settings.exams[deckID] = exam
        return [.saveSettings(settings)] + (model.data.answerTimes[deckID] == nil ? [.loadAnswerTimes(deck: deckID)] : [])
    }

    private mutating func clear(model: AppModel) -> [AppEffect] {
        var settings = model.data.settings
        guard settings.exams.removeValue(forKey: deckID) != nil else {
            error = "This deck has no exam set."
            return []
        }
        error = nil
        return [.saveSettings(settings)]
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        let title = model.data.generator(for: deckID)?.deck.title ?? deckID
        chrome.titleBar("Exam plan " + theme.glyphs.separator + " " + title)
        let help = ["YYYY-MM-DD", "minutes (20m, 1h) or items (40)", "due reviews before new cards", "", ""]
        for (index, name) in Self.fields.enumerated() {
            let y = 2 + index
            let value = index == 2 ? (fewerCardsKnownWell ? "[x]" : "[ ]") : ""
            chrome.row(TextLayout.pad(name, width: 26) + value, y: y, selected: index == selected, x: 4)
            if index < 2 {
                (index == 0 ? date : budget).render(into: &chrome.buffer, x: 32, y: y, width: 12, style: Style(underline: true))
            }
            if !help[index].isEmpty { chrome.write(help[index], x: 46, y: y, style: theme.dim, maxWidth: chrome.width - 48) }
        }
        var y = 8
        if let error {
            y += chrome.paragraph(error, in: Rect(x: 4, y: y, width: chrome.width - 8, height: 2), style: theme.wrong) + 1
        }
        guard let report else {
            chrome.paragraph("No exam is set. While one is, this deck's study follows an exam plan: every card is shown as early as the budget allows, then the reviews that raise exam-day recall the most.",
                             in: Rect(x: 4, y: y, width: chrome.width - 8, height: 4), style: theme.dim)
            chrome.keyBar([(theme.glyphs.upDown, "field"), ("Enter", "next / choose"), ("Esc", "back")], status: model.status)
            return
        }
        let lines: [(String, Style)] = report.daysLeft == 0
            ? [("The exam day has come: plain FSRS schedules the cards again.", .plain)]
            : [
                ("\(report.daysLeft) day\(report.daysLeft == 1 ? "" : "s") left " + theme.glyphs.separator
                 + " \(report.cards) cards, \(report.neverStudied) never studied", .plain),
                ("Projected on the exam morning: \(Self.percent(report.forecast.meanRecall)) recall on average, "
                 + "\(Self.percent(report.forecast.shareAbove90)) of cards at 90% or more", .plain),
            ]
        for (line, style) in lines { y += chrome.paragraph(line, in: Rect(x: 4, y: y, width: chrome.width - 8, height: 2), style: style) }
        if let warning = report.warning, report.daysLeft > 0 {
            let advice = report.plan.setting.fewerCardsKnownWell ? "" : " To know fewer cards well instead, choose \"Fewer cards, known well\" and save."
            chrome.paragraph("Warning: " + warning + "." + advice, in: Rect(x: 4, y: y + 1, width: chrome.width - 8, height: 3), style: theme.partly)
        }
        chrome.keyBar([(theme.glyphs.upDown, "field"), ("Enter", "next / choose"), ("Esc", "back")], status: model.status)
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}

extension AppModel {
    /// Works the exam screen's report out again, after its exam or the answer times change.
    mutating func refreshExam() {
        guard case .exam(var state) = screen else { return }
        state.report = ExamState.report(state.deckID, model: self)
        screen = .exam(state)
    }
}
