/// What the app needs from a terminal. ncurses implements it for real use; an in-memory
/// terminal implements it for tests. No C type crosses this boundary.
public protocol TerminalBackend: AnyObject {
    /// The current size.
    var size: Size { get }
    /// What the terminal can show.
    var capabilities: TerminalCapabilities { get }
    /// Shows a frame, redrawing only the cells that changed since the last one.
    func draw(_ buffer: ScreenBuffer)
    /// The next input, waiting at most `timeoutMilliseconds` (forever when negative).
    func read(timeoutMilliseconds: Int) -> TerminalInput
    /// A signal (SIGINT, SIGTERM, SIGHUP) that arrived, taken once.
    func takePendingSignal() -> Int32?
}

/// What reading the terminal gave.
public enum TerminalInput: Sendable, Equatable {
    case key(Key)
    /// No key in time, or a signal interrupted the wait.
    case timeout
    /// No key will ever come (a test terminal's script has ended).
    case closed
}

/// What a terminal can display.
public struct TerminalCapabilities: Sendable, Hashable {
    /// Colours may be used (a colour terminal, and `NO_COLOR` is not set).
    public var color: Bool
    /// Non-ASCII characters show (a UTF-8 locale).
    public var unicode: Bool

    public init(color: Bool, unicode: Bool) {
        (self.color, self.unicode) = (color, unicode)
    }
}
