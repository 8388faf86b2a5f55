import DeckFormat
import Foundation
import Glibc
import Questions
import Review
import Scheduler
import Storage
import Study

/// What the benchmark measures inside its own process, on the large collection: each step
/// of opening it, and answering a card.
struct CollectionBenchmarks {
    let collection: SyntheticCollection
    let runs: Int
    let settings = RecallSettings()
    let calendar = DayCalendar()
    var scheduler: FSRS { FSRS(settings: settings.scheduler) }

    func deckLoad(into report: inout Report) {
        let samples = Stopwatch.runs(runs) { _ = DeckLoader.load(path: collection.deckPath) }
        report.add("large deck: load and check its \(collection.generator.deck.facts.count) facts", samples)
        let deck = collection.generator.deck
        report.add("large deck: list its cards", Stopwatch.runs(runs) { _ = QuestionGenerator(deck: deck) })
    }

    func questions(into report: inout Report) {
        let generator = collection.generator
        let cards = generator.cardKeys
        var random = SeededRandom(seed: 1)
        let samples = Stopwatch.runs(runs) {
            for card in cards { _ = generator.question(for: card, random: &random) }
        }
        report.add(
            "large deck: questions generated per second", value: Double(cards.count) / (samples.median / 1000),
            unit: "questions/s",
            runs: samples.count)
        typoJudgements(generator, into: &report)
    }

    /// The first typed answer with a typo decodes the English word list (once a process); the
    /// figure after it is the judgement alone.
    private func typoJudgements(_ generator: QuestionGenerator, into report: inout Report) {
        var random = SeededRandom(seed: 1)
        var question: Question?
        for card in generator.cardKeys where card.kind == .fill {
            question = generator.question(for: card, random: &random)
            if let answer = question?.answers.first, answer.count >= 8 { break }
        }
        guard let question, let answer = question.answers.first else { return }
        let checker = AnswerChecker(vocabulary: generator.vocabulary)
        let typo = String(answer.dropLast()) + (answer.last == "x" ? "y" : "x")
        let first = Stopwatch.milliseconds { _ = checker.check(typo, for: question) }
        report.add("a typo judged for the first time (decodes the English word list)", Samples([first]))
        let after = Stopwatch.runs(max(runs, 100)) { _ = checker.check(typo, for: question) }
        report.add("a typo judged after that", after)
    }

    /// The journal in a replay log, for timing the replay alone (reading it is part of the
    /// cold rebuild's figure).
    func journalLog() throws -> ReplayLog {
        guard let data = FileManager.default.contents(atPath: collection.journalPath) else {
            throw BenchError("cannot read \(collection.journalPath)")
        }
        let bytes = [UInt8](data)
        var log = ReplayLog(capacity: bytes.count / 120)
        var start = 0
        while let end = bytes[start...].firstIndex(of: 0x0A) {
            try log.append(line: bytes[start..<end])
            start = end + 1
        }
        return log
    }

    func replay(_ log: ReplayLog, into report: inout Report) -> Samples {
        let scheduler = self.scheduler
        let samples = Stopwatch.runs(runs) { _ = log.book(scheduler: scheduler, calendar: calendar) }
        report.add("large journal: FSRS replay of every review", samples)
        return samples
    }

    /// Opening the store without a snapshot, then with one; writing one.
    func snapshot(into report: inout Report) throws {
        let cold = try Stopwatch.runs(runs) {
            removeSnapshots()
            _ = try openStore()
        }
        report.add("large collection: open the store, rebuilding from the journal", cold)
        let store = try openStore()
        report.add(
            "large collection: write the snapshot",
            try Stopwatch.runs(runs) { try store.saveSnapshot(now: collection.end) })
        report.add(
            "large collection: open the store from the snapshot", try Stopwatch.runs(runs) { _ = try openStore() })
        let bytes = (try? FileManager.default.attributesOfItem(atPath: collection.snapshotPath)[.size] as? Int) ?? 0
        report.collection.snapshotMegabytes = Double(bytes) / 1_048_576
    }

    func queue(into report: inout Report) throws {
        let store = try openStore()
        let cards = collection.generator.cardKeys
        let limits = StudyQueue.Limits(settings)
        let scheduler = self.scheduler
        var length = 0
        let samples = Stopwatch.runs(runs) {
            length =
                StudyQueue.build(
                    cards: cards, book: store.book, limits: limits, scheduler: scheduler, calendar: calendar,
                    now: collection.end
                ).count
        }
        report.add("large collection: build today's queue", samples, goal: .atMost(50, "ms"))
        report.collection.queueLength = length
    }

    /// Answers `answers` cards through the store (schedule, journal append, fsync), and
    /// appends the same number of lines of the same size to a bare file with fsync.
    func answering(answers: Int, into report: inout Report) throws {
        let store = try openStore()
        let cards = collection.generator.cardKeys
        var random = SeededRandom(seed: 7)
        var answerTimes: [Double] = []
        var lineBytes = 0
        for index in 0..<answers {
            let card = cards[random.below(cards.count)]
            let review = ReviewRecord(
                card: card, time: collection.end + .seconds(Double(index)), rating: .good, answer: "Kalo",
                verdict: .correct, milliseconds: 4200, mode: .study,
                factHash: collection.generator.factHashes[card.fact])
            lineBytes = JournalCodec.line(for: .review(review)).utf8.count
            answerTimes.append(try Stopwatch.milliseconds { try store.record(review, now: review.time) })
            // As the app and line mode do: every 500 answers, after the verdict is shown.
            store.saveSnapshotIfDue(now: review.time)
        }
        let fsyncTimes = try bareAppends(count: answers, lineBytes: lineBytes)
        let answer = Samples(answerTimes), fsync = Samples(fsyncTimes)
        report.add(
            "answering a card (schedule, append, fsync): p50", value: answer.median, unit: "ms", runs: answer.count)
        report.add(
            "answering a card (schedule, append, fsync): p99", value: answer.percentile(99), unit: "ms",
            runs: answer.count)
        report.add(
            "answering a card: slowest (the snapshot every 500 answers is written after the verdict)",
            value: answer.percentile(100), unit: "ms", runs: answer.count, goal: .atMost(20, "ms"))
        report.add("bare append and fsync of a line that size: p50", value: fsync.median, unit: "ms", runs: fsync.count)
        report.add(
            "bare append and fsync of a line that size: p99", value: fsync.percentile(99), unit: "ms", runs: fsync.count
        )
        report.add(
            "answering a card: p99 above the bare fsync's p99", value: answer.percentile(99) - fsync.percentile(99),
            unit: "ms",
            runs: answer.count, goal: .atMost(2, "ms"))
    }

    private func bareAppends(count: Int, lineBytes: Int) throws -> [Double] {
        let path = collection.home + "/fsync-probe"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { throw BenchError("cannot create \(path)") }
        defer {
            close(descriptor)
            unlink(path)
        }
        let line = [UInt8](repeating: 0x61, count: lineBytes - 1) + [0x0A]
        return try (0..<count).map { _ in
            try Stopwatch.milliseconds {
                guard write(descriptor, line, line.count) == line.count, fsync(descriptor) == 0 else {
                    throw BenchError("cannot write \(path)")
                }
            }
        }
    }

    private func openStore() throws -> ProgressStore {
        try ProgressStore(folder: collection.home, scheduler: scheduler, calendar: calendar, now: collection.end)
    }

    func removeSnapshots() {
        for suffix in ["", ".bak"] { unlink(collection.snapshotPath + suffix) }
    }
}
