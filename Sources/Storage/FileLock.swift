import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive advisory lock on a file (`flock`), held around every write to the store so
/// that two Recall processes never interleave or lose answers. A holder that never lets go
/// (a stopped process) is waited for a few seconds, with word of who holds it, then given up.
final class FileLock {
    private let fd: Int32
    let path: String
    /// Told once, after a second, what the lock is waiting for.
    let onWait: @Sendable (String) -> Void
    /// How long to wait before giving up.
    let patience: Double

    init(path: String, patience: Double = 5, onWait: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.path = path
        self.patience = patience
        self.onWait = onWait
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.fail("open the lock file", path) }
    }

    deinit { close(fd) }

    /// The lock held by another process for longer than the lock waits.
    struct Timeout: Error, CustomStringConvertible {
        var path: String
        var holder: String?
        var seconds: Double

        var description: String {
            "\(holder ?? "another program") has held \(path) for \(Int(seconds)) s, so nothing could be saved; "
                + "end or resume it (`kill -CONT` if it was stopped), then try again"
        }
    }

    /// Runs `body` while holding the lock, waiting for another process to release it.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let start = Date()
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw FileSystem.fail("lock", path) }
            let waited = Date().timeIntervalSince(start)
            if waited >= patience { throw Timeout(path: path, holder: holder(), seconds: patience) }
            if waited >= 1 && !told {
                told = true
                onWait("waiting for \(holder() ?? "another program") to release \(path)…")
            }
            usleep(10_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The process holding the lock, as the system tells (Linux: `/proc/locks`), e.g.
    /// "process 4242 (recall)"; nil when it does not say.
    func holder() -> String? {
        var info = stat()
        guard fstat(fd, &info) == 0,
            let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
        else { return nil }
        let inode = ":\(info.st_ino) "
        for line in locks.split(separator: "\n") where line.contains(inode) && line.contains("FLOCK") {
            let fields = line.split(separator: " ")
            guard let pid = fields.dropFirst(4).first.flatMap({ Int32($0) }), pid != getpid() else { continue }
            let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return "process \(pid)" + (name.map { " (\($0))" } ?? "")
        }
        return nil
    }
}
