import Questions
import Study
import TerminalUI

/// The end of a quiz: the score, then each mistake in turn, then each question the time
/// left unanswered, with its answer.
struct ScoreScreen: KeyedScreen {
    var deck: String
    var tally: StudySession.Tally
    var total: Int
    var mistakes: [StudySession.Answered]
    var timedOut: Bool
    /// The questions not answered when the quiz ended.
    var unanswered: [Question] = []
    /// 0 shows the score; then the mistakes, then the questions not answered, a page each.
    var page = 0

    var name: String { "Quiz results" }
    var pages: Int { mistakes.count + unanswered.count }
    /// Only the keys that do something on this page.
    var keys: [KeyHelp] {
        Self.bindings.help().compactMap { help in
            if help.key == "Enter" { return KeyHelp("Enter", page == pages ? "done" : "next", detail: help.detail) }
            return help.key == "←" && page == 0 ? nil : help
        }
    }

    static let bindings: [KeyBinding<ScoreScreen>] = [
        KeyBinding(
            [.enter, .right, .character(" "), .character("l")],
            KeyHelp(
                "Enter", "next",
                detail: "the next mistake or question not answered, or done")
        ) { score, _, _ in
            guard score.page < score.pages else { return .pop }
            score.page += 1
            return .stay
        },
        KeyBinding([.left, .character("h"), .backspace], KeyHelp("←", "previous")) { score, _, _ in
            score.page = max(0, score.page - 1)
            return .stay
        },
        KeyBinding([.escape, .character("q")], KeyHelp("Esc", "back")) { _, _, _ in .pop },
    ]

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        chrome.titleBar("Quiz results " + theme.glyphs.separator + " " + context.title(of: deck))
        let body = Rect(x: 4, y: 3, width: chrome.width - 8, height: chrome.content.maxY - 3)
        if page == 0 {
            renderScore(&chrome, body)
            return
        }
        if page > mistakes.count {
            renderUnanswered(unanswered[page - mistakes.count - 1], &chrome, body)
            return
        }
        let mistake = mistakes[page - 1]
        chrome.write("Mistake \(page) of \(mistakes.count)", x: body.x, y: body.y, style: theme.dim)
        var y = body.y + 2
        func paragraph(_ text: String, rows: Int, style: Style = .plain) {
            y += chrome.paragraph(
                text, in: Rect(x: body.x, y: y, width: body.width, height: min(rows, body.maxY - y)),
                style: style)
        }
        paragraph(mistake.question.prompt, rows: 4, style: theme.accent)
        y += 1
        paragraph("You said: " + (mistake.answer.isEmpty ? "(nothing)" : mistake.answer), rows: 2, style: theme.wrong)
        paragraph(
            "Answer: " + (mistake.verdict?.answer ?? mistake.question.answers.joined(separator: ", ")), rows: 3,
            style: theme.correct)
        if let missed = mistake.verdict?.missed, !missed.isEmpty {
            paragraph("Missed: " + missed.joined(separator: ", "), rows: 2)
        }
        if let note = mistake.question.note, y < body.maxY {
            y += 1
            paragraph("Note: " + note, rows: body.maxY - y, style: theme.dim)
        }
    }

    private func renderScore(_ chrome: inout Chrome, _ body: Rect) {
        let theme = chrome.theme
        let share = total == 0 ? 0 : Double(tally.right) / Double(total)
        chrome.write(
            "Score: \(tally.right)/\(total)  (\(Percent.text(share)))", x: body.x, y: body.y, style: theme.accent)
        chrome.write(
            theme.glyphs.bar(share, width: min(40, body.width)), x: body.x, y: body.y + 1, style: theme.correct)
        var y = body.y + 3
        chrome.write(
            "\(tally.right) right, \(tally.partly) partly right, \(tally.done - tally.right - tally.partly) wrong, "
                + "\(total - tally.done) not answered", x: body.x, y: y)
        y += 1
        if timedOut {
            chrome.write("Time ran out.", x: body.x, y: y, style: theme.partly)
            y += 1
        }
        var review: [String] = []
        if !mistakes.isEmpty { review.append("\(mistakes.count) mistake\(mistakes.count == 1 ? "" : "s")") }
        if !unanswered.isEmpty {
            review.append("\(unanswered.count) question\(unanswered.count == 1 ? "" : "s") not answered")
        }
        chrome.write(
            review.isEmpty ? "No mistakes to review." : review.joined(separator: " and ") + " to review: press Enter.",
            x: body.x, y: y + 1, maxWidth: body.width)
    }

    /// A question the time left unanswered, with its answer.
    private func renderUnanswered(_ question: Question, _ chrome: inout Chrome, _ body: Rect) {
        let theme = chrome.theme
        let number = page - mistakes.count
        chrome.write("Not answered \(number) of \(unanswered.count)", x: body.x, y: body.y, style: theme.dim)
        var y = body.y + 2
        y +=
            chrome.paragraph(
                question.prompt, in: Rect(x: body.x, y: y, width: body.width, height: 4), style: theme.accent) + 1
        chrome.paragraph(
            "Answer: " + question.answers.joined(separator: ", "),
            in: Rect(x: body.x, y: y, width: body.width, height: 3), style: theme.correct)
    }
}
