/// The eight basic terminal colours (plus the terminal's default).
public enum Color: Int, Sendable, Hashable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes. `nil` colours are the terminal's defaults.
public struct Style: Sendable, Hashable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
        underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// The same attributes without colour, for `NO_COLOR` and monochrome terminals.
    public var withoutColor: Style {
        Style(bold: bold, dim: dim, underline: underline, reverse: reverse)
    }

    /// A short code for style maps in snapshot tests: "" for plain, else letters
    /// (b bold, d dim, u underline, r reverse) and colour initials.
    public var code: String {
        var text = ""
        if bold { text += "b" }
        if dim { text += "d" }
        if underline { text += "u" }
        if reverse { text += "r" }
        if let foreground { text += "f\(foreground.rawValue)" }
        if let background { text += "k\(background.rawValue)" }
        return text
    }
}
