#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive advisory lock on a file (`flock`), held around every write to the store so
/// that two Recall processes never interleave or lose answers.
final class FileLock {
    private let fd: Int32
    let path: String

    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.fail("open the lock file", path) }
    }

    deinit { close(fd) }

    /// Runs `body` while holding the lock, waiting for another process to release it.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystem.fail("lock", path) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
