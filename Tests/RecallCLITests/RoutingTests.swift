import Foundation
import Testing

/// Subcommands are found by swift-argument-parser alone; anything else opens the app, with
/// deck files as its arguments.
@Suite struct RoutingTests {
    /// `recall stats` is the stats command even where a file or folder named `stats` exists.
    @Test func aSubcommandWinsOverAFileOfTheSameName() throws {
        let folder = try RecallProcess.temporaryFolder()
        try Data("not a deck".utf8).write(to: folder.appendingPathComponent("stats"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("check"), withIntermediateDirectories: true)
        let stats = try RecallProcess.run(["stats", "--json"], in: folder)
        #expect(stats.status == 0, "\(stats.stderr)")
        let root = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(root?["decks"] is [Any])
        let check = try RecallProcess.run(
            ["check", RecallProcess.repository.appendingPathComponent("Decks").path],
            in: folder)
        #expect(check.status == 0 && check.stderr.contains("0 errors"))
    }

    /// Study and quiz without --plain open the app on the deck's screen; with no terminal
    /// they refuse as the app does.
    @Test(arguments: [["study"], ["study", "sco"], ["quiz", "sco"], ["open", "Decks/example.yaml"]])
    func theAppsScreensNeedATerminal(arguments: [String]) throws {
        let result = try RecallProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs an interactive terminal") && result.stderr.contains("--plain"))
        #expect(!result.stderr.contains("not built yet"))
    }

    @Test func lineModeOptionsWithoutPlainAreAUsageError() throws {
        let quiz = try RecallProcess.run(["quiz", "sco", "--count", "5"])
        #expect(quiz.status == 2 && quiz.stderr.contains("go with --plain"))
        let study = try RecallProcess.run(["study", "--seed", "3"])
        #expect(study.status == 2 && study.stderr.contains("--seed goes with --plain"))
    }

    @Test func aMisspeltSubcommandIsAUsageErrorThatSuggestsTheRightOne() throws {
        let result = try RecallProcess.run(["stat"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no deck file 'stat'") && result.stderr.contains("did you mean `recall stats`?"))
    }

    /// Help is laid out as the library wraps it: a paragraph is one line of source, so
    /// however wide the terminal, no sentence breaks before its end.
    @Test func helpTextHasNoHardBreaksInsideSentences() throws {
        let commands = [
            "", "open", "check", "study", "quiz", "questions", "cards", "stats", "import", "diff", "exam",
            "exam-policy",
        ]
        for command in commands {
            let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
            let help = try RecallProcess.run(arguments, environment: ["COLUMNS": "1000"]).stdout
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) {
                let broken =
                    line.last.map { $0.isLowercase || $0 == "," || $0 == "(" } ?? false
                    && (next.first?.isLowercase ?? false)
                #expect(!broken, "recall \(command) --help breaks a sentence: \(line) / \(next)")
            }
            // A paragraph reads as one: no run of spaces inside its text.
            for line in lines where !line.hasPrefix(" ") {
                #expect(!line.contains("   "), "recall \(command) --help: \(line)")
            }
            #expect(!help.contains("not built yet"))
        }
    }
}
