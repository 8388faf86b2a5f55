import TerminalUI

/// The home screen: every deck with what is due, a mastery bar and when it was last studied.
struct HomeScreen: KeyedScreen {
    var selected = 0

    var name: String { "Home" }

    static let bindings: [KeyBinding<HomeScreen>] = [
        KeyBinding(
            [.up, .character("k"), .down, .character("j"), .home, .end],
            KeyHelp(
                "↑↓", "select",
                detail: "select a deck (also j k, Home, End)")
        ) { home, key, context in
            home.selected = ListMove.apply(key, to: home.selected, count: context.summaries.count)
            return .stay
        },
        KeyBinding([.enter], KeyHelp("Enter", "open", detail: "open the deck")) { home, _, context in
            guard let deck = home.deck(context) else { return .stay }
            return .push(DeckMenuScreen(deck: deck))
        },
        KeyBinding([.character("s")], KeyHelp("s", "study", detail: "study the selected deck now")) {
            home, _, context in
            guard let deck = home.deck(context) else { return .stay }
            return .push(SessionScreen.study([deck], context))
        },
        KeyBinding([.character("a")], KeyHelp("a", "study all", detail: "study every deck but the templates")) {
            _, _, context in
            .push(SessionScreen.study(context.summaries.filter { !$0.isTemplate }.map(\.id), context))
        },
        KeyBinding([.character(",")], KeyHelp(",", "settings", detail: "settings: new cards a day, retention, steps")) {
            _, _, context in
            .push(SettingsScreen(draft: context.data.settings))
        },
        KeyBinding([.character("q"), .escape], KeyHelp("q", "quit")) { _, _, _ in .quit },
    ]

    private func deck(_ context: Context) -> String? {
        context.summaries.indices.contains(selected) ? context.summaries[selected].id : nil
    }

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        chrome.titleBar("Recall", right: "streak \(context.streak) day\(context.streak == 1 ? "" : "s")")
        let summaries = context.summaries
        let exams = examCountdowns(context)
        let parts = Layout.rows(
            [.length(1), .fill, .length(exams.isEmpty ? 0 : 1), .length(1)], in: chrome.body, spacing: 0)
        if summaries.isEmpty {
            chrome.paragraph(
                "No decks found. Put deck files in $RECALL_HOME/decks, or run recall with a deck file: "
                    + "recall path/to/deck.yaml", in: Rect(x: 2, y: 4, width: chrome.width - 4, height: 3))
        }
        let barWidth = chrome.width >= 100 ? 20 : 10
        let rows = summaries.map { summary in
            Table.Row([
                summary.title, String(summary.dueNow), String(summary.newAvailable),
                theme.glyphs.bar(summary.mastery, width: barWidth) + " " + Percent.text(summary.mastery),
                summary.isTemplate ? "template" : context.relativeDay(summary.lastStudied),
            ])
        }
        var table = Table(
            columns: [.min(12), .length(7), .length(4), .length(barWidth + 5), .length(12)],
            rows: rows, header: ["Deck", "due now", "new", "mastery", "last studied"], selected: selected)
        // Deck titles too long are shortened by their own short form, never cut mid-word.
        table.namesIn = [0]
        chrome.table(table, in: Rect(x: 0, y: parts[0].y, width: chrome.width, height: parts[1].maxY - parts[0].y))
        // What "study all" studies: the templates are not counted.
        let courses = summaries.filter { !$0.isTemplate }
        let due = courses.reduce(0) { $0 + $1.dueNow }
        let fresh = courses.reduce(0) { $0 + $1.newAvailable }
        if !exams.isEmpty {
            chrome.write(exams.joined(separator: " · "), x: parts[2].x, y: parts[2].y, maxWidth: parts[2].width)
        }
        chrome.write(
            "\(due) due now, \(fresh) new today across \(courses.count) deck\(courses.count == 1 ? "" : "s")",
            x: parts[3].x, y: parts[3].y, style: theme.dim)
    }

    /// "SCO exam in 20 days", for each deck with an exam set, in the decks' order.
    private func examCountdowns(_ context: Context) -> [String] {
        let today = context.data.calendar.day(of: context.now)
        return context.summaries.compactMap { summary in
            guard let exam = context.data.settings.exams[summary.id] else { return nil }
            let days = exam.day - today
            let when =
                switch days {
                case ..<0: "was on \(exam.date)"
                case 0: "today"
                case 1: "tomorrow"
                default: "in \(days) days"
                }
            return TextLayout.shortened(summary.title, width: 24, ellipsis: context.theme.glyphs.ellipsis)
                + " exam " + when
        }
    }
}

/// Moving a selection through a list with the arrow keys, j and k, Home and End, and the
/// page keys: the one place the screens' lists move.
enum ListMove {
    static func apply(_ key: Key, to selected: Int, count: Int) -> Int {
        let last = max(0, count - 1)
        return switch key {
        case .up, .character("k"): max(0, selected - 1)
        case .down, .character("j"): min(last, selected + 1)
        case .home: 0
        case .end: last
        case .pageUp: max(0, selected - 10)
        case .pageDown: min(last, selected + 10)
        default: selected
        }
    }
}

/// "42%".
enum Percent {
    static func text(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
