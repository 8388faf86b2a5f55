import Review
import Questions
import Scheduler
import Study
import TerminalUI

/// Draws a session: progress, the question, the answer area, and the verdict.
extension SessionState {
    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        let deckNames = decks.compactMap { model.data.generator(for: $0)?.deck.title }
        let title = mode.name + " " + theme.glyphs.separator + " " + (deckNames.count == 1 ? deckNames[0] : "\(deckNames.count) decks")
        var timer = ""
        if let deadline {
            let seconds = max(0, (deadline - model.clock.uptimeMilliseconds + 999) / 1000)
            timer = String(format2: seconds / 60) + ":" + String(format2: seconds % 60) + " left"
        }
        chrome.titleBar(title, right: timer)
        let width = chrome.width
        let total: Int
        switch mode {
        case .quiz: total = quizQuestions.count
        case .study, .flashcards:
            // The question showing counts among those left until its answer is saved.
            let showing: Int = switch phase {
            case .asking, .revealed, .saving: question == nil ? 0 : 1
            default: 0
            }
            total = done + showing + left
        }
        let counts = "done \(done)  left \(max(0, total - done))  right \(right)  wrong \(wrong + partly)"
        let barWidth = max(10, width - DisplayWidth.of(counts) - 8)
        chrome.write(theme.glyphs.bar(total == 0 ? 1 : Double(done) / Double(total), width: barWidth), x: 2, y: 2, style: theme.accent)
        chrome.write(counts, x: 4 + barWidth, y: 2, style: theme.dim)

