import DeckModel
import Review
import Scheduler
import TerminalUI

/// A deck's description, author, sources, and the facts that carry an as-of date.
public struct InfoState: Sendable, Equatable {
    public var deckID: String
    public var scroll = 0
}

extension InfoState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .escape, .backspace, .character("q"):
            model.pop()
            return []
        default: break
        }
        model.screen = .info(self)
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        guard let deck = model.data.generator(for: deckID)?.deck else { return }
        chrome.titleBar("Info " + theme.glyphs.separator + " " + deck.title)
        let width = chrome.width - 4
        var lines: [(String, Style)] = []
        func add(_ text: String, _ style: Style = .plain) {
            for line in TextLayout.wrap(text, width: width) { lines.append((line, style)) }
        }
        add(deck.title, theme.accent)
        if let description = deck.description { add(description) }
        lines.append(("", .plain))
        add("Deck id: \(deck.id)  \(theme.glyphs.separator)  \(deck.facts.count) facts", theme.dim)
        if let author = deck.author { add("Author: \(author)", theme.dim) }
        if let updated = deck.updated { add("Updated: \(updated)", theme.dim) }
        if let path = model.data.deckPaths[deck.id] { add("File: \(path)", theme.dim) }
        if !deck.sources.isEmpty {
            lines.append(("", .plain))
            add("Sources", theme.accent)
            for source in deck.sources { add("  " + source) }
        }
        let dated = deck.facts.filter { $0.asOf != nil }
        if !dated.isEmpty {
            lines.append(("", .plain))
            add("As-of dates (facts that can change)", theme.accent)
            for fact in dated.sorted(by: { ($0.asOf!, $0.id) < ($1.asOf!, $1.id) }) {
                let stale = fact.asOf!.isOlder(thanMonths: 24, on: model.today)
                add("  \(fact.asOf!.spelledOut)\(stale ? " (stale)" : ""): \(fact.content.summary)", stale ? theme.wrong : .plain)
            }
        }
        let top = 2
        let visible = chrome.content.maxY - top
        for (index, line) in lines.dropFirst(min(scroll, max(0, lines.count - visible))).prefix(visible).enumerated() {
            chrome.write(line.0, x: 2, y: top + index, style: line.1, maxWidth: width)
        }
        chrome.keyBar([(theme.glyphs.upDown, "scroll"), ("Esc", "back")], status: model.status)
    }
}

extension AppModel {
    /// Today as a calendar date, for comparing with `as-of` dates.
    var today: PartialDate {
        let (year, month, day) = Timestamp.civilDate(ofDay: data.calendar.day(of: clock.now))
        return PartialDate(year: year, month: month, day: day)!
    }
}
