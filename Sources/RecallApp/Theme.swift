import TerminalUI

/// The app's styles by meaning, and the characters for bars and markers. Without colour the
/// styles keep only bold, dim, underline and reverse; without Unicode the glyphs are ASCII.
public struct Theme: Sendable {
    public var title: Style
    public var selected: Style
    public var dim: Style
    public var accent: Style
    public var correct: Style
    public var partly: Style
    public var wrong: Style
    public var keyBar: Style
    public var keyName: Style
    public var glyphs: Glyphs

    public init(capabilities: TerminalCapabilities) {
        let color = capabilities.color
        func pick(_ colored: Style) -> Style { color ? colored : colored.withoutColor }
        title = pick(Style(foreground: .black, background: .cyan, bold: true, reverse: !color))
        selected = pick(Style(foreground: .black, background: .cyan, reverse: !color))
        dim = Style(dim: true)
        accent = pick(Style(foreground: .cyan, bold: true))
        correct = pick(Style(foreground: .green, bold: true))
        partly = pick(Style(foreground: .yellow, bold: true))
        wrong = pick(Style(foreground: .red, bold: true, underline: !color))
        keyBar = pick(Style(dim: !color))
        keyName = pick(Style(foreground: .cyan, bold: true))
        glyphs = capabilities.unicode ? .unicode : .ascii
    }
}

/// Characters for the chrome, with an ASCII set for terminals without UTF-8.
public struct Glyphs: Sendable, Equatable {
    public var barFull: String
    public var barEmpty: String
    public var marker: String
    public var separator: String
    public var upDown: String
    public var leftRight: String
    public var arrow: String
    public var heat: [String]
    /// A box's corners (top left, top right, bottom left, bottom right), then its
    /// horizontal and vertical lines.
    public var box: [String]
    /// What ends a text cut to fit.
    public var ellipsis: String

    public static let unicode = Glyphs(
        barFull: "█", barEmpty: "░", marker: "›", separator: "·", upDown: "↑↓", leftRight: "←→",
        arrow: "→", heat: ["·", "░", "▒", "▓", "█"],
        box: ["┌", "┐", "└", "┘", "─", "│"], ellipsis: "…")
    public static let ascii = Glyphs(
        barFull: "#", barEmpty: "-", marker: ">", separator: "|", upDown: "up/down", leftRight: "left/right",
        arrow: "->", heat: [".", ":", "+", "*", "#"], box: ["+", "+", "+", "+", "-", "|"], ellipsis: "...")

    /// Text of the app's own (key names, labels, notices) as this terminal can show it:
    /// without Unicode, the arrows `↑↓` and `←→` (as `KeyHelp` writes them) in words, and
    /// the ellipsis, the dot and the times sign in ASCII.
    public func plain(_ text: String) -> String {
        guard self != .unicode else { return text }
        let words = [
            ("↑↓", upDown), ("←→", leftRight), ("←", "left"), ("→", "right"),
            ("…", ellipsis), ("·", separator), ("×", "x"),
        ]
        return words.reduce(text) { text, word in text.replacing(word.0, with: word.1) }
    }

    /// A bar of `width` cells, `fraction` of it full.
    public func bar(_ fraction: Double, width: Int) -> String {
        let full = max(0, min(width, Int((fraction * Double(width)).rounded())))
        return String(repeating: barFull, count: full) + String(repeating: barEmpty, count: width - full)
    }
}
