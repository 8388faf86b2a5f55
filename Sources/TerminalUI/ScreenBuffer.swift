/// One character cell: a grapheme cluster and its style. A wide character is a lead cell
/// of width 2 followed by a continuation cell of width 0, which backends skip.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }
}

/// A frame: a grid of styled cells and the caret, drawn by pure render functions and shown
/// by a `TerminalBackend`. Tests read it as text.
public struct ScreenBuffer: Sendable, Hashable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the caret shows; nil hides it.
    public var cursor: Position?
    /// For a terminal without Unicode: every text written is folded to ASCII (`ASCIIFold`)
    /// first, so that no byte above 0x7F reaches it, whatever a deck holds.
    public let asciiOnly: Bool

    public init(size: Size, asciiOnly: Bool = false) {
        self.size = size
        self.asciiOnly = asciiOnly
        cells = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.columns + x]
    }

    /// Writes text at (x, y), clipped at `maxWidth` columns and at the right edge. Control
    /// characters are drawn as U+FFFD, so no deck text ever reaches the terminal raw.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max)
        -> Int
    {
        guard y >= 0, y < size.rows, x < size.columns else { return 0 }
        return asciiOnly
            ? layOut(ASCIIFold.text(text), x: x, y: y, style: style, maxWidth: maxWidth)
            : layOut(text, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    private mutating func layOut(_ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int) -> Int {
        let limit = x + min(maxWidth, size.columns - x)
        var column = x
        for character in text {
            let safe = Self.isControl(character) ? Character("\u{FFFD}") : character
            let width = DisplayWidth.of(safe)
            if width == 0 {
                // A combining mark joins the cell before it.
                if column > x, column - 1 < size.columns, column - 1 >= 0 {
                    var lead = column - 1
                    if cells[y * size.columns + lead].isContinuation { lead -= 1 }
                    cells[y * size.columns + lead].text.append(contentsOf: String(safe))
                }
                continue
            }
            if column + width > limit {
                if width == 2 && column < limit { put(Cell(text: " ", width: 1, style: style), x: column, y: y) }
                break
            }
            if column >= 0 {
                put(Cell(text: String(safe), width: width, style: style), x: column, y: y)
                if width == 2 { put(Cell(text: "", width: 0, style: style), x: column + 1, y: y) }
            }
            column += width
        }
        return column - x
    }

    /// Sets the style of a run of cells, keeping their text (for highlighting a row).
    public mutating func paint(_ style: Style, x: Int, y: Int, width: Int) {
        guard y >= 0, y < size.rows else { return }
        for column in max(0, x)..<min(size.columns, x + width) {
            cells[y * size.columns + column].style = style
        }
    }

    /// Fills a rectangle with blank cells of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                cells[y * size.columns + x] = Cell(text: " ", width: 1, style: style)
            }
        }
    }

    /// Places a cell, blanking the other half of any wide character it overwrites.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.columns + x
        let old = cells[index]
        if old.isContinuation, x > 0 { cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style) }
        if old.width == 2, x + 1 < size.columns, cell.width != 2 {
            cells[index + 1] = Cell(text: " ", width: 1, style: old.style)
        }
        cells[index] = cell
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
    }

    // MARK: - Reading

    /// The rows as text: wide characters once, trailing spaces trimmed.
    public var lines: [String] {
        (0..<size.rows).map { y in
            var line = ""
            for x in 0..<size.columns where !self[x, y].isContinuation {
                line += self[x, y].text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The whole frame as text, the snapshot format.
    public var text: String { lines.joined(separator: "\n") }

    /// A map of styles, one code per cell (see `Style.code`), for snapshots where colour matters.
    public var styleMap: String {
        var codes: [String: Character] = [:]
        var legend: [String] = []
        var rows: [String] = []
        for y in 0..<size.rows {
            var row = ""
            for x in 0..<size.columns {
                let code = self[x, y].style.code
                if code.isEmpty {
                    row.append(".")
                    continue
                }
                if codes[code] == nil {
                    let letter = Character(UnicodeScalar(UInt8(65 + codes.count % 26)))
                    codes[code] = letter
                    legend.append("\(letter)=\(code)")
                }
                row.append(codes[code]!)
            }
            while row.hasSuffix(".") { row.removeLast() }
            rows.append(row)
        }
        return legend.joined(separator: " ") + "\n" + rows.joined(separator: "\n")
    }

    /// The cells that differ from `previous` (every cell when sizes differ), so a backend
    /// redraws only what changed.
    public func changes(since previous: ScreenBuffer?) -> [(position: Position, cell: Cell)] {
        var result: [(position: Position, cell: Cell)] = []
        let sameSize = previous?.size == size
        for index in cells.indices where !sameSize || previous!.cells[index] != cells[index] {
            result.append((Position(x: index % size.columns, y: index / size.columns), cells[index]))
        }
        return result
    }
}
