import TerminalUI

/// A deck's menu: study, quiz, flashcards, browse, stats, info, exam plan.
struct DeckMenuScreen: KeyedScreen {
    /// One entry: its label, what it is for, and the screen it opens.
    struct Entry: Sendable {
        var label: String
        var help: String
        var open: @Sendable (String, Context) -> any Screen
    }

    /// The menu, in order: an entry's number is its key.
    static let entries: [Entry] = [
        Entry(label: "Study", help: "spaced repetition: the cards due now") { deck, context in
            SessionScreen.study([deck], context)
        },
        Entry(label: "Quiz", help: "a set of questions, with a score") { deck, _ in QuizSetupScreen(deck: deck) },
        Entry(label: "Flashcards", help: "self-graded cards from the study queue") { deck, context in
            SessionScreen.flashcards([deck], context)
        },
        Entry(label: "Browse", help: "every fact, with its questions and history") { deck, _ in BrowseScreen(deck: deck)
        },
        Entry(label: "Stats", help: "forecast, heatmap, retention, weakest facts") { deck, _ in StatsScreen(deck: deck)
        },
        Entry(label: "Info", help: "description, author, sources, as-of dates") { deck, _ in InfoScreen(deck: deck) },
        Entry(label: "Exam plan", help: "an exam date: a daily plan, and a forecast") { deck, context in
            ExamScreen(deck: deck, context: context)
        },
    ]

    var deck: String
    var selected = 0

    var name: String { "Deck" }

    static let bindings: [KeyBinding<DeckMenuScreen>] = [
        KeyBinding([.up, .character("k"), .down, .character("j"), .home, .end], KeyHelp("↑↓", "select")) {
            menu, key, _ in
            menu.selected = ListMove.apply(key, to: menu.selected, count: entries.count)
            return .stay
        },
        KeyBinding([.enter], KeyHelp("Enter", "open", detail: "open the selected entry")) { menu, _, context in
            .push(entries[menu.selected].open(menu.deck, context))
        },
        KeyBinding(
            Key.digits(entries.count),
            KeyHelp(
                "1-\(entries.count)", "open",
                detail: "open an entry by its number")
        ) { menu, key, context in
            menu.selected = key.digit! - 1
            return .push(entries[menu.selected].open(menu.deck, context))
        },
        KeyBinding([.character("s")], KeyHelp("s", "study", inBar: false)) { menu, _, context in
            .push(entries[0].open(menu.deck, context))
        },
        .back,
    ]

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        guard let summary = context.summary(of: deck) else { return }
        let dot = "  \(theme.glyphs.separator)  "
        chrome.titleBar(summary.title)
        chrome.write(
            "\(summary.cards) cards" + dot + "\(summary.dueNow) due now" + dot + "\(summary.newAvailable) new today"
                + dot
                + "last studied \(context.relativeDay(summary.lastStudied))",
            x: 2, y: 2, style: theme.dim, maxWidth: chrome.width - 4)
        chrome.write(
            "Mastery " + theme.glyphs.bar(summary.mastery, width: 20) + " " + Percent.text(summary.mastery),
            x: 2, y: 3, style: theme.dim)
        if let change = context.data.deckChanges[deck] {
            chrome.write(
                "Updated by its author: " + change + "; changed cards come back once soon",
                x: 2, y: 4, style: theme.partly, maxWidth: chrome.width - 4)
        }
        let spacing = chrome.height >= 24 ? 1 : 0
        let rows = Layout.rows(
            Array(repeating: .length(1), count: Self.entries.count),
            in: Rect(x: 2, y: 5, width: chrome.width - 2, height: chrome.height - 7), spacing: spacing)
        for (index, (entry, row)) in zip(Self.entries, rows).enumerated() where row.height > 0 {
            let table = Table(
                columns: [.length(3), .length(12), .fill],
                rows: [Table.Row(["\(index + 1).", entry.label, entry.help])],
                selected: index == selected ? 0 : nil)
            var styled = table
            styled.spacing = 0
            chrome.table(styled, in: row)
        }
    }
}

/// Choosing how many questions and an optional time limit for a quiz.
struct QuizSetupScreen: KeyedScreen {
    var deck: String
    var field = 0
    var countIndex = 1
    var limitIndex = 0

    static let counts: [Int?] = [5, 10, 20, 50, nil]
    static let limits: [Int?] = [nil, 2, 5, 10, 20]

    var name: String { "Quiz" }

    static let bindings: [KeyBinding<QuizSetupScreen>] = [
        KeyBinding([.up, .character("k"), .down, .character("j"), .tab], KeyHelp("↑↓", "field")) { setup, key, _ in
            setup.field = ListMove.apply(key == .tab ? .down : key, to: setup.field, count: 3)
            return .stay
        },
        KeyBinding(
            [.left, .character("h"), .right, .character("l")],
            KeyHelp(
                "←→", "change",
                detail: "change the value")
        ) { setup, key, _ in
            let step = key == .left || key == .character("h") ? -1 : 1
            if setup.field == 0 { setup.countIndex = max(0, min(counts.count - 1, setup.countIndex + step)) }
            if setup.field == 1 { setup.limitIndex = max(0, min(limits.count - 1, setup.limitIndex + step)) }
            return .stay
        },
        KeyBinding([.enter], KeyHelp("Enter", "start", detail: "start the quiz")) { setup, _, context in
            .replace(
                SessionScreen.quiz(
                    deck: setup.deck, count: counts[setup.countIndex], minutes: limits[setup.limitIndex], context))
        },
        KeyBinding([.escape, .backspace], KeyHelp("Esc", "back")) { _, _, _ in .pop },
    ]

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        chrome.titleBar("Quiz " + theme.glyphs.separator + " " + context.title(of: deck))
        let count = Self.counts[countIndex].map { "\($0) questions" } ?? "every card"
        let limit = Self.limits[limitIndex].map { "\($0) minutes" } ?? "no time limit"
        let lines = ["Questions:   < \(count) >", "Time limit:  < \(limit) >", "Start the quiz"]
        let rows = Layout.rows(
            [.length(1), .length(1), .length(1)], in: Rect(x: 2, y: 3, width: chrome.width - 2, height: 5),
            spacing: 1)
        for (index, (line, row)) in zip(lines, rows).enumerated() {
            chrome.table(
                Table(columns: [.fill], rows: [Table.Row([line])], selected: index == field ? 0 : nil), in: row)
        }
        chrome.paragraph(
            "Answers are saved as reviews. The quiz ends on a score screen, then a review of every mistake.",
            in: Rect(x: 4, y: 9, width: chrome.width - 8, height: 3), style: theme.dim)
    }
}
