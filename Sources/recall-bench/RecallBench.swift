import ArgumentParser
import Foundation
import Scheduler

/// `recall-bench`: builds a large synthetic collection and prints how fast Recall opens,
/// schedules and answers it, and how fast it starts on the shipped SCO deck.
@main
struct RecallBench: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "recall-bench",
        abstract: "Measure Recall on a large synthetic collection and on the SCO deck; print JSON figures.",
        discussion: """
            Build in release mode first, with the same flags the figures are meant for:

              swift build -c release --static-swift-stdlib && .build/release/recall-bench

            The collection is written to a temporary folder and removed afterwards. Progress goes to \
            stderr; the figures, each the median of --runs runs, go to stdout as JSON. The FSRS replay is \
            compared with py-fsrs through Benchmarks/pyfsrs_replay.py, run with python3 (or \
            $RECALL_BENCH_PYTHON), which needs `pip install fsrs==6.3.2`.
            """)

    @Option(help: "Facts in the synthetic deck.")
    var facts = 20_000

    @Option(help: "Reviews in the synthetic journal, spread over two years.")
    var reviews = 1_000_000

    @Option(help: "Runs per figure; each figure is their median.")
    var runs = 5

    @Option(help: "Cards answered for the answering figures (their p50 and p99).")
    var answers = 1_000

    @Flag(help: "Keep the synthetic collection and print its folder, to look at or to run recall on.")
    var keep = false

    @Option(help: "The folder of the FSRS optimizer benchmark's data (fsrs_synth_reviews.json and fsrs-rs's figures).")
    var fsrsTools = "../shared/tools"

    @Flag(help: "Measure the optimizer alone, on the benchmark learner: its speed and its held-out scores.")
    var optimizerOnly = false

    func validate() throws {
        guard facts >= 20 else { throw ValidationError("--facts must be at least 20") }
        guard reviews >= 1 else { throw ValidationError("--reviews must be at least 1") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard answers >= 100 else { throw ValidationError("--answers must be at least 100, for a p99") }
    }

    func run() throws {
        #if DEBUG
            Log.say(
                "warning: this is a debug build; for figures that mean anything run `swift build -c release "
                    + "--static-swift-stdlib && .build/release/recall-bench`"
            )
        #endif
        var report = Report()
        do {
            Log.say("fitting the optimizer on the benchmark learner…")
            try OptimizerBenchmark.run(tools: fsrsTools, runs: runs, into: &report)
        } catch {
            report.skipped.append("optimizer on the benchmark learner: \(error)")
            Log.say("skipped the optimizer on the benchmark learner: \(error)")
        }
        if optimizerOnly { return print(try report.json()) }
        let recall = try Self.recallBinary()
        let folder = try Scratch.folder("collection")
        defer { keep ? Log.say("kept the collection in \(folder)") : Scratch.remove(folder) }

        Log.say("writing a deck of \(facts) facts and a journal of \(reviews) reviews…")
        let end = Timestamp(microseconds: 1_795_000_000 * Timestamp.microsecondsPerSecond)
        let collection = try SyntheticCollection.create(in: folder, facts: facts, reviews: reviews, days: 730, end: end)
        report.collection.facts = facts
        report.collection.cards = collection.generator.cardKeys.count
        report.collection.reviews = reviews
        let journalBytes =
            (try? FileManager.default.attributesOfItem(atPath: collection.journalPath)[.size] as? Int) ?? 0
        report.collection.journalMegabytes = (Double(journalBytes) / 1_048_576 * 10).rounded() / 10

        let inProcess = CollectionBenchmarks(collection: collection, runs: runs)
        inProcess.deckLoad(into: &report)
        inProcess.questions(into: &report)
        let replay = inProcess.replay(try inProcess.journalLog(), into: &report)
        try inProcess.snapshot(into: &report)
        try inProcess.queue(into: &report)
        DraftBenchmark.run(runs: runs, into: &report)

        let processes = ProcessBenchmarks(recall: recall, runs: runs)
        try processes.largeCollection(collection, removeSnapshots: inProcess.removeSnapshots, into: &report)
        try processes.shippedDeck(into: &report)

        Log.say("timing py-fsrs on the same journal (about 10 s a run)…")
        do {
            let python = try PythonReference.replay(journal: collection.journalPath, runs: runs)
            report.add(
                "py-fsrs \(python.version): the same replay", value: python.medianMilliseconds, unit: "ms",
                runs: python.runs)
            report.add(
                "FSRS replay: times faster than py-fsrs", value: python.medianMilliseconds / replay.median, unit: "×",
                runs: runs, goal: .atLeast(50, "×"))
        } catch {
            report.skipped.append("py-fsrs comparison: \(error)")
            Log.say("skipped the py-fsrs comparison: \(error)")
        }

        // Last, because it appends to the journal.
        try inProcess.answering(answers: answers, into: &report)
        print(try report.json())
    }

    /// The `recall` binary built beside this one.
    static func recallBinary() throws -> String {
        guard let folder = Bundle.main.executableURL?.deletingLastPathComponent() else {
            throw BenchError("cannot find my own folder")
        }
        let path = folder.appendingPathComponent("recall").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("\(path) is missing; build it first: swift build -c release --static-swift-stdlib")
        }
        return path
    }
}
