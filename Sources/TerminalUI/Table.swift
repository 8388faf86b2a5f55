/// Rows of cells in columns, with an optional header and a selected row kept in view, as
/// ratatui's `Table`: the list widget of every screen that lists things. Each cell is cut
/// to its column with an ellipsis.
public struct Table: Sendable {
    /// One row: its cells, in column order, and its style when not selected.
    public struct Row: Sendable {
        public var cells: [String]
        public var style: Style

        public init(_ cells: [String], style: Style = .plain) {
            self.cells = cells
            self.style = style
        }
    }

    public var columns: [Constraint]
    public var rows: [Row]
    public var header: [String]?
    /// The highlighted row, marked and kept in view.
    public var selected: Int?
    public var spacing = 2
    public var headerStyle = Style.plain
    /// Columns of names, shortened by `TextLayout.shortened` rather than cut when too long.
    public var namesIn: Set<Int> = []
    /// What ends a cell cut to fit.
    public var ellipsis = "…"
    public var selectedStyle = Style(reverse: true)
    /// Drawn before the selected row (other rows get as many spaces).
    public var marker = ">"

    public init(columns: [Constraint], rows: [Row], header: [String]? = nil, selected: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.header = header
        self.selected = selected
    }

    /// Draws the table in `area`: the header on its first row, then the rows that fit.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let gutter = DisplayWidth.of(marker) + 1
        let body = Rect(x: area.x + gutter, y: area.y, width: max(0, area.width - gutter), height: area.height)
        let cells = Layout.columns(columns, in: Rect(x: body.x, y: 0, width: body.width, height: 1), spacing: spacing)
        var y = area.y
        if let header, area.height > 0 {
            write(header, cells: cells, y: y, style: headerStyle, into: &buffer)
            y += 1
        }
        let visible = max(0, area.maxY - y)
        let first = Scroll.first(selected: selected ?? 0, count: rows.count, visible: visible)
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let isSelected = first + offset == selected
            let style = isSelected ? selectedStyle : row.style
            if isSelected {
                buffer.fill(Rect(x: area.x, y: y + offset, width: area.width, height: 1), style: selectedStyle)
                buffer.write(marker, x: area.x, y: y + offset, style: selectedStyle)
            }
            write(row.cells, cells: cells, y: y + offset, style: style, into: &buffer)
        }
    }

    private func write(_ texts: [String], cells: [Rect], y: Int, style: Style, into buffer: inout ScreenBuffer) {
        for (column, (text, cell)) in zip(texts, cells).enumerated() where cell.width > 0 {
            let fitted =
                namesIn.contains(column)
                ? TextLayout.shortened(text, width: cell.width, ellipsis: ellipsis)
                : TextLayout.truncate(text, width: cell.width, ellipsis: ellipsis)
            buffer.write(fitted, x: cell.x, y: y, style: style, maxWidth: cell.width)
        }
    }
}

/// Lines of styled text scrolled by an offset: the body of the fact and info screens.
public struct TextView: Sendable {
    public private(set) var lines: [(text: String, style: Style)] = []
    /// The width that added text is wrapped to.
    public let width: Int
    /// The first line shown (kept within the lines there are when drawn).
    public var offset = 0

    public init(width: Int, offset: Int = 0) {
        self.width = width
        self.offset = offset
    }

    /// Adds `text`, wrapped to the view's width.
    public mutating func add(_ text: String, _ style: Style = .plain) {
        for line in TextLayout.wrap(text, width: width) { lines.append((line, style)) }
    }

    /// Adds one line as it is (cut at the width when drawn).
    public mutating func line(_ text: String, _ style: Style = .plain) {
        lines.append((text, style))
    }

    /// Adds an empty line.
    public mutating func gap() {
        lines.append(("", .plain))
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let first = Scroll.clamped(offset, count: lines.count, visible: area.height)
        for (index, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(line.text, x: area.x, y: area.y + index, style: line.style, maxWidth: area.width)
        }
    }
}
