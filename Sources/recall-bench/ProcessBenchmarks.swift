import Foundation

/// What the benchmark measures by running the `recall` binary: starts to the first frame
/// of the full-screen app through a pseudo-terminal, and the teacher's commands.
struct ProcessBenchmarks {
    let recall: String
    let runs: Int
    /// The home screen's last line ("… across 2 decks"): once it is written, the first
    /// frame is complete.
    static let frameMarker = "across"

    private func environment(home: String, now: String? = nil) -> [String: String] {
        var environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "COLUMNS": "100", "LINES": "30", "RECALL_HOME": home,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        environment["RECALL_NOW"] = now
        return environment
    }

    /// The shipped SCO deck, with a fresh data folder.
    func shippedDeck(into report: inout Report) throws {
        guard let deck = RepositoryFile.find("Decks/sco.yaml") else { throw BenchError("Decks/sco.yaml was not found") }
        let home = try Scratch.folder("sco-home")
        defer { Scratch.remove(home) }
        let app = ChildProcess(executable: recall, arguments: [], environment: environment(home: home))
        _ = try app.untilScreenShows(Self.frameMarker)
        let frames = try (0..<max(runs, 15)).map { _ in try app.untilScreenShows(Self.frameMarker).milliseconds }
        report.add("SCO deck: exec to the first frame", Samples(frames), goal: .atMost(15, "ms"))
        for (name, arguments) in [
            ("SCO deck: recall check", ["check", deck]),
            ("SCO deck: recall questions --all", ["questions", deck, "--all"]),
        ] {
            let command = ChildProcess(executable: recall, arguments: arguments, environment: environment(home: home))
            let times = try (0..<max(runs, 15)).map { _ in try command.run() }
            report.add(name, Samples(times))
        }
    }

    /// The full-screen app on the large collection: from the snapshot, and rebuilding from
    /// the journal with no snapshot; the app's peak RSS over all those runs; and `recall
    /// stats` on the large deck.
    func largeCollection(_ collection: SyntheticCollection, removeSnapshots: () -> Void, into report: inout Report)
        throws
    {
        let app = ChildProcess(
            executable: recall, arguments: [], environment: environment(home: collection.home, now: collection.end.iso))
        var cold: [ChildRun] = []
        for _ in 0..<runs {
            removeSnapshots()
            cold.append(try app.untilScreenShows(Self.frameMarker))
        }
        // The cold starts wrote a snapshot; starts from here on load it.
        let warm = try (0..<runs).map { _ in try app.untilScreenShows(Self.frameMarker) }
        report.add(
            "large collection: start from the snapshot (exec to the first frame)", Samples(warm.map(\.milliseconds)),
            goal: .atMost(150, "ms"))
        report.add(
            "large collection: cold start, rebuilding from the journal (exec to the first frame)",
            Samples(cold.map(\.milliseconds)), goal: .atMost(1500, "ms"))
        report.add(
            "large collection: peak RSS of the app", value: (cold + warm).map(\.peakRSSMegabytes).max() ?? 0,
            unit: "MB",
            runs: cold.count + warm.count, goal: .atMost(120, "MB"))
        let stats = ChildProcess(
            executable: recall, arguments: ["stats", collection.generator.deck.id],
            environment: environment(home: collection.home, now: collection.end.iso))
        report.add(
            "large collection: recall stats DECK", Samples(try (0..<max(runs, 5)).map { _ in try stats.run() }),
            goal: .atMost(300, "ms"))
    }
}

/// Temporary folders for the benchmark's files.
enum Scratch {
    static func folder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "recall-bench-\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
