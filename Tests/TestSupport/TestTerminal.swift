import TerminalUI

/// An in-memory terminal for tests: keys come from a script, frames are kept for reading
/// (as ratatui's `TestBackend`). Drives the real run loop with no terminal at all.
public final class TestTerminal: TerminalBackend {
    public private(set) var size: Size
    public let capabilities: TerminalCapabilities
    public private(set) var frames: [ScreenBuffer] = []
    private var keys: [Key]
    private var signals: [Int32] = []

    public init(size: Size, keys: [Key] = [], capabilities: TerminalCapabilities = .init(color: true, unicode: true)) {
        self.size = size
        self.keys = keys
        self.capabilities = capabilities
    }

    /// The frame last drawn.
    public var screen: ScreenBuffer? { frames.last }

    public func draw(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }

    /// Keys are taken in order; a `.resize` also changes the size. When the script has run
    /// out the terminal is closed.
    public func read(timeoutMilliseconds: Int) -> TerminalInput {
        guard !keys.isEmpty else { return .closed }
        let key = keys.removeFirst()
        if case .resize(let newSize) = key { size = newSize }
        return .key(key)
    }

    public var hasKeysLeft: Bool { !keys.isEmpty }

    public func send(_ more: [Key]) {
        keys += more
    }

    public func raise(_ signal: Int32) {
        signals.append(signal)
    }

    public func takePendingSignal() -> Int32? {
        signals.isEmpty ? nil : signals.removeFirst()
    }
}
