import TerminalUI

/// The home screen: every deck with what is due, a mastery bar and when it was last studied.
public struct HomeState: Sendable, Equatable {
    public var selected = 0

    public init(selected: Int = 0) {
        self.selected = selected
    }
}

extension HomeState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        let count = model.summaries.count
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(max(0, count - 1), selected + 1)
        case .home: selected = 0
        case .end: selected = max(0, count - 1)
        case .enter:
            guard count > 0 else { return [] }
            model.screen = .home(self)
            model.push(.deck(DeckMenuState(deckID: model.summaries[selected].id)))
            return []
        case .character("s"):
            guard count > 0 else { return [] }
            model.screen = .home(self)
            model.startStudy(decks: [model.summaries[selected].id])
            return []
        case .character("a"):
            model.screen = .home(self)
            model.startStudy(decks: model.summaries.map(\.id))
            return []
        case .character("q"), .escape:
            model.quitting = true
            return [.quit]
        default: break
        }
        model.screen = .home(self)
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        let streak = model.streak == 1 ? "1 day" : "\(model.streak) days"
        chrome.titleBar("Recall", right: "streak \(streak)")
        let width = chrome.width
        let barWidth = width >= 100 ? 20 : 10
        let titleWidth = max(12, width - 2 - 9 - 9 - (barWidth + 6) - 13 - 4)
        chrome.write(TextLayout.pad("Deck", width: titleWidth) + "  " + TextLayout.pad("due now", width: 7) + "  " + TextLayout.pad("new", width: 6)
                     + TextLayout.pad("mastery", width: barWidth + 5) + "  last studied", x: 2, y: 2, style: theme.dim)
        if model.summaries.isEmpty {
            chrome.paragraph("No decks found. Put deck files in $RECALL_HOME/decks, or run recall with a deck file: recall path/to/deck.yaml",
                             in: Rect(x: 2, y: 4, width: width - 4, height: 3))
        }
        let listTop = 3
        let visible = max(1, chrome.content.maxY - listTop - 1)
        let first = max(0, min(selected - visible + 1, model.summaries.count - visible))
        for (offset, summary) in model.summaries.dropFirst(first).prefix(visible).enumerated() {
            let index = first + offset
            let mastery = theme.glyphs.bar(summary.mastery, width: barWidth) + " " + TextLayout.pad("\(Int((summary.mastery * 100).rounded()))%", width: 4)
            let line = TextLayout.pad(summary.title, width: titleWidth) + "  " + TextLayout.pad(String(summary.dueNow), width: 7)
                + "  " + TextLayout.pad(String(summary.newAvailable), width: 6) + mastery + "  "
                + relativeDay(summary.lastStudied, data: model.data, now: model.clock.now)
            chrome.row(line, y: listTop + offset, selected: index == selected)
        }
        let due = model.summaries.reduce(0) { $0 + $1.dueNow }
        let fresh = model.summaries.reduce(0) { $0 + $1.newAvailable }
        chrome.write("\(due) due now, \(fresh) new today across \(model.summaries.count) deck\(model.summaries.count == 1 ? "" : "s")",
                     x: 2, y: chrome.content.maxY - 1, style: theme.dim)
        chrome.keyBar([(theme.glyphs.upDown, "select"), ("Enter", "open"), ("s", "study"), ("a", "study all"), ("?", "help"), ("q", "quit")],
                      status: model.status)
    }
}
