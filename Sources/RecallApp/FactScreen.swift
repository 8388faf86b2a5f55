import DeckModel
import Review
import Study
import TerminalUI

/// One fact: what it says, its cards with their state, and its answer history.
struct FactScreen: Scrolling {
    var fact: FactKey
    /// Nil while the journal is being read.
    var history: [ReviewRecord]?
    var scroll = 0

    var name: String { "Fact" }
    var keys: [KeyHelp] { Self.bindings.help() }

    func start(_ context: Context) -> [Effect] {
        [.loadHistory(fact)]
    }

    static let bindings: [KeyBinding<FactScreen>] = [.scroll, .back]

    mutating func update(_ event: AppEvent, _ context: Context) -> Step {
        switch event {
        case .key(let key):
            return Self.bindings.step(for: key, on: &self, context) ?? .stay
        case .historyLoaded(let loaded, let reviews) where loaded == fact:
            history = reviews
        case .failed(.loadHistory(let failed), _) where failed == fact:
            history = []
        default:
            break
        }
        return .stay
    }

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        guard let generator = context.data.generator(for: fact.deck), let shown = generator.deck.fact(id: fact.fact)
        else {
            return
        }
        chrome.titleBar("Fact " + theme.glyphs.separator + " " + fact.fact)
        let width = chrome.width - 4
        var view = TextView(width: width, offset: scroll)
        func add(_ text: String, _ style: Style = .plain) { view.add(text, style) }
        add(shown.content.summary, theme.accent)
        add(shown.content.answer.label + ": " + shown.content.answer.text)
        add(
            "\(shown.kind.rawValue) fact" + (shown.asOf.map { ", as of \($0.spelledOut)" } ?? "")
                + (shown.tags.isEmpty ? "" : ", tags: " + shown.tags.joined(separator: ", ")), theme.dim)
        if let note = shown.note { add("Note: " + note, theme.dim) }
        view.gap()
        view.line("Cards", theme.accent)
        for card in generator.cardKeys where card.fact == fact.fact {
            let state = context.data.book.state(of: card)
            // A card never answered has no estimate yet, rather than one of 0 %.
            let recall =
                state.isNew ? "-" : Percent.text(context.data.scheduler.retrievability(of: state, at: context.now))
            let due = state.due.map { RelativeTime.phrase($0, from: context.now) } ?? "-"
            view.line(
                "  " + TextLayout.pad(card.kindLabel, width: 16) + TextLayout.pad(state.phase.rawValue, width: 12)
                    + "recall \(recall)  due \(due)  lapses \(state.lapses)")
        }
        view.gap()
        view.line("History", theme.accent)
        if let history {
            if history.isEmpty { view.line("  not answered yet", theme.dim) }
            for entry in history.reversed() {
                let when = entry.time.iso.prefix(16).replacing("T", with: " ")
                let verdict =
                    (entry.overridden ? "counted as right (I was right)" : entry.verdict?.rawValue ?? "self-graded")
                    + (entry.practice ? " (practice)" : "")
                view.line(
                    "  " + when + "  " + TextLayout.pad(entry.card.kindLabel, width: 14)
                        + TextLayout.pad(entry.rating.name, width: 6) + verdict + (entry.answer.map { ": " + $0 } ?? "")
                )
            }
        } else {
            view.line(theme.glyphs.plain("  reading the journal…"), theme.dim)
        }
        view.render(into: &chrome.buffer, area: Rect(x: 2, y: 2, width: width, height: chrome.content.maxY - 2))
    }
}
