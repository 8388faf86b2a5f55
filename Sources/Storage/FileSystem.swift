import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The few POSIX file operations the progress store needs, with errors that say what
/// failed, on which file, and why.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var action: String
        var path: String
        var code: Int32

        var description: String {
            "cannot \(action) \(path): \(String(cString: strerror(code)))" + Self.hint(code)
        }

        /// What the user can do about the common causes.
        private static func hint(_ code: Int32) -> String {
            switch code {
            case EACCES, EPERM, EROFS: " (check the folder's permissions, or set RECALL_HOME to a folder you can write)"
            case ENOSPC, EDQUOT: " (the disk is full: free some space and try again; nothing already saved is lost)"
            case EFBIG:
                " (a file size limit, such as `ulimit -f`, was reached: raise it and try again; nothing already saved "
                    + "is lost)"
            default: ""
            }
        }
    }

    static func fail(_ action: String, _ path: String) -> Failure {
        Failure(action: action, path: path, code: errno)
    }

    /// Creates the folder and its parents when missing.
    static func makeFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure(action: "use", path: path, code: ENOTDIR) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(
                action: "create the folder", path: path,
                code: (error as NSError).userInfo[NSUnderlyingErrorKey]
                    .flatMap { ($0 as? NSError)?.code }.map(Int32.init) ?? EACCES)
        }
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw fail("read", path)
        }
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        var result: [UInt8] = []
        result.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: max(4096, min(1 << 20, expected + 1)))
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw fail("read", path)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes a file atomically: a temporary file beside it, fsync, rename over the old one,
    /// fsync of the folder. A crash leaves either the old file or the new one, never half of one.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(to: path) { write in try write(bytes[...]) }
    }

    /// `writeAtomically`, with the bytes handed over a piece at a time by `produce`, so
    /// that a large file is never whole in memory. With `previous`, the file replaced is
    /// kept under that name, linked there only once the new one is whole: at no moment is
    /// there no file at `path`.
    static func writeAtomically(
        to path: String, keepingPreviousAs previous: String? = nil,
        _ produce: (_ write: (ArraySlice<UInt8>) throws -> Void) throws -> Void
    ) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw fail("write", temporary) }
        do {
            try produce { piece in try writeAll(fd, piece, path: temporary) }
            guard fsync(fd) == 0 else { throw fail("sync", temporary) }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        if let previous, access(path, F_OK) == 0 {
            unlink(previous)
            // A file system without hard links: moved instead, for the moment until the rename.
            if link(path, previous) != 0 { _ = rename(path, previous) }
        }
        guard rename(temporary, path) == 0 else {
            let failure = fail("replace", path)
            unlink(temporary)
            throw failure
        }
        try syncFolder(of: path)
    }

    /// Removes the temporary files `writeAtomically` left beside `path` when a process was
    /// killed mid-write: those of processes no longer running.
    static func removeStaleTemporaries(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink((folder.isEmpty ? "" : folder + "/") + name)
        }
    }

    /// Makes a rename or a new file in the folder durable.
    static func syncFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw fail("open the folder", folder) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw fail("sync the folder", folder) }
    }

    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>, path: String) throws {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw fail("write", path)
            }
            offset += written
        }
    }

    /// Moves a file aside under a new name, keeping it (never deletes user data).
    static func moveAside(_ path: String, suffix: String) -> String? {
        let target = recoveryName(path + "." + suffix)
        return rename(path, target) == 0 ? target : nil
    }

    /// `base`, or `base-2`, `base-3`, … : the first name no file has, so that a recovery file
    /// never replaces another (two within the same second). Called under the store's lock.
    static func recoveryName(_ base: String) -> String {
        var candidate = base
        var number = 1
        while access(candidate, F_OK) == 0 {
            number += 1
            candidate = base + "-\(number)"
        }
        return candidate
    }
}
