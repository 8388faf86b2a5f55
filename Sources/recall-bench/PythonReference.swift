import Foundation

/// Runs the committed py-fsrs script (`Benchmarks/pyfsrs_replay.py`) on the same journal.
enum PythonReference {
    struct Result {
        let version: String
        let reviews: Int
        let medianMilliseconds: Double
        let runs: Int
    }

    /// The interpreter: `$RECALL_BENCH_PYTHON`, else `python3` on the PATH.
    static var python: String {
        ProcessInfo.processInfo.environment["RECALL_BENCH_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    }

    static func replay(journal: String, runs: Int) throws -> Result {
        guard let script = RepositoryFile.find("Benchmarks/pyfsrs_replay.py") else {
            throw BenchError(
                "Benchmarks/pyfsrs_replay.py was not found above \(Bundle.main.executablePath ?? "the benchmark")")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, journal, "--runs", String(runs)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        if let error = fields["error"] as? String {
            throw BenchError("\(error) (or set RECALL_BENCH_PYTHON to a Python that has it)")
        }
        guard process.terminationStatus == 0, let version = fields["fsrs"] as? String,
            let reviews = fields["reviews"] as? Int,
            let median = fields["median_ms"] as? Double
        else {
            throw BenchError(
                "\(python) \(script) failed (exit status \(process.terminationStatus)); is py-fsrs installed (pip "
                    + "install fsrs==6.3.2)?"
            )
        }
        return Result(version: version, reviews: reviews, medianMilliseconds: median, runs: runs)
    }
}

/// Files of the repository the benchmark was built in, found by walking up from its
/// executable (`.build/release/recall-bench`).
enum RepositoryFile {
    static func find(_ relativePath: String) -> String? {
        guard var folder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() else {
            return nil
        }
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(relativePath).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
