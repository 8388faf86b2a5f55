import DeckModel
import TerminalUI

/// A deck's description, author, sources, the facts that carry an as-of date, and those a
/// draft marked for review.
struct InfoScreen: Scrolling, KeyedScreen {
    var deck: String
    var scroll = 0

    var name: String { "Info" }

    static let bindings: [KeyBinding<InfoScreen>] = [.scroll, .back]

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        guard let deck = context.data.generator(for: deck)?.deck else { return }
        chrome.titleBar("Info " + theme.glyphs.separator + " " + deck.title)
        let width = chrome.width - 4
        var view = TextView(width: width, offset: scroll)
        func add(_ text: String, _ style: Style = .plain) { view.add(text, style) }
        add(deck.title, theme.accent)
        if let description = deck.description { add(description) }
        view.gap()
        add("Deck id: \(deck.id)  \(theme.glyphs.separator)  \(deck.facts.count) facts", theme.dim)
        if let author = deck.author { add("Author: \(author)", theme.dim) }
        if let updated = deck.updated { add("Updated: \(updated)", theme.dim) }
        if let path = context.data.deckPaths[deck.id] { add("File: \(path)", theme.dim) }
        if !deck.sources.isEmpty {
            view.gap()
            add("Sources", theme.accent)
            for source in deck.sources { add("  " + source) }
        }
        let dated = deck.facts.compactMap { fact in fact.asOf.map { (date: $0, fact: fact) } }
        if !dated.isEmpty {
            view.gap()
            add("As-of dates (facts that can change)", theme.accent)
            for (date, fact) in dated.sorted(by: { ($0.date, $0.fact.id) < ($1.date, $1.fact.id) }) {
                let stale = date.isOlder(thanMonths: 24, on: context.today)
                add(
                    "  \(date.spelledOut)\(stale ? " (stale)" : ""): \(fact.content.summary)",
                    stale ? theme.wrong : .plain)
            }
        }
        let marked = deck.facts.filter { $0.review != nil }
        if !marked.isEmpty {
            view.gap()
            add("To review (\(marked.count), marked by recall draft)", theme.accent)
            for fact in marked { add("  \(fact.content.summary): \(fact.review!)", theme.partly) }
        }
        view.render(into: &chrome.buffer, area: Rect(x: 2, y: 2, width: width, height: chrome.content.maxY - 2))
    }
}
