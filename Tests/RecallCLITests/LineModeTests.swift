import Foundation
import Testing

/// Line mode as a script or a person feeds it: slips are asked about again, never graded.
@Suite struct LineModeTests {
    /// `recall ARGUMENTS` at a fixed time, in `home` (a new one by default), fed `input`.
    func run(_ arguments: [String], in home: URL? = nil, input: String? = nil) throws -> (
        home: URL, result: RecallProcess.Output
    ) {
        let home = try home ?? RecallProcess.temporaryFolder()
        let environment = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"]
        return (home, try RecallProcess.run(arguments, environment: environment, input: input))
    }

    func journal(_ home: URL) -> [[String: Any]] {
        let text = (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// `7` for a question of four options names none: refused, the question asked again,
    /// and only the real answer journaled.
    @Test func aNumberNamingNoOptionIsAskedAgain() throws {
        let (home, result) = try run(
            ["quiz", "sco", "--plain", "--kind", "choice", "--count", "1", "--seed", "3"], input: "7\n0\n2\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("There is no option 7: type 1 to "), "\(result.stdout)")
        #expect(result.stdout.contains("There is no option 0: type 1 to "))
        #expect(result.stdout.components(separatedBy: "[1/1]").count == 4)
        #expect(journal(home).count == 1)
        // The option chosen, journaled as its text with its number.
        #expect(journal(home).first?["answer"] as? String == "a non-member state")
        #expect(journal(home).first?["choice"] as? Int == 2)
    }

    /// An empty line is "don't know": the answer shown, journaled as such and rated Again.
    @Test func anEmptyLineIsDontKnow() throws {
        let (home, result) = try run(["study", "sco", "--plain"], input: "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("don't know: "), "\(result.stdout)")
        let review = try #require(journal(home).first)
        #expect(review["verdict"] as? String == "don't know")
        #expect(review["rating"] as? Int == 1)
    }

    /// Without a deck named, line mode studies every deck but the templates (the shipped
    /// example); named, a template is studied.
    @Test func studyWithoutADeckLeavesTheTemplateOut() throws {
        let (home, all) = try run(["study", "--plain"], input: String(repeating: "\n", count: 30))
        #expect(all.status == 0, "\(all.stderr)")
        #expect(
            journal(home).count == 30 && journal(home).allSatisfy { ($0["card"] as? String)?.hasPrefix("sco/") == true }
        )
        let (named, chosen) = try run(["study", "example", "--plain"], input: "\n")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect((journal(named).first?["card"] as? String)?.hasPrefix("example/") == true)
    }

    /// `=right` after a verdict not right counts it as right, journaled as an override.
    @Test func equalsRightCountsTheLastAnswerAsRight() throws {
        let (home, result) = try run(["study", "sco", "--plain"], input: "Atlantis\n=right\n=right\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("counted as right, rated Good: sco/"), "\(result.stdout)")
        #expect(result.stdout.contains("the last answer needs no override"))
        let lines = journal(home)
        #expect(lines.count == 2 && lines[1]["type"] as? String == "override")
        #expect(lines[1]["overrides"] as? String == lines[0]["id"] as? String && lines[1]["rating"] as? Int == 3)
    }

    /// A quiz is practice unless `--schedule` or `quizzesCount` says otherwise: its answers
    /// are journaled with the flag, and no card moves.
    @Test func aQuizIsPracticeUnlessItIsScheduled() throws {
        let quiz = ["quiz", "sco", "--plain", "--count", "3", "--seed", "5"]
        let (home, practice) = try run(quiz, input: "1\n1\n1\n")
        #expect(practice.status == 0, "\(practice.stderr)")
        #expect(journal(home).count == 3 && journal(home).allSatisfy { $0["practice"] as? Bool == true })
        let stats = try run(["stats", "sco", "--json"], in: home).result.stdout
        #expect(stats.contains("\"new\" : 364") || stats.contains("\"new\":364"), "\(stats)")
        let (scheduled, counted) = try run(quiz + ["--schedule"], input: "1\n1\n1\n")
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(journal(scheduled).count == 3 && journal(scheduled).allSatisfy { $0["practice"] == nil })
        let settings = try RecallProcess.temporaryFolder()
        try #"{"quizzesCount": true}"#.write(
            to: settings.appendingPathComponent("settings.json"), atomically: true, encoding: .utf8)
        _ = try run(quiz, in: settings, input: "1\n")
        #expect(journal(settings).count == 1 && journal(settings).first?["practice"] == nil)
    }

    /// `--more-new N` learns N more new cards today, beyond the daily limit, and is kept for
    /// the rest of the study day (in settings.json).
    @Test func moreNewCardsToday() throws {
        let home = try RecallProcess.temporaryFolder()
        try #"{"newPerDay": 1}"#.write(
            to: home.appendingPathComponent("settings.json"), atomically: true, encoding: .utf8)
        let empty = String(repeating: "\n", count: 40)
        func cards() -> Int { Set(journal(home).compactMap { $0["card"] as? String }).count }
        _ = try run(["study", "sco", "--plain"], in: home, input: empty)
        #expect(cards() == 1)
        let more = try run(["study", "sco", "--plain", "--more-new", "5"], in: home, input: empty).result
        #expect(more.status == 0, "\(more.stderr)")
        #expect(cards() == 6)
        let settings = try String(contentsOf: home.appendingPathComponent("settings.json"), encoding: .utf8)
        #expect(settings.contains("\"studyMore\"") && settings.contains("\"sco\" : 5"), "\(settings)")
        let bad = try run(["study", "sco", "--plain", "--more-new", "0"], in: home).result
        #expect(bad.status == 2 && bad.stderr.contains("--more-new takes 1 to 100000 cards"))
    }

    @Test func aMistypedCommandIsRefusedAndJournalsNothing() throws {
        let (home, result) = try run(["study", "sco", "--plain"], input: "=5\n=0\n=\n=undoo\nEurasian\n")
        #expect(result.status == 0)
        for command in ["=5", "=0", "=", "=undoo"] {
            #expect(result.stdout.contains("'\(command)' is not a command: =1 to =4 re-rate the last answer"))
        }
        #expect(journal(home).count == 1)
        #expect(journal(home).first?["answer"] as? String == "Eurasian")
    }

    @Test func theLastAnswerCanBeReratedOrUndone() throws {
        let (home, result) = try run(
            ["study", "sco", "--plain", "--seed", "3"], input: "wrong answer\n=4\nregional organisation\n=undo\n")
        #expect(result.stdout.contains("rated Easy: sco/what-the-sco-is/fill/1"))
        #expect(result.stdout.contains("undone: sco/largest-regional-organisation/answer"))
        let entries = journal(home)
        #expect(entries.map { $0["type"] as? String ?? "review" } == ["review", "undo", "review", "review", "undo"])
        #expect(entries[2]["rating"] as? Int == 4 && entries[2]["time"] as? String == entries[0]["time"] as? String)
        let stats = try run(["stats", "sco", "--json", "--cards"], in: home).result
        let cards =
            (try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?["cards"]
            as? [[String: Any]] ?? []
        let first = cards.first { $0["card"] as? String == "sco/what-the-sco-is/fill/1" }
        #expect(first?["state"] as? String == "review", "Easy graduates the card at once")
        #expect(
            cards.first { $0["card"] as? String == "sco/largest-regional-organisation/answer" }?["state"] as? String
                == "new")
    }

    @Test func controlCharactersTypedComeBackEscaped() throws {
        let result = try RecallProcess.run(
            ["quiz", "sco", "--plain", "--kind", "recall-all", "--count", "1", "--seed", "2"],
            input: "China, \u{1B}]0;pwned\u{07}, Russia\n")
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("\\u{1B}]0") && result.stdout.contains("pwned\\u{7}"), "\(result.stdout)")
    }
}
