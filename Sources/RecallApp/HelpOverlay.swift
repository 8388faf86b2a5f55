import TerminalUI

/// The help window `?` (or F1 while typing) opens over any screen.
enum HelpOverlay {
    static func lines(for screen: Screen, glyphs: Glyphs) -> [(String, String)] {
        var keys: [(String, String)]
        switch screen {
        case .home: keys = [(glyphs.upDown + " j k", "select a deck"), ("Enter", "open the deck"), ("s", "study the selected deck now"),
                            ("a", "study every deck"), ("q", "quit")]
        case .deck: keys = [(glyphs.upDown + " j k", "select"), ("Enter 1-7", "open"), ("Esc", "back")]
        case .quizSetup: keys = [(glyphs.upDown, "field"), ("← →", "change the value"), ("Enter", "start")]
        case .session: keys = [("1-9", "pick an option (or " + glyphs.upDown + " and Enter)"), ("Enter", "answer, then continue"),
                               ("1-4", "after the verdict: rate Again, Hard, Good, Easy"), ("u", "undo the last answer"),
                               ("Space", "flashcards: show the answer"), ("Esc", "stop")]
        case .score: keys = [("Enter →", "next mistake"), ("←", "previous"), ("Esc", "back")]
        case .browse: keys = [("/", "search facts"), (glyphs.upDown, "select"), ("Enter", "open the fact"), ("Esc", "back")]
        case .fact, .info: keys = [(glyphs.upDown, "scroll"), ("Esc", "back")]
        case .stats: keys = [("Esc", "back")]
        case .settings: keys = [(glyphs.upDown, "field"), ("← →", "change"), ("Enter", "edit steps / save"), ("s", "save"), ("Esc", "back")]
        case .exam: keys = [(glyphs.upDown, "field"), ("type", "the date (YYYY-MM-DD) and the budget (20m, 40)"),
                            ("Space Enter", "toggle, save or clear"), ("Esc", "back")]
        }
        keys += [("?", "help (F1 while typing)"), ("Ctrl-C", "leave at once (answers are already saved)")]
        return keys
    }

    static func draw(on buffer: inout ScreenBuffer, screen: Screen, theme: Theme) {
        let items = lines(for: screen, glyphs: theme.glyphs)
        let width = min(buffer.size.columns - 4, 64)
        let height = min(buffer.size.rows - 2, items.count + 4)
        let box = Rect(x: (buffer.size.columns - width) / 2, y: (buffer.size.rows - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme.selected)
        buffer.write(" Help " + theme.glyphs.separator + " " + screen.name, x: box.x + 1, y: box.y, style: theme.selected)
        for (index, item) in items.prefix(height - 4).enumerated() {
            buffer.write(TextLayout.pad(item.0, width: 14) + item.1, x: box.x + 2, y: box.y + 2 + index, style: theme.selected, maxWidth: width - 4)
        }
        buffer.write("any key closes", x: box.x + 2, y: box.maxY - 1, style: theme.selected)
        buffer.cursor = nil
    }
}
