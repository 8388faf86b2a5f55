import Foundation
import Testing

/// `recall import`, `recall diff`, `check --stale-after` and worksheet options, as a teacher
/// runs them.
@Suite struct TeacherCommandsTests {
    static let fixtures = RecallProcess.repository.appendingPathComponent("Tests/DeckFormatTests/Fixtures")

    @Test func importWritesACheckedDeckAndReportsSkippedRows() throws {
        let folder = try RecallProcess.temporaryFolder()
        let source = folder.appendingPathComponent("anki-notes.txt")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("anki-notes.txt"), to: source)
        let result = try RecallProcess.run(["import", "anki-notes.txt", "--id", "sco-basics"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 4 cards from anki-notes.txt (anki) into anki-notes.yaml"))
        #expect(result.stderr.contains("anki-notes.txt:11: skipped: the front is empty"))
        let check = try RecallProcess.run(["check", "anki-notes.yaml"], in: folder)
        #expect(check.status == 0 && check.stderr.contains("0 errors, 0 warnings"), "\(check.stderr)")
        let again = try RecallProcess.run(["import", "anki-notes.txt"], in: folder)
        #expect(again.status == 1 && again.stderr.contains("already exists"))
        #expect(try RecallProcess.run(["import", "anki-notes.txt", "--force"], in: folder).status == 0)
        let quiz = try RecallProcess.run(
            ["quiz", "anki-notes.yaml", "--plain", "--count", "2", "--seed", "1"], in: folder, input: "a\nb\n")
        #expect(quiz.status == 0 && quiz.stdout.contains("score: "))
    }

    @Test func importOptionsAndErrors() throws {
        let folder = try RecallProcess.temporaryFolder()
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("quizlet-custom.txt"),
            to: folder.appendingPathComponent("q.txt"))
        let result = try RecallProcess.run(
            [
                "import", "q.txt", "--separator", " - ", "--row-separator", ";;", "--out", "deck.yaml", "--title",
                "Acronyms",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("deck.yaml"), encoding: .utf8).contains(
                "title: \"Acronyms\""))
        #expect(try RecallProcess.run(["import", "missing.csv"], in: folder).status == 2)
        #expect(try RecallProcess.run(["import", "q.txt", "--id", "Bad Id"], in: folder).status == 2)
        try "\n\n".write(to: folder.appendingPathComponent("empty.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallProcess.run(["import", "empty.csv"], in: folder).status == 1)
    }

    @Test func diffSummarisesChangesForTeachers() throws {
        let folder = try RecallProcess.temporaryFolder()
        try """
        recall: 1
        title: T
        facts:
          - {id: a, question: "Capital of France?", answer: Paris}
          - {id: b, question: "Capital of Italy?", answer: Rome}
          - {id: c, question: "Capital of Peru?", answer: Lima}
        """.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try """
        recall: 1
        title: T
        facts:
          - {id: a, question: "Capital of France?", answer: Paris, note: just a note}
          - {id: b, question: "Capital of Italy?", answer: Roma}
          - {id: d, question: "Capital of Spain?", answer: Madrid}
        """.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(["diff", "old.yaml", "new.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                1 fact updated, 1 new, 1 removed
                + d: Capital of Spain?
                ~ b: answer "Rome" → "Roma"
                - c: Capital of Peru?

                """)
    }

    @Test func staleAfterChangesTheAgeOfAsOfWarnings() throws {
        let folder = try RecallProcess.temporaryFolder()
        try "recall: 1\ntitle: T\nfacts:\n  - {id: a, term: A, means: B, as-of: 2025-01}\n"
            .write(to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let env = ["RECALL_NOW": "2026-11-29T09:00:00Z"]
        #expect(
            !(try RecallProcess.run(["check", "d.yaml"], in: folder, environment: env).stderr.contains("warning:")))
        let strict = try RecallProcess.run(["check", "d.yaml", "--stale-after", "18mo"], in: folder, environment: env)
        #expect(
            strict.status == 0
                && strict.stderr.contains(
                    "d.yaml:4:39: warning: fact 'a' is as of January 2025, more than 18 months ago")
        )
        #expect(
            try RecallProcess.run(["check", "d.yaml", "--stale-after", "soon"], in: folder, environment: env).status
                == 2)
        #expect(
            !(try RecallProcess.run(
                ["check", "d.yaml", "--stale-after", "never"], in: folder,
                environment: ["RECALL_NOW": "2040-01-01"]
            ).stderr.contains("warning:")))
    }

    @Test func worksheetsComeInVersionsAndAsHTML() throws {
        let markdown = try RecallProcess.run([
            "questions", "sco", "--seed", "3", "--count", "5", "--format", "markdown", "--title", "Class test",
            "--versions", "A,B",
        ])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Class test: version A\n"))
        #expect(markdown.stdout.contains("# Class test: version B\n"))
        let again = try RecallProcess.run([
            "questions", "sco", "--seed", "3", "--count", "5", "--format", "markdown", "--title", "Class test",
            "--versions", "A,B",
        ])
        #expect(again.stdout == markdown.stdout)
        let html = try RecallProcess.run(["questions", "sco", "--seed", "3", "--count", "5", "--format", "html"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("class=\"key\""))
    }
}
