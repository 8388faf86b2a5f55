import Foundation
import Glibc
import Testing

/// A private tmux server running one pane, for driving the real full-screen binary as a
/// person would: send keys, read the screen.
final class Tmux {
    let socket = "recall-e2e-\(UUID().uuidString.prefix(8))"
    private(set) var started = false

    deinit { _ = try? run(["kill-server"], capture: false) }

    /// Runs a tmux command and returns what it printed. Spawned directly (not through
    /// Foundation's Process), because the command that starts the server leaves a daemon
    /// behind that Process's exit monitoring waits on; and that command gets no pipe, which
    /// the server would inherit and keep open.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner may block or ignore signals; tmux and the program under test must
        // start with the defaults, or Ctrl-C and SIGTERM would never reach it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        close(pipe[1])
        guard status == 0 else {
            close(pipe[0])
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .ENOENT)
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipe[0], &chunk, chunk.count)
            if count <= 0 { break }
            output += chunk[0..<count]
        }
        close(pipe[0])
        var exitStatus: Int32 = 0
        waitpid(pid, &exitStatus, 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Starts `command` in a shell that reports, when it ends, the exit status and whether
    /// the terminal modes (`stty -g`) came back as they were.
    func start(_ command: String, columns: Int = 100, rows: Int = 30) throws {
        let script = "trap : INT; S=$(stty -g); \(command); echo EXIT=$?; [ \"$(stty -g)\" = \"$S\" ] && echo TTY_RESTORED || echo TTY_CHANGED; sleep 60"
        for attempt in 0..<3 {
            try run(["new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "\(rows)", script], capture: false)
            if try run(["list-sessions"]).contains("t:") { break }
            usleep(UInt32(200_000 * (attempt + 1)))
        }
        started = true
    }

    func keys(_ keys: String...) throws {
        try run(["send-keys", "-t", "t"] + keys)
    }

    func type(_ text: String) throws {
        try run(["send-keys", "-t", "t", "-l", text])
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "t"])
    }

    /// Waits (polling every 20 ms, up to `seconds`) until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(20_000)
        }
        Issue.record("the screen never showed \"\(text)\"; it shows:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// The pane's variable, e.g. `alternate_on`.
    func variable(_ name: String) throws -> String {
        try run(["display", "-p", "-t", "t", "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of the program running in the pane (the shell's child).
    func programID() throws -> Int32? {
        let shell = try variable("pane_pid")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pgrep", "-P", shell]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) }
    }
}
