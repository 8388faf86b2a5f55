import TerminalUI

/// The frame around every screen: a title bar on the first row, a key bar (or a status
/// message) on the last, and the content between.
struct Chrome {
    /// Smallest size the screens are laid out for.
    static let minimum = Size(columns: 60, rows: 16)

    var buffer: ScreenBuffer
    let theme: Theme

    init(size: Size, theme: Theme) {
        buffer = ScreenBuffer(size: size, asciiOnly: theme.glyphs == .ascii)
        self.theme = theme
    }

    var width: Int { buffer.size.columns }
    var height: Int { buffer.size.rows }
    /// The rows between the title bar and the key bar.
    var content: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }
    /// The content with a margin of two columns each side and a blank row on top.
    var body: Rect { Rect(x: 2, y: 2, width: width - 4, height: height - 3) }

    mutating func titleBar(_ left: String, right: String = "") {
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: theme.title)
        buffer.write(" " + left, x: 0, y: 0, style: theme.title, maxWidth: width)
        let rightWidth = DisplayWidth.of(right)
        if !right.isEmpty, rightWidth + 2 < width - DisplayWidth.of(left) - 2 {
            buffer.write(right, x: width - rightWidth - 1, y: 0, style: theme.title)
        }
    }

    /// The key bar: each key in the key style, then what it does; or the status message.
    mutating func keyBar(_ items: [KeyHelp], status: String?) {
        let y = height - 1
        if let status {
            let line = TextLayout.truncate(
                " " + theme.glyphs.plain(status), width: width, ellipsis: theme.glyphs.ellipsis)
            buffer.write(line, x: 0, y: y, style: theme.accent)
            return
        }
        var x = 1
        for item in items {
            let key = theme.glyphs.plain(item.key)
            let label = theme.glyphs.plain(item.label)
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(label) + 2
            guard x + needed <= width else { break }
            x += buffer.write(key, x: x, y: y, style: theme.keyName)
            x += buffer.write(" " + label, x: x, y: y, style: theme.keyBar)
            x += 2
        }
    }

    /// Text wrapped to `rect`'s width from its top; returns the rows used.
    @discardableResult
    mutating func paragraph(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
        let lines = TextLayout.wrap(text, width: rect.width)
        for (index, line) in lines.prefix(max(0, rect.height)).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + index, style: style, maxWidth: rect.width)
        }
        return min(lines.count, max(0, rect.height))
    }

    /// Writes `text`; cut to `maxWidth`, it ends with an ellipsis, so a cut word never
    /// passes for a whole one ("last studie").
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max) {
        let text = theme.glyphs.plain(text)
        let fitted =
            maxWidth == .max ? text : TextLayout.truncate(text, width: maxWidth, ellipsis: theme.glyphs.ellipsis)
        buffer.write(fitted, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// A table in the app's styles.
    mutating func table(_ table: Table, in area: Rect) {
        var styled = table
        styled.headerStyle = theme.dim
        styled.selectedStyle = theme.selected
        styled.marker = theme.glyphs.marker
        styled.ellipsis = theme.glyphs.ellipsis
        styled.render(into: &buffer, area: area)
    }

    /// The message shown when the terminal is below the minimum size.
    static func tooSmall(_ size: Size, theme: Theme) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size, asciiOnly: theme.glyphs == .ascii)
        let lines = ["Terminal too small", "\(size.columns)×\(size.rows): need 60×16", "Enlarge it (Ctrl-C quits)"]
        for (index, line) in lines.enumerated() {
            let fitted = TextLayout.truncate(
                theme.glyphs.plain(line), width: size.columns, ellipsis: theme.glyphs.ellipsis)
            let x = max(0, (size.columns - DisplayWidth.of(fitted)) / 2)
            buffer.write(fitted, x: x, y: size.rows / 2 - 1 + index, style: index == 0 ? theme.accent : .plain)
        }
        return buffer
    }
}
