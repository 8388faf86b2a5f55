import TerminalUI

/// The help window `?` (or F1 while typing) opens over any screen: the screen's own keys,
/// then the keys every screen has.
enum HelpOverlay {
    static let everywhere = [
        KeyHelp("?", "help", detail: "help (F1 while typing)"),
        KeyHelp("Ctrl-C", "quit", detail: "leave at once (answers are already saved)"),
    ]

    /// The keys' column, and the most a line of the window takes.
    static let keyWidth = 14
    static let widest = 78

    static func draw(on buffer: inout ScreenBuffer, name: String, keys: [KeyHelp], theme: Theme) {
        let width = min(buffer.size.columns - 2, widest)
        let textWidth = max(8, width - 4 - keyWidth)
        // Each key with its text wrapped to the window: nothing is cut.
        let lines = (keys + everywhere).flatMap { item in
            TextLayout.wrap(theme.glyphs.plain(item.detail), width: textWidth).enumerated().map { index, text in
                (key: index == 0 ? theme.glyphs.plain(item.key) : "", text: text)
            }
        }
        let height = min(buffer.size.rows - 2, lines.count + 5)
        let box = Rect(
            x: (buffer.size.columns - width) / 2, y: (buffer.size.rows - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme.selected)
        frame(box, on: &buffer, theme: theme)
        buffer.write(
            " Help " + theme.glyphs.separator + " " + name + " ", x: box.x + 2, y: box.y, style: theme.selected)
        // Rows between the border's: a blank, the keys, a blank, the closing line.
        let shown = max(0, height - 5)
        for (index, line) in lines.prefix(shown).enumerated() {
            let y = box.y + 2 + index
            buffer.write(line.key, x: box.x + 2, y: y, style: theme.selected, maxWidth: keyWidth - 1)
            buffer.write(line.text, x: box.x + 2 + keyWidth, y: y, style: theme.selected, maxWidth: textWidth)
        }
        let closing = lines.count > shown ? "more keys than fit: a taller window shows them" : "any key closes"
        buffer.write(closing, x: box.x + 2, y: box.maxY - 2, style: theme.selected, maxWidth: width - 4)
        buffer.cursor = nil
    }

    /// A border around `box`, so that the screen beneath never shows through.
    private static func frame(_ box: Rect, on buffer: inout ScreenBuffer, theme: Theme) {
        let glyph = theme.glyphs.box
        let line = String(repeating: glyph[4], count: max(0, box.width - 2))
        buffer.write(glyph[0] + line + glyph[1], x: box.x, y: box.y, style: theme.selected)
        buffer.write(glyph[2] + line + glyph[3], x: box.x, y: box.maxY - 1, style: theme.selected)
        for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            buffer.write(glyph[5], x: box.x, y: y, style: theme.selected)
            buffer.write(glyph[5], x: box.maxX - 1, y: y, style: theme.selected)
        }
    }
}
