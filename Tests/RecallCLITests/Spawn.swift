import Foundation
import Glibc

/// Starts programs directly with `posix_spawn` (not through Foundation's Process), with
/// default signal handling: the test runner may block or ignore signals, and the programs
/// under test must start with the defaults, or Ctrl-C and SIGTERM would never reach them.
enum Spawn {
    /// Starts `program` (looked up on the PATH when it has no slash) with stdin from
    /// /dev/null, stdout and stderr to `output` (or /dev/null), and `environment` (or this
    /// process's). Open the descriptors a child must not keep with O_CLOEXEC.
    static func start(
        _ program: String, _ arguments: [String], environment: [String: String]? = nil, output: Int32? = nil
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let output {
            posix_spawn_file_actions_adddup2(&actions, output, 1)
            posix_spawn_file_actions_adddup2(&actions, output, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
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
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let status =
            envp.map { envp in posix_spawnp(&pid, program, &actions, &attributes, argv, envp) }
            ?? posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .ENOENT) }
        return pid
    }

    /// A pipe whose ends close on exec: a child gets only the end handed to it as `output`.
    static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0, fcntl(ends[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(ends[1], F_SETFD, FD_CLOEXEC) == 0
        else {
            throw POSIXError(.EIO)
        }
        return (ends[0], ends[1])
    }

    /// Waits for a process and returns its exit status (128 + the signal when a signal ended it).
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

/// One run of `recall`, with what it printed, how long it took and the most memory it held.
struct MeasuredRun {
    var status: Int32
    var output: [UInt8]
    var seconds: Double
    var peakMegabytes: Double

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Runs the built `recall` with `arguments`, reading its peak memory (`VmHWM`) from /proc
    /// while it runs. (`wait4`'s figure would not do: a spawned child starts out sharing
    /// the test runner's memory.)
    static func recall(_ arguments: [String], environment: [String: String] = [:]) throws -> MeasuredRun {
        let pipe = try Spawn.pipe()
        let start = Date()
        let pid: pid_t
        do {
            pid = try Spawn.start(
                RecallProcess.binary.path, arguments, environment: RecallProcess.isolated(environment),
                output: pipe.write)
        } catch {
            close(pipe.read)
            close(pipe.write)
            throw error
        }
        close(pipe.write)
        defer { close(pipe.read) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var peak = 0.0
        while true {
            peak = max(peak, peakMegabytes(of: pid) ?? 0)
            var poller = pollfd(fd: pipe.read, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 5) > 0 else { continue }
            let count = read(pipe.read, &chunk, chunk.count)
            if count <= 0 { break }
            output += chunk[0..<count]
        }
        let status = Spawn.wait(pid)
        return MeasuredRun(
            status: status, output: output, seconds: Date().timeIntervalSince(start), peakMegabytes: peak)
    }

    private static func peakMegabytes(of pid: pid_t) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}
