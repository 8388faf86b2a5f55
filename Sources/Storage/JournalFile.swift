import Foundation
import Review

#if canImport(Glibc)
    import Glibc
#endif

/// The journal file, `reviews.jsonl`: appended one fsynced line at a time, read in chunks.
final class JournalFile {
    let path: String
    private let fd: Int32

    /// Opens the journal; read-only, a missing file reads as empty and is not created.
    init(path: String, writable: Bool) throws {
        self.path = path
        fd =
            writable
            ? open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 || (!writable && errno == ENOENT) else {
            throw FileSystem.fail(writable ? "open for writing" : "read", path)
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// True when the path no longer names the file this one has open: another program (an
    /// editor's save, a sync tool) replaced or removed it.
    var isReplaced: Bool {
        var open = stat()
        var named = stat()
        guard fd >= 0, fstat(fd, &open) == 0 else { return access(path, F_OK) == 0 }
        guard stat(path, &named) == 0 else { return true }
        return open.st_dev != named.st_dev || open.st_ino != named.st_ino
    }

    /// Which file this is, and as it is now (size and modification time).
    var identity: SnapshotCodec.FileIdentity? {
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0 else { return nil }
        return SnapshotCodec.FileIdentity(
            device: Int64(info.st_dev), inode: Int64(info.st_ino), size: Int64(info.st_size),
            modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    var size: Int {
        get throws {
            guard fd >= 0 else { return 0 }
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw FileSystem.fail("read the size of", path) }
            return Int(info.st_size)
        }
    }

    /// About how many lines the file has, from the length of those in its first 256 KB, a
    /// little over rather than under: room for the replay made once, and never twice the
    /// room needed (a million steps are 32 MB).
    func estimatedLineCount() throws -> Int {
        let total = try size
        let sample = try bytes(in: 0..<min(total, 256 << 10))
        let lines = sample.count(where: { $0 == 0x0A })
        guard lines > 0, sample.count < total else { return lines + 1 }
        return Int(Double(total) / Double(sample.count) * Double(lines) * 1.05) + 16
    }

    /// Appends one whole line and fsyncs it. On a short write (a full disk) the file is cut
    /// back to where it was, so no torn line is left behind.
    func append(_ line: [UInt8]) throws {
        let before = try size
        do {
            try FileSystem.writeAll(fd, line[...], path: path)
            guard fsync(fd) == 0 else { throw FileSystem.fail("sync", path) }
        } catch {
            _ = ftruncate(fd, off_t(before))
            throw error
        }
    }

    /// The bytes in `range` (fewer when the file is shorter).
    func bytes(in range: Range<Int>) throws -> [UInt8] {
        guard fd >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: range.count)
        var filled = 0
        while filled < range.count {
            let count = buffer.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + filled, range.count - filled, off_t(range.lowerBound + filled))
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw FileSystem.fail("read", path) }
            if count == 0 { break }
            filled += count
        }
        return Array(buffer.prefix(filled))
    }

    func truncate(to length: Int) throws {
        guard ftruncate(fd, off_t(length)) == 0 else { throw FileSystem.fail("truncate", path) }
        guard fsync(fd) == 0 else { throw FileSystem.fail("sync", path) }
    }

    /// The index of the next line break in `start..<end`, found with `memchr`.
    private static func lineBreak(in buffer: [UInt8], from start: Int, to end: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, end - start) else {
                return nil
            }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// What a scan found after the last complete line.
    struct ScanEnd {
        /// Offset just after the last complete line.
        var offset: Int
        /// Bytes after it with no closing line break: a line cut short by a crash.
        var tornBytes: [UInt8]
    }

    /// Calls `body` with each complete line from `offset` on (without its line break) and the
    /// offset just after it. Reads 4 MB at a time, so a long journal never sits in memory whole.
    /// `whole` is given the bytes of the complete lines of each chunk read, line breaks
    /// included, in order.
    func scan(
        from offset: Int, whole: (ArraySlice<UInt8>) -> Void = { _ in },
        _ body: (ArraySlice<UInt8>, Int) throws -> Void
    ) throws -> ScanEnd {
        guard fd >= 0 else { return ScanEnd(offset: offset, tornBytes: []) }
        // The file offset of the buffer's first byte, and how many bytes it holds: after
        // each read, the part of a line not yet ended is moved to the front, so one buffer
        // serves the whole scan.
        var position = offset
        var filled = 0
        // Up to 4 MB, but no bigger than what is left: a zeroed 4 MB buffer would cost a
        // small journal more than reading it.
        var buffer = [UInt8](repeating: 0, count: max(4096, min(4 << 20, try size - offset + 1)))
        while true {
            // A line longer than the buffer: room for the rest of it.
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let count = buffer.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(position + filled))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystem.fail("read", path)
            }
            if count == 0 { return ScanEnd(offset: position, tornBytes: Array(buffer[..<filled])) }
            let scanned = filled
            filled += count
            var lineStart = 0
            var from = scanned
            while let index = Self.lineBreak(in: buffer, from: from, to: filled) {
                try body(buffer[lineStart..<index], position + index + 1)
                lineStart = index + 1
                from = lineStart
            }
            whole(buffer[..<lineStart])
            position += lineStart
            filled -= lineStart
            if lineStart > 0, filled > 0 {
                buffer.withUnsafeMutableBytes { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + lineStart, filled)
                }
            }
        }
    }
}
