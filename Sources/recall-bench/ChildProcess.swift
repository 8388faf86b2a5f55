import Foundation
import Glibc

/// One run of a child process: how long it took and the most memory it held.
struct ChildRun {
    let milliseconds: Double
    let peakRSSMegabytes: Double
}

/// Runs the `recall` binary as a person's shell would, timing it from exec.
struct ChildProcess {
    let executable: String
    let arguments: [String]
    let environment: [String: String]

    /// Runs to completion with its output discarded, and returns the milliseconds it took;
    /// a failure exit is an error.
    func run() throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = try spawn { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let status = wait(pid)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        guard status == 0 else {
            throw BenchError("`\(commandLine)` failed (exit status \(status)); run it by hand to see why")
        }
        return elapsed
    }

    /// Starts the program on a new pseudo-terminal and times it until `marker` has been
    /// written (the last text of the first frame), then ends it with SIGTERM.
    func untilScreenShows(_ marker: String, timeoutSeconds: Double = 30) throws -> ChildRun {
        let (master, terminal) = try PseudoTerminal.open()
        defer { close(master) }
        let start = DispatchTime.now().uptimeNanoseconds
        // A new session whose first terminal opened becomes its controlling terminal.
        let pid = try spawn(flags: Self.newSession) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
        var seen: [UInt8] = []
        var found: UInt64?
        var peak = 0.0
        let needle = Array(marker.utf8)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let deadline = start + UInt64(timeoutSeconds * 1e9)
        while found == nil && DispatchTime.now().uptimeNanoseconds < deadline {
            peak = max(peak, Self.peakRSSMegabytes(of: pid) ?? 0)
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 5) > 0 else { continue }
            let count = read(master, &chunk, chunk.count)
            if count <= 0 { break }
            seen += chunk[0..<count]
            if Self.contains(seen, needle) { found = DispatchTime.now().uptimeNanoseconds }
        }
        kill(pid, SIGTERM)
        // Keep reading so the program's last writes never block on a full terminal, and
        // keep reading its peak memory while it saves and exits.
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            peak = max(peak, Self.peakRSSMegabytes(of: pid) ?? 0)
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 2) > 0 { _ = read(master, &chunk, chunk.count) }
        }
        guard let found else {
            let screen = String(decoding: seen.suffix(400), as: UTF8.self)
            throw BenchError(
                "`\(commandLine)` never showed \"\(marker)\" within \(timeoutSeconds) s; its last output: "
                    + "\(screen.debugDescription)"
            )
        }
        return ChildRun(milliseconds: Double(found - start) / 1_000_000, peakRSSMegabytes: peak)
    }

    /// The process's peak resident memory so far (`VmHWM`), read from /proc. (`wait4`'s
    /// figure would not do: a spawned child starts out sharing the benchmark's own memory.)
    private static func peakRSSMegabytes(of pid: pid_t) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }

    private var commandLine: String {
        ([(executable as NSString).lastPathComponent] + arguments).joined(separator: " ")
    }

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not export.
    private static let newSession: Int32 = 0x80

    private func spawn(flags: Int32 = 0, _ files: (inout posix_spawn_file_actions_t) -> Void) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        files(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | flags))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(status)))") }
        return pid
    }

    private func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { bytes in
            (0...(bytes.count - needle.count)).contains { start in
                needle.indices.allSatisfy { bytes[start + $0] == needle[$0] }
            }
        }
    }
}

/// Pseudo-terminals through libc's `posix_openpt` family, looked up at run time because
/// Swift's Glibc module leaves out the X/Open declarations.
enum PseudoTerminal {
    private typealias Open = @convention(c) (Int32) -> Int32
    private typealias Prepare = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    /// The controller's descriptor and the terminal's path.
    static func open() throws -> (Int32, String) {
        guard let openSymbol = dlsym(nil, "posix_openpt"), let grantSymbol = dlsym(nil, "grantpt"),
            let unlockSymbol = dlsym(nil, "unlockpt"), let nameSymbol = dlsym(nil, "ptsname")
        else { throw BenchError("this libc has no posix_openpt") }
        let master = unsafeBitCast(openSymbol, to: Open.self)(O_RDWR | O_NOCTTY)
        guard master >= 0 else {
            throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        guard unsafeBitCast(grantSymbol, to: Prepare.self)(master) == 0,
            unsafeBitCast(unlockSymbol, to: Prepare.self)(master) == 0,
            let name = unsafeBitCast(nameSymbol, to: Name.self)(master)
        else {
            close(master)
            throw BenchError("cannot set up a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        return (master, String(cString: name))
    }
}
