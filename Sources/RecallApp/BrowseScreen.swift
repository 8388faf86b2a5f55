import DeckModel
import Review
import Questions
import TerminalUI

/// Every fact of a deck with its mastery; `/` filters, Enter opens a fact.
public struct BrowseState: Sendable, Equatable {
    public var deckID: String
    public var selected = 0
    public var filter = TextField()
    public var searching = false
}

extension BrowseState {
    /// The facts matching the filter, in deck order.
    func facts(_ model: AppModel) -> [Fact] {
        guard let deck = model.data.generator(for: deckID)?.deck else { return [] }
        let needle = filter.text.folded()
        guard !needle.isEmpty else { return deck.facts }
        return deck.facts.filter { fact in
            fact.content.summary.folded().contains(needle) || fact.id.contains(needle) || fact.tags.contains { $0.folded().contains(needle) }
        }
    }

    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        let count = facts(model).count
        if searching {
            switch key {
            case .enter, .down: searching = false
            case .escape:
                searching = false
                filter = TextField()
            default: filter.handle(key)
            }
            selected = min(selected, max(0, facts(model).count - 1))
            model.screen = .browse(self)
            return []
        }
        switch key {
        case .character("/"): searching = true
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, count - 1), selected + 10)
        case .enter:
            guard count > 0 else { break }
            let fact = facts(model)[selected]
            model.screen = .browse(self)
            model.push(.fact(FactState(deckID: deckID, factID: fact.id)))
            return [.loadHistory(fact: "\(deckID)/\(fact.id)")]
        case .escape, .backspace, .character("q"):
            model.pop()
            return []
        default: break
        }
        model.screen = .browse(self)
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        let title = model.data.generator(for: deckID)?.deck.title ?? deckID
        chrome.titleBar("Browse " + theme.glyphs.separator + " " + title)
        let list = facts(model)
        chrome.write("Search: ", x: 2, y: 2, style: theme.dim)
        if searching {
            filter.render(into: &chrome.buffer, x: 10, y: 2, width: chrome.width - 12, style: Style(underline: true))
        } else {
            chrome.write(filter.text.isEmpty ? "(press / to search)" : filter.text, x: 10, y: 2, style: theme.dim)
        }
        chrome.write(TextLayout.pad("kind", width: 9) + TextLayout.pad("fact", width: chrome.width - 30) + "mastery", x: 4, y: 4, style: theme.dim)
        let top = 5
        let visible = max(1, chrome.content.maxY - top)
        let first = max(0, min(selected - visible + 1, list.count - visible))
        for (offset, fact) in list.dropFirst(first).prefix(visible).enumerated() {
            let mastery = FactMastery.of(fact, deckID: deckID, model: model)
            let line = TextLayout.pad(fact.kind.rawValue, width: 9) + TextLayout.pad(fact.content.summary, width: chrome.width - 31)
                + " " + theme.glyphs.bar(mastery, width: 8) + " \(Int((mastery * 100).rounded()))%"
            chrome.row(line, y: top + offset, selected: first + offset == selected, x: 4)
        }
        if list.isEmpty { chrome.write("No fact matches.", x: 4, y: top, style: theme.dim) }
        chrome.keyBar(searching ? [("Enter", "done"), ("Esc", "clear")] : [("/", "search"), (theme.glyphs.upDown, "select"), ("Enter", "open"), ("Esc", "back")],
                      status: model.status)
    }
}

/// A fact's mastery: the mean retrievability now of its cards (new cards count 0).
enum FactMastery {
    static func of(_ fact: Fact, deckID: String, model: AppModel) -> Double {
        let keys = model.data.generator(for: deckID)?.cardKeys.filter { $0.fact == fact.id } ?? []
        guard !keys.isEmpty else { return 0 }
        let total = keys.reduce(0.0) { sum, key in
            sum + model.data.scheduler.retrievability(of: model.data.book.state(of: key), at: model.clock.now)
        }
        return total / Double(keys.count)
    }
}

/// One fact: what it says, its cards with their state, and its answer history.
public struct FactState: Sendable, Equatable {
    public var deckID: String
    public var factID: String
    /// Nil while the journal is being read.
    public var history: [ReviewRecord]?
    public var scroll = 0
}

extension FactState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .escape, .backspace, .character("q"):
            model.pop()
            return []
        default: break
        }
        model.screen = .fact(self)
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        guard let generator = model.data.generator(for: deckID), let fact = generator.deck.fact(id: factID) else { return }
        chrome.titleBar("Fact " + theme.glyphs.separator + " " + factID)
        var lines: [(String, Style)] = []
        for line in TextLayout.wrap(fact.content.summary, width: chrome.width - 4) { lines.append((line, theme.accent)) }
        lines.append(("\(fact.kind.rawValue) fact" + (fact.asOf.map { ", as of \($0.spelledOut)" } ?? "") + (fact.tags.isEmpty ? "" : ", tags: " + fact.tags.joined(separator: ", ")), theme.dim))
        if let note = fact.note {
            for line in TextLayout.wrap("Note: " + note, width: chrome.width - 4) { lines.append((line, theme.dim)) }
        }
        lines.append(("", .plain))
        lines.append(("Cards", theme.accent))
        for card in generator.cardKeys where card.fact == factID {
            let state = model.data.book.state(of: card)
            let recall = model.data.scheduler.retrievability(of: state, at: model.clock.now)
            let due = state.due.map { relativeTime($0, from: model.clock.now) } ?? "-"
            lines.append(("  " + TextLayout.pad(card.kindLabel, width: 16)
                          + TextLayout.pad(state.phase.rawValue, width: 12) + "recall \(Int((recall * 100).rounded()))%  due \(due)  lapses \(state.lapses)", .plain))
        }
        lines.append(("", .plain))
        lines.append(("History", theme.accent))
        if let history {
            if history.isEmpty { lines.append(("  not answered yet", theme.dim)) }
            for entry in history.reversed() {
                let when = entry.time.iso.prefix(16).replacingOccurrences(of: "T", with: " ")
                let verdict = entry.verdict?.rawValue ?? "self-graded"
                lines.append(("  " + when + "  " + TextLayout.pad(entry.card.kindLabel, width: 14)
                              + TextLayout.pad(entry.rating.name, width: 6) + verdict + (entry.answer.map { ": " + $0 } ?? ""), .plain))
            }
        } else {
            lines.append(("  reading the journal…", theme.dim))
        }
        let top = 2
        let visible = chrome.content.maxY - top
        for (index, line) in lines.dropFirst(min(scroll, max(0, lines.count - visible))).prefix(visible).enumerated() {
            chrome.write(line.0, x: 2, y: top + index, style: line.1, maxWidth: chrome.width - 4)
        }
        chrome.keyBar([(theme.glyphs.upDown, "scroll"), ("Esc", "back")], status: model.status)
    }
}
