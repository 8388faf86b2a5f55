import Foundation
import TestSupport
import Testing

/// `recall study --plain` and `recall stats`, run as processes on a private RECALL_HOME.
@Suite struct StudyCommandTests {
    /// Microseconds since 1970 of an ISO-8601 UTC time with up to 6 fractional digits.
    func microseconds(_ iso: String?) -> Int64? {
        guard let iso, iso.hasSuffix("Z") else { return nil }
        let parts = iso.dropLast().split(separator: ".", maxSplits: 1)
        let formatter = ISO8601DateFormatter()
        guard let date = formatter.date(from: String(parts[0]) + "Z") else { return nil }
        let fraction = parts.count > 1 ? String(parts[1]).padding(toLength: 6, withPad: "0", startingAt: 0) : "0"
        return Int64(date.timeIntervalSince1970) * 1_000_000 + (Int64(fraction) ?? 0)
    }

    func home() throws -> URL { try RecallProcess.temporaryFolder() }

    func journal(_ home: URL) -> [[String: Any]] {
        let text = (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test(arguments: ["0000-01-01", "99999-01-01", "2026-02-30", "2026-12-01T25:00:00Z", "1969-12-31T23:00:00Z"])
    func anUnrealRecallNowIsRefused(now: String) throws {
        let home = try home()
        let result = try RecallProcess.run(
            ["study", "sco", "--plain"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": now], input: "x\n")
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("RECALL_NOW is '\(now)', which is not a real date and time from 1970 to 9999"),
            "\(result.stderr)")
        #expect(journal(home).isEmpty)
    }

    @Test func aJournalLineWithAnUnrealTimeIsSkippedByNumber() throws {
        let home = try home()
        let lines = [
            #"{"card":"sco/what-the-sco-is/fill/1","time":"2026-02-30T09:00:00Z","rating":3}"#,
            #"{"card":"sco/what-the-sco-is/fill/1","time":"2026-11-28T09:00:00Z","rating":3}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: home.appendingPathComponent("reviews.jsonl"))
        let result = try RecallProcess.run(
            ["stats"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 journal line was not a review and skipped (line 1)"), "\(result.stderr)")
    }

    @Test func aDecksSeenFileFromANewerRecallIsLeftAlone() throws {
        let home = try home()
        let path = home.appendingPathComponent("decks-seen.json")
        let newer = Data(#"{"format": 9, "decks": {"sco": {}}}"#.utf8)
        try newer.write(to: path)
        let env = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        let result = try RecallProcess.run(["study", "sco", "--plain"], environment: env, input: "")
        #expect(result.stderr.contains("decks-seen.json was written by a newer Recall (format 9)"), "\(result.stderr)")
        #expect(try Data(contentsOf: path) == newer)

        try Data("{not json".utf8).write(to: path)
        let again = try RecallProcess.run(["study", "sco", "--plain"], environment: env, input: "")
        #expect(again.stderr.contains("decks-seen.json could not be read; it was moved to decks-seen.json.corrupt-"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains("corrupt") }
        #expect(kept.count == 1)
    }

    @Test func statsShowsAJournalsControlCharactersEscaped() throws {
        let home = try home()
        let line = #"{"card":"evil\u001b[2J/f/when","time":"2026-11-28T09:00:00Z","rating":3}"# + "\n"
        try Data(line.utf8).write(to: home.appendingPathComponent("reviews.jsonl"))
        let result = try RecallProcess.run(
            ["stats"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("evil\\u{1B}[2J"), "\(result.stdout)")
    }

    /// `flock LOCK sleep` stands for a Recall stopped while it held the lock.
    @Test func aLockNeverLetGoIsNamedThenGivenUp() throws {
        let home = try home()
        let env = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [home.appendingPathComponent("lock").path, "sleep", "30"]
        try holder.run()
        defer { holder.terminate() }
        Thread.sleep(forTimeInterval: 0.3)
        let start = Date()
        let result = try RecallProcess.run(["study", "sco", "--plain"], environment: env, input: "Eurasian\n")
        #expect(result.status == 1)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.stderr.contains("note: waiting for process \(holder.processIdentifier) (flock) to release"))
        #expect(
            result.stderr.contains("has held \(home.appendingPathComponent("lock").path) for 5 s"), "\(result.stderr)")
        #expect(journal(home).isEmpty)
    }

    @Test func studyingJournalsEveryAnswerBeforeItsVerdict() throws {
        let home = try home()
        let env = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        let result = try RecallProcess.run(
            ["study", "sco", "--plain", "--seed", "3"], environment: env,
            input: "Eurasian\nregional organisation\n65\n")
        #expect(result.status == 0, "\(result.stderr)")
        let verdicts = result.stdout.split(separator: "\n").filter {
            $0.hasPrefix("correct:") || $0.hasPrefix("wrong:") || $0.hasPrefix("partly correct:")
        }
        #expect(verdicts.count == 3)
        #expect(result.stdout.contains("\ndone: 3 answered\nnext card due: "))
        let entries = journal(home)
        #expect(entries.count == 3)
        #expect(
            entries.map { $0["card"] as? String } == [
                "sco/what-the-sco-is/fill/1", "sco/largest-regional-organisation/answer", "sco/share-of-eurasia/value",
            ])
        #expect(
            entries.allSatisfy { $0["time"] as? String == "2026-11-29T09:00:00Z" && $0["mode"] as? String == "study" })
        #expect(
            entries.map { $0["rating"] as? Int } == [3, 3, 3], "piped answers are never 'fast', so correct is Good")
        #expect(
            !FileManager.default.fileExists(atPath: home.appendingPathComponent("settings.json").path),
            "reading the settings writes no file")

        let stats = try RecallProcess.run(["stats", "sco", "--json"], environment: env)
        let root = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        let deck = try #require((root?["decks"] as? [[String: Any]])?.first)
        #expect(deck["learning"] as? Int == 3 && deck["dueNow"] as? Int == 0 && deck["dueToday"] as? Int == 3)
        #expect(deck["streak"] as? Int == 1)
    }

    @Test func aDaysNewCardsAreOneCardPerFact() throws {
        let home = try home()
        let env = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        let result = try RecallProcess.run(
            ["study", "sco", "--plain"], environment: env,
            input: String(repeating: "no idea\n", count: 40))
        #expect(result.status == 0, "\(result.stderr)")
        // The wrong answers come back as learning cards; the day's 20 new cards are 20 facts.
        let cards = journal(home).compactMap { $0["card"] as? String }
        var firsts: [String] = []
        for card in cards where !firsts.contains(card) { firsts.append(card) }
        let facts = firsts.map { $0.split(separator: "/")[1] }
        #expect(firsts.count == 20 && Set(facts).count == 20, "\(firsts)")
    }

    @Test func aKnownMistakeIsExplainedUnderTheVerdict() throws {
        let result = try RecallProcess.run(
            ["quiz", "sco", "--plain", "--kind", "when", "--count", "40", "--seed", "1"],
            input: String(repeating: "7 July 2002\n", count: 40))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("[") && $0.contains("was the SCO Charter signed") })
        let verdict = try #require(lines[index...].firstIndex { $0.hasPrefix("wrong: ") })
        #expect(lines[verdict] == "wrong: 7 June 2002")
        #expect(lines[verdict + 1] == "  not 7 July 2002: the SCO Charter was signed on 7 June 2002")
        #expect(
            lines[verdict + 2].hasPrefix("  7 June 2002, St Petersburg") || lines[verdict + 2].hasPrefix("  note: "))
    }

