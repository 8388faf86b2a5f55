import CNcurses
import Glibc
import Synchronization
import TerminalUI

/// Set by the signal handler (a lock-free store, async-signal-safe), read by the run loop.
private let pendingSignal = Atomic<Int32>(0)
/// The thread that reads keys. A signal may land on any thread (decks load on others); the
/// handler passes it on to this one, so that its waiting `get_wch` returns.
private let keyThread = Atomic<UInt>(0)

/// The ncurses terminal: the one place Recall talks to ncurses. It decides nothing about
/// layout; it shows the frames the pure core renders and decodes keys.
public final class CursesTerminal: TerminalBackend {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)
        case cannotMoveCursor(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "the full-screen interface needs an interactive terminal, and stdin or stdout is redirected; use a "
                    + "--plain command instead (recall study --plain, recall quiz DECK --plain)"
            case .unknownTerminal(let name):
                "cannot use the terminal type '\(name)'; set TERM to one 'toe -a' lists, such as xterm-256color, or "
                    + "use a --plain command"
            case .cannotMoveCursor(let name):
                "the terminal type '\(name)' cannot move the cursor; use a --plain command (recall study --plain) or "
                    + "set TERM, e.g. to xterm-256color"
            }
        }
    }

    public let capabilities: TerminalCapabilities
    private var screen: OpaquePointer?
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: ScreenBuffer?
    private var pairs: [Int: Int16] = [:]

    public init(environment: [String: String]) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw .cannotMoveCursor(term.isEmpty ? "(unset)" : term) }
        // In a locale that is not UTF-8 the terminal gets ASCII alone: the app folds every
        // text to ASCII (`ScreenBuffer.asciiOnly`), and `draw` sends nothing else.
        setlocale(LC_ALL, "")
        let unicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        Self.installSignalHandlers()
        CrashGuard.install()
        set_escdelay(25)
        guard let screen = recall_newterm() else { throw .unknownTerminal(term) }
        guard recall_can_address_cursor() == 1 else {
            endwin()
            delscreen(screen)
            throw .cannotMoveCursor(term)
        }
        let names: [String] = ["rmcup", "cnorm", "sgr0"]
        CrashGuard.setLeaveSequence(
            names.map { name in name.withCString { String(cString: recall_capability($0)) } }.joined() + "\r\n")
        self.screen = screen
        window = recall_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        let color = has_colors() && environment["NO_COLOR"].map(\.isEmpty) ?? true
        if color {
            start_color()
            use_default_colors()
        }
        capabilities = TerminalCapabilities(color: color, unicode: unicode)
        curs_set(0)
    }

    deinit { restore() }

    public var size: Size { Size(columns: Int(recall_cols()), rows: Int(recall_lines())) }

    /// Gives the terminal back: safe to call more than once.
    public func restore() {
        guard let screen else { return }
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    // MARK: - Drawing

    public func draw(_ buffer: ScreenBuffer) {
        if buffer.size != previous?.size {
            werase(window)
            previous = nil
        }
        var character = cchar_t()
        var scalars: [wchar_t] = []
        let maximum = Int(recall_ccharw_max())
        for (position, cell) in buffer.changes(since: previous) where !cell.isContinuation {
            scalars.removeAll(keepingCapacity: true)
            for scalar in cell.text.unicodeScalars.prefix(maximum) {
                // Never a byte above 0x7F to a terminal without Unicode, whatever was drawn.
                let value = capabilities.unicode || scalar.isASCII ? scalar.value : 0x3F
                scalars.append(wchar_t(bitPattern: value))
            }
            if scalars.isEmpty { scalars.append(32) }
            scalars.append(0)
            setcchar(&character, scalars, attributes(cell.style), pair(cell.style), nil)
            // ERR at the bottom-right cell is expected: the cursor cannot move past it.
            mvwadd_wch(window, Int32(position.y), Int32(position.x), &character)
        }
        if let cursor = buffer.cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    private func attributes(_ style: Style) -> attr_t {
        var value: attr_t = 0
        if style.bold { value |= recall_a_bold() }
        if style.dim { value |= recall_a_dim() }
        if style.underline { value |= recall_a_underline() }
        if style.reverse { value |= recall_a_reverse() }
        return value
    }

    /// The colour pair for a style's colours, allocated on first use.
    private func pair(_ style: Style) -> Int16 {
        guard capabilities.color, style.foreground != nil || style.background != nil else { return 0 }
        let foreground = style.foreground.map { Int16($0.rawValue) } ?? -1
        let background = style.background.map { Int16($0.rawValue) } ?? -1
        let key = Int(foreground + 1) * 16 + Int(background + 1)
        if let pair = pairs[key] { return pair }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, foreground, background)
        pairs[key] = pair
        return pair
    }

    // MARK: - Keys

    public func read(timeoutMilliseconds: Int) -> TerminalInput {
        wtimeout(window, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let key: Key? =
            switch get_wch(&code) {
            case OK where code == 27: escapeOrSequence()
            case OK: Self.key(forCharacter: UInt32(code))
            case KEY_CODE_YES: key(forKeyCode: Int32(code))
            // ERR: the time ran out, or a signal interrupted the wait.
            default: nil
            }
        return key.map(TerminalInput.key) ?? .timeout
    }

    /// Escape alone is Esc. Escape with more behind it at once is Alt with a key, or a
    /// sequence the terminal's description does not name (a pasted `ESC[2J`): it is read to
    /// its end and dropped, so that it never counts as Esc and leaves a screen.
    private func escapeOrSequence() -> Key? {
        wtimeout(window, 0)
        var next: wint_t = 0
        guard get_wch(&next) != ERR else { return .escape }
        // CSI (`ESC [`) and SS3 (`ESC O`) run to a final byte from `@` to `~`.
        if next == 91 || next == 79 {
            while get_wch(&next) != ERR, !(0x40...0x7E).contains(next) {}
        }
        return nil
    }

    /// A typed character: Enter, Backspace, Escape, Tab and Ctrl-letters get their own keys.
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 9: return .tab
        case 1...26: return .control(Character(UnicodeScalar(UInt8(96 + code))))
        default: return UnicodeScalar(code).map { .character(Character($0)) }
        }
    }

    private func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            previous = nil
            return .resize(size)
        default:
            for n in 1...12 where code == recall_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    // MARK: - Signals

    /// SIGINT, SIGTERM and SIGHUP only set a flag; the loop restores the terminal and
    /// re-raises. No SA_RESTART, so a waiting get_wch returns at once.
    private static func installSignalHandlers() {
        _ = pendingSignal.load(ordering: .relaxed)  // initialise the globals now, not in the handler
        keyThread.store(UInt(pthread_self()), ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            pendingSignal.store(signal, ordering: .relaxed)
            let reader = keyThread.load(ordering: .relaxed)
            if UInt(pthread_self()) != reader { pthread_kill(pthread_t(reader), signal) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaction(signal, &action, nil) }
    }

    public func takePendingSignal() -> Int32? {
        let signal = pendingSignal.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Ends the process the way the signal would have, after the terminal is restored, so
    /// the shell sees 130 for Ctrl-C and 143 for SIGTERM.
    public static func reraise(_ signal: Int32) -> Never {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &action, nil)
        raise(signal)
        exit(128 + signal)
    }
}
