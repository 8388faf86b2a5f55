import TerminalUI

/// The end of a quiz: the score, then each mistake in turn.
public struct ScoreState: Sendable, Equatable {
    public var deckID: String
    public var right: Int
    public var partly: Int
    public var total: Int
    public var answered: Int
    public var mistakes: [SessionState.Outcome]
    public var timedOut: Bool
    /// 0 shows the score; n shows mistake n.
    public var page = 0
}

extension ScoreState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .enter, .right, .character(" "), .character("l"):
            if page < mistakes.count { page += 1 } else { model.pop(); return [] }
        case .left, .character("h"), .backspace:
            page = max(0, page - 1)
        case .escape, .character("q"):
            model.pop()
            return []
        default: break
        }
        model.screen = .score(self)
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        chrome.titleBar("Quiz results " + theme.glyphs.separator + " " + (model.data.generator(for: deckID)?.deck.title ?? deckID))
        let body = Rect(x: 4, y: 3, width: chrome.width - 8, height: chrome.content.maxY - 3)
        if page == 0 {
            let percent = total == 0 ? 0 : Int((Double(right) / Double(total) * 100).rounded())
            chrome.write("Score: \(right)/\(total)  (\(percent)%)", x: body.x, y: body.y, style: theme.accent)
            chrome.write(theme.glyphs.bar(total == 0 ? 0 : Double(right) / Double(total), width: min(40, body.width)), x: body.x, y: body.y + 1, style: theme.correct)
            var y = body.y + 3
            chrome.write("\(right) right, \(partly) partly right, \(answered - right - partly) wrong, \(total - answered) not answered", x: body.x, y: y)
            y += 1
            if timedOut { chrome.write("Time ran out.", x: body.x, y: y, style: theme.partly); y += 1 }
            y += 1
            chrome.write(mistakes.isEmpty ? "No mistakes to review." : "\(mistakes.count) mistake\(mistakes.count == 1 ? "" : "s") to review: press Enter.", x: body.x, y: y)
        } else {
            let mistake = mistakes[page - 1]
            chrome.write("Mistake \(page) of \(mistakes.count)", x: body.x, y: body.y, style: theme.dim)
            var y = body.y + 2
            y += chrome.paragraph(mistake.question.prompt, in: Rect(x: body.x, y: y, width: body.width, height: 4), style: theme.accent) + 1
            y += chrome.paragraph("You said: " + (mistake.answer.isEmpty ? "(nothing)" : mistake.answer), in: Rect(x: body.x, y: y, width: body.width, height: 2), style: theme.wrong)
            y += chrome.paragraph("Answer: " + (mistake.verdict?.answer ?? mistake.question.answers.joined(separator: ", ")),
                                  in: Rect(x: body.x, y: y, width: body.width, height: 3), style: theme.correct)
            if let missed = mistake.verdict?.missed, !missed.isEmpty {
                y += chrome.paragraph("Missed: " + missed.joined(separator: ", "), in: Rect(x: body.x, y: y, width: body.width, height: 2))
            }
            if let note = mistake.question.note, y < body.maxY {
                chrome.paragraph("Note: " + note, in: Rect(x: body.x, y: y + 1, width: body.width, height: max(0, body.maxY - y - 1)), style: theme.dim)
            }
        }
        chrome.keyBar([("Enter", page < mistakes.count ? "next mistake" : "done"), ("←", "previous"), ("Esc", "back")], status: model.status)
    }
}
