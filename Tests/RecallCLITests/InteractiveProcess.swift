import Foundation

/// The `recall` binary driven line by line through pipes, as a person at a terminal (or a
/// crash test) would: write an answer, read output until a line of interest.
final class InteractiveProcess {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private(set) var lines: [String] = []

    init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = RecallProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = RecallProcess.repository
        process.environment = RecallProcess.isolated(environment)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ line: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Reads until a line satisfies `predicate` (returned) or the output ends (nil).
    func readLine(where predicate: (String) -> Bool) -> String? {
        while true {
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                lines.append(line)
                if predicate(line) { return line }
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// True when more than `count` lines satisfying `predicate` have been printed so far
    /// (reading what is already there, without waiting).
    func hasPrinted(where predicate: (String) -> Bool, after count: Int) -> Bool {
        let handle = output.fileHandleForReading
        var poller = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 0) > 0, (poller.revents & Int16(POLLIN)) != 0 {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
        }
        while let newline = buffer.firstIndex(of: 0x0A) {
            lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
            buffer.removeSubrange(buffer.startIndex...newline)
        }
        return lines.filter(predicate).count > count
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func isVerdict(_ line: String) -> Bool {
        line.hasPrefix("correct: ") || line.hasPrefix("partly correct: ") || line.hasPrefix("wrong: ")
    }
}
