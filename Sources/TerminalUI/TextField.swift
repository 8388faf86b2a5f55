/// A one-line text input: edits by whole characters (Backspace removes "ğ" or "吉" at once),
/// and shows a slice that keeps the caret in view.
public struct TextField: Sendable, Hashable {
    public private(set) var characters: [Character] = []
    /// The caret, as an index into `characters`.
    public private(set) var caret = 0

    public init(_ text: String = "") {
        characters = Array(text)
        caret = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys it does not use.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
        case .backspace:
            if caret > 0 {
                characters.remove(at: caret - 1)
                caret -= 1
            }
        case .delete:
            if caret < characters.count { characters.remove(at: caret) }
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(characters.count, caret + 1)
        case .home, .control("a"): caret = 0
        case .end, .control("e"): caret = characters.count
        case .control("u"):
            characters.removeSubrange(0..<caret)
            caret = 0
        case .control("k"):
            characters.removeSubrange(caret...)
        default:
            return false
        }
        return true
    }

    /// Inserts typed text. A combining mark typed on its own joins the character before it,
    /// so the caret stays on a character boundary.
    public mutating func insert(_ character: Character) {
        guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        if caret > 0, DisplayWidth.of(character) == 0 {
            let merged = String(characters[caret - 1]) + String(character)
            let parts = Array(merged)
            if parts.count == 1 {
                characters[caret - 1] = parts[0]
                return
            }
        }
        characters.insert(character, at: caret)
        caret += 1
    }

    /// Draws the field in `width` columns at (x, y) and places the buffer's caret.
    public func render(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: Style = .plain) {
        guard width > 1 else { return }
        let widths = characters.map(DisplayWidth.of)
        let caretColumn = widths[..<caret].reduce(0, +)
        // Scroll so the caret (and one cell for it) fits.
        var start = 0
        var offset = 0
        while caretColumn - offset >= width {
            offset += widths[start]
            start += 1
        }
        var visible = ""
        var used = 0
        for index in start..<characters.count {
            guard used + widths[index] <= width else { break }
            visible.append(characters[index])
            used += widths[index]
        }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        buffer.write(visible, x: x, y: y, style: style, maxWidth: width)
        buffer.cursor = Position(x: x + caretColumn - offset, y: y)
    }
}
