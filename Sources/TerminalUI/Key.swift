/// A key press (or a resize), as the backend decodes it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl with a letter, e.g. `.control("u")`.
    case control(Character)
    /// The terminal changed size.
    case resize(Size)
}
