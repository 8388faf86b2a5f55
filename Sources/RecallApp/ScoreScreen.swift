import Study
import TerminalUI

/// The end of a quiz: the score, then each mistake in turn.
struct ScoreScreen: KeyedScreen {
    var deck: String
    var tally: StudySession.Tally
    var total: Int
    var mistakes: [StudySession.Answered]
    var timedOut: Bool
    /// 0 shows the score; n shows mistake n.
    var page = 0

    var name: String { "Quiz results" }
    var keys: [KeyHelp] {
        Self.bindings.help().map { help in
            help.key == "Enter" && page == mistakes.count ? KeyHelp("Enter", "done") : help
        }
    }

    static let bindings: [KeyBinding<ScoreScreen>] = [
        KeyBinding(
            [.enter, .right, .character(" "), .character("l")],
            KeyHelp(
                "Enter", "next mistake",
                detail: "the next mistake, or done")
        ) { score, _, _ in
            guard score.page < score.mistakes.count else { return .pop }
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
        let count = mistakes.count
        chrome.write(
            count == 0 ? "No mistakes to review." : "\(count) mistake\(count == 1 ? "" : "s") to review: press Enter.",
            x: body.x, y: y + 1)
    }
}
