import DeckModel
import TerminalUI

/// Every fact of a deck with its mastery; `/` filters, Enter opens a fact.
struct BrowseScreen: Screen {
    var deck: String
    var selected = 0
    var filter = TextField()
    var searching = false

    var name: String { "Browse" }
    var takesText: Bool { searching }
    var keys: [KeyHelp] {
        searching ? [KeyHelp("Enter", "done"), KeyHelp("Esc", "clear")] : Self.bindings.help()
    }

    /// The facts matching the filter (in the summary, the id or a tag), in deck order.
    func facts(_ context: Context) -> [Fact] {
        guard let deck = context.data.generator(for: deck)?.deck else { return [] }
        let needle = filter.text.folded()
        guard !needle.isEmpty else { return deck.facts }
        return deck.facts.filter { fact in
            fact.content.summary.folded().contains(needle) || fact.id.contains(needle)
                || fact.tags.contains { $0.folded().contains(needle) }
        }
    }

    static let bindings: [KeyBinding<BrowseScreen>] = [
        KeyBinding([.character("/")], KeyHelp("/", "search", detail: "search the facts afresh")) { browse, _, _ in
            // A new search, as in a pager: the last one is not added to.
            browse.searching = true
            browse.filter = TextField()
            browse.selected = 0
            return .stay
        },
        KeyBinding(
            [.up, .character("k"), .down, .character("j"), .pageUp, .pageDown, .home, .end],
            KeyHelp("↑↓", "select")
        ) { browse, key, context in
            browse.selected = ListMove.apply(key, to: browse.selected, count: browse.facts(context).count)
            return .stay
        },
        KeyBinding([.enter], KeyHelp("Enter", "open", detail: "open the fact")) { browse, _, context in
            let facts = browse.facts(context)
            guard facts.indices.contains(browse.selected) else { return .stay }
            return .push(FactScreen(fact: FactKey(deck: browse.deck, fact: facts[browse.selected].id)))
        },
        .back,
    ]

    mutating func update(_ event: AppEvent, _ context: Context) -> Step {
        guard case .key(let key) = event else { return .stay }
        guard searching else { return Self.bindings.step(for: key, on: &self, context) ?? .stay }
        switch key {
        case .enter, .down: searching = false
        case .escape:
            searching = false
            filter = TextField()
        default: filter.handle(key)
        }
        selected = min(selected, max(0, facts(context).count - 1))
        return .stay
    }

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        chrome.titleBar("Browse " + theme.glyphs.separator + " " + context.title(of: deck))
        chrome.write("Search: ", x: 2, y: 2, style: theme.dim)
        if searching {
            filter.render(into: &chrome.buffer, x: 10, y: 2, width: chrome.width - 12, style: Style(underline: true))
        } else {
            chrome.write(filter.text.isEmpty ? "(press / to search)" : filter.text, x: 10, y: 2, style: theme.dim)
        }
        let list = facts(context)
        let cards = context.data.generator(for: deck).map { Dictionary(grouping: $0.cardKeys, by: \.fact) } ?? [:]
        let rows = list.map { fact in
            let mastery = context.data.mastery(of: cards[fact.id] ?? [], at: context.now)
            return Table.Row([
                fact.kind.rawValue, fact.content.summary,
                theme.glyphs.bar(mastery, width: 8) + " " + Percent.text(mastery),
            ])
        }
        let area = Rect(x: 2, y: 4, width: chrome.width - 2, height: chrome.content.maxY - 4)
        chrome.table(
            Table(
                columns: [.length(8), .fill, .length(13)], rows: rows, header: ["kind", "fact", "mastery"],
                selected: selected), in: area)
        if list.isEmpty { chrome.write("No fact matches.", x: 4, y: 5, style: theme.dim) }
    }
}