    /// The repro of a line-mode bug: `=1` and `=undo` once applied after the next prompt had
    /// printed, so an undone card was graded against the next question.
    @Test func anUndoneCardIsAskedAgainAndASecondUndoHasNothingToUndo() throws {
        let home = try home()
        let env = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        let result = try RecallProcess.run(
            ["study", "sco", "--plain", "--seed", "1"], environment: env,
            input: "Eurasian\n=1\nregional organisation\n=undo\nregional organization\n=undo\n=undo\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let undone = try #require(lines.firstIndex(of: "undone: sco/largest-regional-organisation/answer"))
        #expect(
            lines[undone + 1].hasSuffix("By geographic scope and population, the SCO is the world's largest what?"),
            "the undone card is asked again: \(lines[undone + 1])")
        #expect(lines.contains("rated Again: sco/what-the-sco-is/fill/1"))
        #expect(lines.contains("nothing to undo"))
        let entries = journal(home)
        #expect(
            entries.map { $0["type"] as? String ?? $0["card"] as! String } == [
                "sco/what-the-sco-is/fill/1", "undo", "sco/what-the-sco-is/fill/1",
                "sco/largest-regional-organisation/answer",
                "undo", "sco/largest-regional-organisation/answer", "undo",
            ])
        #expect(entries[5]["answer"] as? String == "regional organization", "graded against the question it answered")
        #expect(result.stdout.contains("done: 1 answered"))
    }

    @Test func quizAnswersAreRecordedToo() throws {
        let home = try home()
        let env = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        let result = try RecallProcess.run(
            ["quiz", "sco", "--plain", "--seed", "5", "--count", "3"], environment: env, input: "a\nb\nc\n")
        #expect(result.status == 0)
        #expect(journal(home).count == 3)
        #expect(journal(home).allSatisfy { $0["mode"] as? String == "quiz" && $0["rating"] as? Int == 1 })
    }

    @Test func anInvalidSettingIsAnErrorNamingTheKey() throws {
        let home = try home()
        try #"{"newPerDay": "lots"}"#.write(
            to: home.appendingPathComponent("settings.json"), atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(["stats"], environment: ["RECALL_HOME": home.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'newPerDay' must be a whole number"))
        #expect(
            try String(contentsOf: home.appendingPathComponent("settings.json"), encoding: .utf8)
                == #"{"newPerDay": "lots"}"#)
    }

    /// Journals written by hand (as another tool or a test harness would) replay through the
    /// same FSRS as py-fsrs: `stats --cards --json` matches the reference fixture's final
    /// state for every case with default settings.
    @Test func statsOfAHandWrittenJournalMatchPyFSRS() throws {
        struct Fixture: Decodable {
            struct Case: Decodable {
                struct Settings: Decodable, Equatable {
                    var desiredRetention: Double
                    var learningSteps: [Double]
                    var relearningSteps: [Double]
                    var maximumInterval: Int
                    var enableFuzzing: Bool
                    var parameters: [Double]
                }
                struct Review: Decodable {
                    var rating: Int
                    var time: String
                    var state: String
                    var step: Int?
                    var stability: Double
                    var difficulty: Double
                    var due: String
                }
                var id: String
                var settings: Settings
                var reviews: [Review]
            }
            var results: [Case]
        }
        let url = RecallProcess.repository.appendingPathComponent("Tests/SchedulerTests/Fixtures/fsrs-reference.json")
        let fixture = try snakeCaseDecoder.decode(Fixture.self, from: Data(contentsOf: url))
        let defaults = Fixture.Case.Settings(
            desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600], maximumInterval: 36500,
            enableFuzzing: false,
            parameters: [
                0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
                0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
            ])
        let cases = fixture.results.filter { $0.settings == defaults }.prefix(150)
        #expect(cases.count >= 100)
        let home = try home()
        try #"{"fuzz": false}"#.write(
            to: home.appendingPathComponent("settings.json"), atomically: true, encoding: .utf8)
        var lines: [String] = []
        for (index, testCase) in cases.enumerated() {
            for review in testCase.reviews {
                lines.append(
                    #"{"card": "parity/c\#(index)/answer", "time": "\#(review.time)", "rating": \#(review.rating)}"#)
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(
            to: home.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(
            ["stats", "--json", "--cards"],
            environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2031-01-01T00:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rows = (root?["cards"] as? [[String: Any]] ?? []).reduce(into: [String: [String: Any]]()) {
            $0[$1["card"] as! String] = $1
        }
        for (index, testCase) in cases.enumerated() {
            let last = testCase.reviews.last!
            let row = try #require(rows["parity/c\(index)/answer"], "\(testCase.id)")
            #expect(row["state"] as? String == last.state.lowercased(), "\(testCase.id)")
            #expect(row["step"] as? Int == last.step, "\(testCase.id)")
            #expect(abs((row["stability"] as! Double) - last.stability) <= 1e-9 * last.stability, "\(testCase.id)")
            #expect(abs((row["difficulty"] as! Double) - last.difficulty) <= 1e-9 * last.difficulty, "\(testCase.id)")
            #expect(microseconds(row["due"] as? String) == microseconds(last.due), "\(testCase.id)")
            #expect(row["reps"] as? Int == testCase.reviews.count)
            #expect(row["lastReview"] as? String != nil)
        }
    }
}
