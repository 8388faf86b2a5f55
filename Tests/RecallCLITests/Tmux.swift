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
        let pipe = try Spawn.pipe()
        let pid: pid_t
        do {
            pid = try Spawn.start("tmux", ["-L", socket] + arguments, output: capture ? pipe.write : nil)
        } catch {
            close(pipe.read)
            close(pipe.write)
            throw error
        }
        close(pipe.write)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipe.read, &chunk, chunk.count)
            if count <= 0 { break }
            output += chunk[0..<count]
        }
        close(pipe.read)
        _ = Spawn.wait(pid)
        return String(decoding: output, as: UTF8.self)
    }

    /// Starts `command` in a shell that reports, when it ends, the exit status and whether
    /// the terminal modes (`stty -g`) came back as they were.
    func start(_ command: String, columns: Int = 100, rows: Int = 30) throws {
        let script =
            "trap : INT; S=$(stty -g); \(command); echo EXIT=$?; [ \"$(stty -g)\" = \"$S\" ] && echo TTY_RESTORED || "
            + "echo TTY_CHANGED; sleep 60"
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
    func waitFor(_ text: String, seconds: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        try waitFor("\"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits (polling every 20 ms, up to `seconds`) until the screen is as `predicate` wants;
    /// `what` names that in the issue recorded when it never is.
    @discardableResult
    func waitFor(
        _ what: String, seconds: Double = 8, sourceLocation: SourceLocation = #_sourceLocation,
        until predicate: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(20_000)
        }
        Issue.record("the screen never showed \(what); it shows:\n\(last)", sourceLocation: sourceLocation)
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
