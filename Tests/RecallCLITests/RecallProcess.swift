import Foundation

/// Runs the built `recall` binary, as a user or a script would.
struct RecallProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `recall` binary that `swift test` built next to the test bundle.
    static let binary: URL = {
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent("recall")
    }()

    /// Runs `recall` with `arguments` in `directory`, with `input` on stdin (closed when nil).
    /// `launcher` is a command that runs it (`prlimit --fsize=10 --`), when given.
    static func run(
        _ arguments: [String], in directory: URL = repository, environment: [String: String] = [:],
        input: String? = nil,
        launcher: [String] = [], executable: URL = binary
    ) throws -> Output {
        let process = Process()
        process.executableURL = launcher.first.map(URL.init(fileURLWithPath:)) ?? executable
        process.arguments = launcher.dropFirst() + (launcher.isEmpty ? [] : [executable.path]) + arguments
        process.currentDirectoryURL = directory
        process.environment = isolated(environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The test's environment: never the user's own progress, so RECALL_HOME is a fresh
    /// folder unless the test names one.
    static func isolated(_ environment: [String: String]) -> [String: String] {
        var merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if environment["RECALL_HOME"] == nil {
            merged["RECALL_HOME"] = (try? temporaryFolder().path) ?? "/nonexistent"
        }
        return merged
    }

    /// A new empty folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
