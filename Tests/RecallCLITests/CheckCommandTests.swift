import Foundation
import Testing

/// `recall check`, run as a separate process: output lines, JSON and exit codes.
@Suite struct CheckCommandTests {
    @Test func theShippedDecksPass() throws {
        let result = try RecallProcess.run(["check", "Decks"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error:"))
        #expect(result.stderr.contains("checked 2 decks: 0 errors"))
    }

    @Test func theShippedDecksQuestionsKeepTheRules() throws {
        let result = try RecallProcess.run(["check", "--questions", "Decks"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "checked 2 decks: 0 errors, 0 warnings\n", "\(result.stderr)")
    }

    @Test func badQuestionsAreWarningsAtTheirFact() throws {
        let folder = try RecallProcess.temporaryFolder()
        let deck = """
            recall: 1
            id: bad
            title: T
            facts:
              - {id: gives, question: "Which city, Tashkent or Almaty, hosts RATS?", answer: Tashkent}
              - id: bloc
                question: Is the SCO a military bloc?
                answer: "No"
                wrong: ["Yes, a military bloc", "Yes, an alliance"]
            """
        try deck.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let plain = try RecallProcess.run(["check", "bad.yaml"], in: folder)
        #expect(plain.status == 0 && plain.stderr == "checked 1 deck: 0 errors, 0 warnings\n", "\(plain.stderr)")
        let result = try RecallProcess.run(["check", "--questions", "bad.yaml"], in: folder)
        #expect(result.status == 0, "warnings only")
        let expected: [String] = [
            #"bad.yaml:5:5: warning: fact 'gives', question bad/gives/answer: the question gives its answer away: "#
                + #"its prompt contains "Tashkent""#,
            "bad.yaml:6:5: warning: fact 'bloc', question bad/bloc: yields no question: a yes/no question is asked as "
                + "multiple choice only, and needs at least two wrong answers in 'wrong', one starting with No and one "
                + "with Yes",
            "checked 1 deck: 0 errors, 2 warnings",
        ]
        #expect(result.stderr.split(separator: "\n").map(String.init) == expected)
    }

    @Test func aBrokenDeckGetsOneLinePerProblemAndExitsOne() throws {
        let folder = try RecallProcess.temporaryFolder()
        let deck = "recall: 1\ntitle: T\nfacts:\n  - {id: a, term: A}\n  - {id: b, date: B, when: 2001-02-30}\n"
        try deck.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(["check", "bad.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n") == [
                "bad.yaml:4:5: error: fact 'a' has kind 'term' but no 'means'; add `means: the meaning`",
                "bad.yaml:5:28: error: 'when' of fact 'b' is '2001-02-30', which is not a real date: February 2001 "
                    + "has 28 days, not 30",
                "checked 1 deck: 2 errors, 0 warnings (1 deck failed)",
            ])
    }

    @Test func jsonOutputListsTheDiagnostics() throws {
        let folder = try RecallProcess.temporaryFolder()
        try "recall: 1\ntitle: T\nfacts:\n  - {id: a, term: A}\n".write(
            to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(["check", "--json", "."], in: folder)
        #expect(result.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let first = try #require(parsed?.first)
        #expect(first["file"] as? String == "./bad.yaml")
        #expect(first["line"] as? Int == 4)
        #expect(first["column"] as? Int == 5)
        #expect(first["severity"] as? String == "error")
        #expect((first["message"] as? String)?.contains("no 'means'") == true)
    }

    @Test func warningsAloneExitZero() throws {
        let folder = try RecallProcess.temporaryFolder()
        try "recall: 1\ntitle: T\nfacts:\n  - {term: A, means: B}\n".write(
            to: folder.appendingPathComponent("warn.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(["check", "warn.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warn.yaml:4:5: warning: this fact has no 'id'"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try RecallProcess.run(["check"]).status == 2)
        #expect(try RecallProcess.run(["check", "no/such/deck.yaml"]).status == 2)
        #expect(try RecallProcess.run(["check", "--bogus", "Decks"]).status == 2)
    }

    @Test func everyCommandHasHelp() throws {
        for arguments in [["--help"], ["check", "--help"]] {
            let result = try RecallProcess.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"))
        }
    }
}
