import TerminalUI

/// The help window `?` (or F1 while typing) opens over any screen: the screen's own keys,
/// then the keys every screen has.
enum HelpOverlay {
    static let everywhere = [
        KeyHelp("?", "help", detail: "help (F1 while typing)"),
        KeyHelp("Ctrl-C", "quit", detail: "leave at once (answers are already saved)"),
    ]

    static func draw(on buffer: inout ScreenBuffer, name: String, keys: [KeyHelp], theme: Theme) {
        let items = keys + everywhere
        let width = min(buffer.size.columns - 4, 64)
        let height = min(buffer.size.rows - 2, items.count + 4)
        let box = Rect(
            x: (buffer.size.columns - width) / 2, y: (buffer.size.rows - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme.selected)
        buffer.write(" Help " + theme.glyphs.separator + " " + name, x: box.x + 1, y: box.y, style: theme.selected)
        let rows = Layout.rows([.length(1), .length(1), .fill, .length(1)], in: box)[2]
        let columns = Layout.columns([.length(14), .fill], in: rows.inset(horizontal: 2))
        for (index, item) in items.prefix(rows.height).enumerated() {
            let y = rows.y + index
            buffer.write(theme.glyphs.name(of: item.key), x: columns[0].x, y: y, style: theme.selected, maxWidth: 13)
            buffer.write(item.detail, x: columns[1].x, y: y, style: theme.selected, maxWidth: columns[1].width)
        }
        buffer.write("any key closes", x: box.x + 2, y: box.maxY - 1, style: theme.selected)
        buffer.cursor = nil
    }
}
