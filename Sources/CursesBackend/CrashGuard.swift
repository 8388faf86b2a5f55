import Glibc

/// Restores the terminal when the process traps (a force-unwrap of nil, an index out of
/// range, `fatalError`): those run no `defer` or `deinit`, and would leave the shell in raw
/// mode on the alternate screen. Only async-signal-safe calls run in the handler.
enum CrashGuard {
    // Written once, before the handlers are installed; read only by them.
    nonisolated(unsafe) static let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) static let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) static let leaveSequence = UnsafeMutablePointer<CChar>.allocate(capacity: 256)

    /// Saves the shell's terminal modes and installs the handlers. Call before taking over
    /// the terminal.
    static func install() {
        leaveSequence.initialize(to: 0)
        tcgetattr(STDIN_FILENO, savedModes)
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, info, _ in
            tcsetattr(STDIN_FILENO, TCSANOW, CrashGuard.savedModes)
            _ = write(STDOUT_FILENO, CrashGuard.leaveSequence, strlen(CrashGuard.leaveSequence))
            // A trap hands the signal back to the runtime's own handler (its backtrace), which
            // runs when the trapping instruction repeats. A signal another process sent
            // (`kill -ILL`: a code of 0 or less) repeats nothing, so it ends the process here.
            let sent = (info?.pointee.si_code ?? 0) <= 0
            if sent {
                Glibc.signal(signal, SIG_DFL)
            } else {
                sigaction(signal, CrashGuard.previousActions + Int(signal), nil)
            }
            if sent || signal == SIGABRT { raise(signal) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | SA_SIGINFO
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            sigaction(signal, &action, previousActions + Int(signal))
        }
    }

    /// The bytes that take the terminal back to normal (leave the alternate screen, show
    /// the cursor, reset attributes), from terminfo once the terminal is known.
    static func setLeaveSequence(_ text: String) {
        let bytes = Array(text.utf8.prefix(250))
        for (index, byte) in bytes.enumerated() { leaveSequence[index] = CChar(bitPattern: byte) }
        leaveSequence[bytes.count] = 0
    }
}
