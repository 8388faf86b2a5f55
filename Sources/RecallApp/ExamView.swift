import DeckModel
import Review
import Study
import TerminalUI

/// The exam plan screen's saving, clearing and drawing.
extension ExamScreen {
    /// The settings with this exam in them, or an error shown on the screen.
    mutating func save(_ context: Context) -> Step {
        guard let day = DateReader.day(date.text) else {
            error = Self.dateError
            return .stay
        }
        guard let budget = ExamSetting.Budget(text: budget.text),
            let exam = ExamSetting(date: day, budget: budget, fewerCardsKnownWell: fewerCardsKnownWell)
        else {
            error = Self.budgetError
            return .stay
        }
        if let problem = exam.problem(today: context.data.calendar.day(of: context.now)) {
            error = problem.capitalizedFirst + "."
            return .stay
        }
        error = nil
        var settings = context.data.settings
        settings.exams[deck] = exam
        return .stay(
            [.saveSettings(settings, base: context.data.settings)]
                + (context.data.answerTimes[deck] == nil ? [.loadAnswerTimes(deck: deck)] : []))
    }

    static let dateError = "The exam date is a real day, such as 2027-03-15 or 15 March 2027."
    static let budgetError = "The budget is minutes a day (20m, 1h) or items a day (40)."

    /// Checks the field being left, so that a mistake shows at once, not only on saving: a
    /// date read is shown as it was read (`31 Dec 2026` → `2026-12-31`).
    mutating func leave(_ field: Int) {
        switch field {
        case Self.dateField where !date.text.trimmingWhitespace().isEmpty:
            guard let day = DateReader.day(date.text) else {
                error = Self.dateError
                return
            }
            if day.description != date.text { date = TextField(day.description) }
            if error == Self.dateError { error = nil }
        case Self.budgetField where !budget.text.trimmingWhitespace().isEmpty:
            guard ExamSetting.Budget(text: budget.text) != nil else {
                error = Self.budgetError
                return
            }
            if error == Self.budgetError { error = nil }
        default:
            break
        }
    }

    mutating func clear(_ context: Context) -> Step {
        var settings = context.data.settings
        guard settings.exams.removeValue(forKey: deck) != nil else {
            error = "This deck has no exam set."
            return .stay
        }
        error = nil
        return .stay([.saveSettings(settings, base: context.data.settings)])
    }

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        chrome.titleBar("Exam plan " + theme.glyphs.separator + " " + context.title(of: deck))
        let help = [
            "2027-03-15, 15 Mar 2027", "minutes (20m, 1h) or items (40)", "due reviews before new cards", "", "",
        ]
        for (index, name) in Self.fields.enumerated() {
            let y = 2 + index
            let value = index == Self.fewerField ? (fewerCardsKnownWell ? "[x]" : "[ ]") : ""
            let row = Table.Row([TextLayout.pad(name, width: 26) + value])
            chrome.table(
                Table(columns: [.fill], rows: [row], selected: index == selected ? 0 : nil),
                in: Rect(x: 2, y: y, width: chrome.width - 2, height: 1))
            if index < Self.fewerField {
                (index == Self.dateField ? date : budget)
                    .render(into: &chrome.buffer, x: 32, y: y, width: 12, style: Style(underline: true))
            }
            if !help[index].isEmpty {
                chrome.write(help[index], x: 46, y: y, style: theme.dim, maxWidth: chrome.width - 48)
            }
        }
        var y = 8
        let width = chrome.width - 8
        func paragraph(_ text: String, rows: Int, style: Style) {
            y += chrome.paragraph(text, in: Rect(x: 4, y: y, width: width, height: rows), style: style)
        }
        if let error {
            paragraph(error, rows: 2, style: theme.wrong)
            y += 1
        }
        if let tooFar = tooFar(context) {
            paragraph(tooFar.capitalizedFirst + ".", rows: 2, style: theme.wrong)
            return
        }
        switch forecast {
        case .none:
            paragraph(
                "No exam is set. While one is, this deck's study follows an exam plan: every card is shown as early "
                    + "as the budget allows, then the reviews that raise exam-day recall the most.", rows: 4,
                style: theme.dim)
        case .working(let share):
            paragraph("Working out the forecast… \(Percent.text(share)) (Esc stops it)", rows: 1, style: theme.dim)
        case .stopped:
            paragraph("The forecast was stopped; save the plan again to work it out.", rows: 2, style: theme.dim)
        case .ready(let report) where report.daysLeft == 0:
            paragraph("The exam day has come: plain FSRS schedules the cards again.", rows: 2, style: .plain)
        case .ready(let report):
            let days = "\(report.daysLeft) day\(report.daysLeft == 1 ? "" : "s") left"
            paragraph(
                days + " \(theme.glyphs.separator) \(report.cards) cards, \(report.neverStudied) never studied",
                rows: 2, style: .plain)
            paragraph(
                "Projected on the exam morning: \(Percent.text(report.forecast.meanRecall)) recall on average, "
                    + "\(Percent.text(report.forecast.shareAbove90)) of cards at 90% or more", rows: 2, style: .plain)
            if let warning = report.warning {
                let advice =
                    report.plan.setting.fewerCardsKnownWell
                    ? "" : " To know fewer cards well instead, choose \"Fewer cards, known well\" and save."
                y += 1
                paragraph("Warning: " + warning + "." + advice, rows: 3, style: theme.partly)
            }
        }
    }
}