        let body = Rect(x: 2, y: 4, width: width - 4, height: chrome.content.maxY - 4)
        switch phase {
        case .finished:
            renderFinished(&chrome, body, model: model)
        case .asking, .saving:
            renderQuestion(&chrome, body, showAnswerArea: true)
        case .revealed:
            renderQuestion(&chrome, body, showAnswerArea: false)
            if let question { renderBack(&chrome, body, question: question) }
        case .verdict(let outcome), .rerating(let outcome), .undoing(let outcome):
            renderQuestion(&chrome, body, showAnswerArea: false)
            renderVerdict(&chrome, body, outcome, model: model)
        }
        chrome.keyBar(keys(theme), status: model.status)
    }

    private func keys(_ theme: Theme) -> [(key: String, label: String)] {
        switch phase {
        case .finished: return [("Enter", "back")]
        case .verdict: return [("Enter", "next"), ("1-4", "change rating"), ("u", "undo"), ("Esc", "stop")]
        case .revealed: return [("1", "again"), ("2", "hard"), ("3", "good"), ("4", "easy"), ("Esc", "stop")]
        case .saving, .rerating, .undoing: return [("", "saving…")]
        case .asking:
            if isFlashcards { return [("Space", "show answer"), ("Esc", "stop"), ("?", "help")] }
            switch question?.kind.mode {
            case .choice?, .trueFalse?: return [(theme.glyphs.upDown, "choose"), ("1-9", "answer"), ("Enter", "answer"), ("Esc", "stop"), ("?", "help")]
            default: return [("Enter", "answer"), ("Esc", "stop"), ("F1", "help")]
            }
        }
    }

    /// The prompt, then the options or the answer field; returns the next free row.
    @discardableResult
    private func renderQuestion(_ chrome: inout Chrome, _ body: Rect, showAnswerArea: Bool) -> Int {
        guard let question else { return body.y }
        let theme = chrome.theme
        var y = body.y
        y += chrome.paragraph(question.prompt, in: Rect(x: body.x, y: y, width: body.width, height: 4), style: theme.accent)
        y += 1
        if let options = question.options {
            for (index, option) in options.enumerated() where y < body.maxY {
                let text = "\(index + 1). " + option
                chrome.row(TextLayout.truncate(text, width: body.width - 2), y: y, selected: showAnswerArea && !isTyping && !isFlashcards && index == choice, x: body.x + 2)
                y += 1
            }
            y += 1
        }
        if showAnswerArea && isTyping && y < body.maxY {
            let label = question.kind.mode == .arrange ? "Order: " : question.kind == .recallAll ? "Items: " : "Answer: "
            chrome.write(label, x: body.x, y: y, style: theme.dim)
            input.render(into: &chrome.buffer, x: body.x + DisplayWidth.of(label), y: y, width: body.width - DisplayWidth.of(label), style: Style(underline: true))
            if question.kind == .recallAll, y + 1 < body.maxY {
                chrome.write(
                    "Separate the items with commas.", x: body.x, y: y + 1, style: theme.dim, maxWidth: body.width)
            }
            y += 2
        }
        if case .saving = phase { chrome.write("Saving…", x: body.x, y: min(y, body.maxY - 1), style: theme.dim) }
        return y
    }

    private func renderBack(_ chrome: inout Chrome, _ body: Rect, question: Question) {
        let theme = chrome.theme
        var y = body.y + 5 + (question.options?.count ?? 0)
        y += chrome.paragraph("Answer: " + question.answers.joined(separator: question.kind.mode == .arrange ? " → " : ", "),
                              in: Rect(x: body.x, y: y, width: body.width, height: 3), style: theme.correct)
        if let note = question.note {
            chrome.paragraph(note, in: Rect(x: body.x, y: y + 1, width: body.width, height: max(0, body.maxY - y - 1)), style: theme.dim)
        }
    }

    private func renderVerdict(_ chrome: inout Chrome, _ body: Rect, _ outcome: Outcome, model: AppModel) {
        let theme = chrome.theme
        var y = body.y + 1 + TextLayout.wrap(outcome.question.prompt, width: body.width).prefix(4).count
        if let options = outcome.question.options { y += options.count + 1 }
        guard y < body.maxY else { return }
        if let verdict = outcome.verdict {
            let (label, style): (String, Style) = switch verdict.grade {
            case .correct: ("Correct", theme.correct)
            case .partlyCorrect: ("Partly correct", theme.partly)
            case .wrong: ("Wrong", theme.wrong)
            }
            chrome.write(label, x: body.x, y: y, style: style)
            chrome.write("  you said: " + outcome.answer, x: body.x + DisplayWidth.of(label), y: y, style: theme.dim, maxWidth: body.width - DisplayWidth.of(label))
            y += 1
            y += chrome.paragraph("Answer: " + verdict.answer, in: Rect(x: body.x, y: y, width: body.width, height: 2))
            if !verdict.missed.isEmpty {
                y += chrome.paragraph("Missed: " + verdict.missed.joined(separator: ", "), in: Rect(x: body.x, y: y, width: body.width, height: 2), style: theme.partly)
            }
            if !verdict.wrongItems.isEmpty {
                y += chrome.paragraph("Not right: " + verdict.wrongItems.joined(separator: ", "), in: Rect(x: body.x, y: y, width: body.width, height: 2), style: theme.wrong)
            }
            for detail in verdict.details where y < body.maxY - 1 {
                let style = detail.hasPrefix("not ") ? theme.wrong : theme.dim
                y += chrome.paragraph(detail, in: Rect(x: body.x, y: y, width: body.width, height: 2), style: style)
            }
        }
        if let reveal = outcome.question.reveal, y < body.maxY {
            y += chrome.paragraph(reveal, in: Rect(x: body.x, y: y, width: body.width, height: 2), style: theme.dim)
        }
        if let note = outcome.question.note, y < body.maxY - 1 {
            y += chrome.paragraph("Note: " + note, in: Rect(x: body.x, y: y, width: body.width, height: max(1, body.maxY - y - 1)), style: theme.dim)
        }
        let state = model.data.book.state(of: outcome.record.card)
        var line = "Rated \(outcome.record.rating.name)"
        if let due = state.due, case .verdict = phase { line += "; next " + relativeTime(due, from: model.clock.now) }
        chrome.write(line, x: body.x, y: body.maxY - 1, style: theme.dim, maxWidth: body.width)
    }

    private func renderFinished(_ chrome: inout Chrome, _ body: Rect, model: AppModel) {
        let theme = chrome.theme
        chrome.write("Nothing more is due. Well done.", x: body.x, y: body.y, style: theme.correct)
        chrome.write("Answered \(done) this session: \(right) right, \(partly) partly, \(wrong) wrong.", x: body.x, y: body.y + 2)
        let cards = model.data.cardKeys(of: decks)
        if let next = Study.StudyQueue.nextDue(cards: cards, book: model.data.book, after: model.clock.now) {
            chrome.write("Next card due " + relativeTime(next, from: model.clock.now) + ".", x: body.x, y: body.y + 3)
        }
    }
}

/// "in 10 minutes", "in 3 hours", "in 4 days".
/// How far away a time is, in the words line mode uses too.
func relativeTime(_ time: Timestamp, from now: Timestamp) -> String {
    RelativeTime.phrase(time, from: now)
}

extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
