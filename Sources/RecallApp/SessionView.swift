import Questions
import Review
import Scheduler
import Study
import TerminalUI

/// Draws a session: progress, the question, the answer area, and the verdict.
extension SessionScreen {
    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        let titles = mode.decks.compactMap { context.data.generator(for: $0)?.deck.title }
        chrome.titleBar(
            mode.name + " " + theme.glyphs.separator + " " + (titles.count == 1 ? titles[0] : "\(titles.count) decks"),
            right: timer(context))
        renderProgress(&chrome, context)
        // Studying several decks, each card says which one it is from.
        if titles.count > 1, let question {
            chrome.write(
                "from " + context.title(of: question.card.deck), x: 2, y: 3, style: theme.dim,
                maxWidth: chrome.width - 4)
        }
        let body = Rect(x: 2, y: 4, width: chrome.width - 4, height: chrome.content.maxY - 4)
        switch phase {
        case .finished:
            renderFinished(&chrome, body, context)
        case .asking, .saving:
            renderQuestion(&chrome, body, showAnswerArea: true)
        case .revealed:
            renderQuestion(&chrome, body, showAnswerArea: false)
            if let question { renderBack(&chrome, body, question: question) }
        case .verdict(let outcome), .rerating(let outcome), .undoing(let outcome), .overriding(let outcome):
            renderQuestion(&chrome, body, showAnswerArea: false)
            renderVerdict(&chrome, body, outcome, context)
        }
        if askingToLeave {
            chrome.buffer.fill(Rect(x: 0, y: chrome.content.maxY - 1, width: chrome.width, height: 1))
            chrome.write(
                "Leave the session? Enter or y leaves, Esc or n stays.", x: 2,
                y: chrome.content.maxY - 1, style: theme.partly, maxWidth: chrome.width - 4)
        }
    }

    /// "04:59 left" while a timed quiz runs.
    private func timer(_ context: Context) -> String {
        guard let deadline else { return "" }
        let seconds = max(0, (deadline - context.clock.uptimeMilliseconds + 999) / 1000)
        return String(format2: seconds / 60) + ":" + String(format2: seconds % 60) + " left"
    }

    /// The bar of cards done, and the counts.
    private func renderProgress(_ chrome: inout Chrome, _ context: Context) {
        let tally = run.tally
        let total: Int
        if isQuiz {
            total = run.quizQuestions.count
        } else {
            // The question showing counts among those left until its answer is saved.
            let showing: Int =
                switch phase {
                case .asking, .revealed, .saving: question == nil ? 0 : 1
                default: 0
                }
            total = tally.done + showing + left
        }
        // What was answered and what is left; how well, where there is a verdict (the same
        // three counts as the session's summary), never for self-graded flashcards.
        let verdicts = isFlashcards ? "" : "  right \(tally.right)  partly \(tally.partly)  wrong \(tally.wrong)"
        let answered =
            "answered \(tally.done)  left \(max(0, total - tally.done))" + (budgetLeft(context).map { "  " + $0 } ?? "")
        // Narrow, the verdict counts give way: each card's verdict shows anyway.
        let counts = DisplayWidth.of(answered + verdicts) + 12 <= chrome.width - 4 ? answered + verdicts : answered
        let parts = Layout.columns(
            [.min(10), .length(DisplayWidth.of(counts))],
            in: Rect(x: 2, y: 2, width: chrome.width - 4, height: 1), spacing: 2)
        // Never backwards: cards coming back from their learning steps add to what is left,
        // and the bar waits for them rather than giving ground.
        let done =
            total == 0 || (phase == .finished && !endedEarly)
            ? 1 : max(progressFloor, Double(tally.done) / Double(total))
        chrome.write(
            chrome.theme.glyphs.bar(done, width: parts[0].width), x: parts[0].x, y: 2, style: chrome.theme.accent)
        chrome.write(counts, x: parts[1].x, y: 2, style: chrome.theme.dim)
    }

    /// The columns before an option's text: the selection marker and a space.
    private static func gutter(_ theme: Theme) -> Int {
        DisplayWidth.of(theme.glyphs.marker) + 1
    }

    /// The numbered options as the lines they take at `width`, the number on the first.
    static func optionLines(_ options: [String], width: Int) -> [(option: Int, first: Bool, text: String)] {
        options.enumerated().flatMap { index, option in
            let number = "\(index + 1). "
            let indent = String(repeating: " ", count: number.count)
            return TextLayout.wrap(option, width: max(8, width - number.count)).enumerated().map { line, text in
                (index, line == 0, (line == 0 ? number : indent) + text)
            }
        }
    }

    /// The prompt, then the options or the answer field; returns the next free row.
    @discardableResult
    private func renderQuestion(_ chrome: inout Chrome, _ body: Rect, showAnswerArea: Bool) -> Int {
        guard let question else { return body.y }
        let theme = chrome.theme
        var y = body.y
        y += chrome.paragraph(
            question.prompt, in: Rect(x: body.x, y: y, width: body.width, height: 4), style: theme.accent)
        y += 1
        if let options = question.options {
            let chosen = showAnswerArea && !takesText && !isFlashcards ? choice : nil
            let gutter = DisplayWidth.of(theme.glyphs.marker) + 1
            // A long option wraps over lines, never cut: every word of it can be read.
            for line in Self.optionLines(options, width: body.width - gutter) where y < body.maxY {
                let style = line.option == chosen ? theme.selected : Style.plain
                if line.option == chosen {
                    chrome.buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
                    if line.first { chrome.write(theme.glyphs.marker, x: body.x, y: y, style: style) }
                }
                chrome.write(line.text, x: body.x + gutter, y: y, style: style, maxWidth: body.width - gutter)
                y += 1
            }
            y += 1
        }
        if showAnswerArea && takesText && y < body.maxY {
            let label =
                question.kind.mode == .arrange ? "Order: " : question.kind == .recallAll ? "Items: " : "Answer: "
            let parts = Layout.columns(
                [.length(DisplayWidth.of(label)), .fill], in: Rect(x: body.x, y: y, width: body.width, height: 1))
            chrome.write(label, x: parts[0].x, y: y, style: theme.dim)
            input.render(
                into: &chrome.buffer, x: parts[1].x, y: y, width: parts[1].width, style: Style(underline: true))
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
        let gutter = Self.gutter(theme)
        var y = body.y + 5 + (question.options.map { Self.optionLines($0, width: body.width - gutter).count } ?? 0)
        let separator = question.kind.mode == .arrange ? " \(theme.glyphs.arrow) " : ", "
        y += chrome.paragraph(
            "Answer: " + question.answers.joined(separator: separator),
            in: Rect(x: body.x, y: y, width: body.width, height: 3), style: theme.correct)
        if let note = question.note {
            chrome.paragraph(
                note, in: Rect(x: body.x, y: y + 1, width: body.width, height: max(0, body.maxY - y - 1)),
                style: theme.dim)
        }
    }

    private func renderVerdict(_ chrome: inout Chrome, _ body: Rect, _ outcome: Outcome, _ context: Context) {
        let theme = chrome.theme
        var y = body.y + 1 + TextLayout.wrap(outcome.question.prompt, width: body.width).prefix(4).count
        if let options = outcome.question.options {
            y += Self.optionLines(options, width: body.width - Self.gutter(theme)).count + 1
        }
        guard y < body.maxY else { return }
        func line(_ text: String, style: Style = .plain, rows: Int = 2) {
            guard y < body.maxY - 1 else { return }
            let height = min(rows, body.maxY - 1 - y)
            y += chrome.paragraph(text, in: Rect(x: body.x, y: y, width: body.width, height: height), style: style)
        }
        if let verdict = outcome.verdict {
            let (label, style): (String, Style) =
                switch verdict.grade {
                case .correct where outcome.record.overridden: ("Counted as right", theme.correct)
                case .correct: ("Correct", theme.correct)
                case .partlyCorrect: ("Partly correct", theme.partly)
                case .wrong: ("Wrong", theme.wrong)
                case .dontKnow: ("Not known", theme.wrong)
                }
            chrome.write(label, x: body.x, y: y, style: style)
            let said = "you said: " + outcome.answer
            if verdict.grade == .dontKnow {
                y += 1
            } else if DisplayWidth.of(label + "  " + said) <= body.width {
                chrome.write("  " + said, x: body.x + DisplayWidth.of(label), y: y, style: theme.dim)
                y += 1
            } else {
                // Too long to follow the label: on lines of its own, whole.
                y += 1
                line("You said: " + outcome.answer, style: theme.dim, rows: 3)
            }
            // Typo and mistake marks, each on its own line, right under the verdict they explain.
            for detail in verdict.details { line(detail, style: detail.hasPrefix("not ") ? theme.wrong : theme.dim) }
            line("Answer: " + verdict.answer)
            if !verdict.missed.isEmpty {
                line("Missed: " + verdict.missed.joined(separator: ", "), style: theme.partly)
            }
            if !verdict.wrongItems.isEmpty {
                line("Not right: " + verdict.wrongItems.joined(separator: ", "), style: theme.wrong)
            }
        }
        if let reveal = outcome.question.reveal { line(reveal, style: theme.dim) }
        if let note = outcome.question.note { line("Note: " + note, style: theme.dim, rows: max(1, body.maxY - y - 1)) }
        let state = context.data.book.state(of: outcome.record.card)
        var rated = outcome.record.practice ? "Practice: no card moved" : "Rated \(outcome.record.rating.name)"
        if !outcome.record.practice, let due = state.due, case .verdict = phase {
            rated += "; next " + RelativeTime.phrase(due, from: context.now)
        }
        chrome.write(rated, x: body.x, y: body.maxY - 1, style: theme.dim, maxWidth: body.width)
    }
}

extension SessionScreen {
    /// What is left of today's exam budget, for the header, when the decks studied have an
    /// exam ahead: "12 min of 20 left", "25 of 40 items left".
    func budgetLeft(_ context: Context) -> String? {
        guard case .study(let decks) = mode else { return nil }
        let today = context.data.calendar.day(of: context.now)
        let plans = decks.compactMap { deck in
            context.data.examPlans[deck].map { (deck, $0) }
        }.filter { $0.1.setting.day > today }
        guard let unit = plans.first?.1.setting.budget,
            plans.allSatisfy({ $0.1.setting.budget.isMinutes == unit.isMinutes })
        else { return nil }
        var budget = 0.0, spent = 0.0
        for (deck, plan) in plans {
            budget += plan.dailyBudget
            spent += plan.spent(
                context.data.book.tallies[CardBook.TallyKey(deck: deck, day: today)] ?? CardBook.Tally())
        }
        let left = max(0, budget - spent)
        return unit.isMinutes
            ? "\(Int((left / 60).rounded(.up))) min of \(Int(budget / 60)) left"
            : "\(Int(left)) of \(Int(budget)) items left"
    }
}

extension String {
    /// Two digits: "05".
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
