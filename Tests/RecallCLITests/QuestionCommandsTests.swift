import Foundation
import Testing

/// `recall questions`, `recall cards` and `recall quiz --plain`, run as a separate process.
@Suite struct QuestionCommandsTests {
    struct Sheet: Decodable {
        struct Entry: Decodable {
            var card: String
            var fact: String
            var kind: String
            var prompt: String
            var options: [String]?
            var answers: [String]
            var accepted: [String]
        }
        var deck: String
        var seed: UInt64
        var questions: [Entry]
    }

    func sheet(_ arguments: [String]) throws -> (Sheet, String) {
        let result = try RecallProcess.run(["questions"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return (try JSONDecoder().decode(Sheet.self, from: Data(result.stdout.utf8)), result.stdout)
    }

    @Test func jsonIsByteIdenticalForTheSameSeed() throws {
        let (first, text) = try sheet(["sco", "--seed", "7", "--count", "12"])
        let (_, again) = try sheet(["sco", "--seed", "7", "--count", "12"])
        let (_, other) = try sheet(["sco", "--seed", "8", "--count", "12"])
        #expect(text == again)
        #expect(text != other)
        #expect(first.deck == "sco" && first.seed == 7 && first.questions.count == 12)
        for entry in first.questions {
            #expect(entry.card == "sco/\(entry.fact)/\(entry.kind)" || entry.card.hasPrefix("sco/\(entry.fact)/fill/"))
            #expect(!entry.prompt.isEmpty && !entry.answers.isEmpty)
            if let options = entry.options, entry.kind != "order", entry.kind != "chronology" {
                #expect(options.contains(entry.answers[0]))
            }
        }
    }

    @Test func allGivesOneQuestionPerCard() throws {
        let (all, _) = try sheet(["sco", "--all", "--seed", "1"])
        let cards = try RecallProcess.run(["cards", "sco"]).stdout.split(separator: "\n").map(String.init)
        #expect(all.questions.map(\.card) == cards)
        #expect(cards.count > 250)
        #expect(cards.contains("sco/charter-signed/when"))
        #expect(cards.contains("sco/what-the-sco-is/fill/2"))
    }

    @Test func kindsCanBeChosen() throws {
        let (sheet, _) = try sheet([
            "Decks/sco.yaml", "--kind", "when", "--kind", "odd-one-out", "--count", "30", "--seed", "3",
        ])
        #expect(Set(sheet.questions.map(\.kind)) == ["when", "odd-one-out"])
        let typo = try RecallProcess.run(["questions", "sco", "--kind", "odd-one-uot"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean 'odd-one-out'"))
    }

    @Test func markdownWorksheetHasAnAnswerKey() throws {
        let result = try RecallProcess.run(["questions", "sco", "--seed", "2", "--count", "6", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Shanghai Cooperation Organisation (SCO)\n"))
        #expect(result.stdout.contains("\n1. "))
        #expect(result.stdout.contains("\n## Answer key\n"))
    }

    @Test func unknownDeckIsAUsageError() throws {
        let result = try RecallProcess.run(["questions", "nosuchdeck"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no deck file or deck id 'nosuchdeck'"))
        #expect(result.stderr.contains("sco"))
    }

    /// The quiz asks exactly the questions of `recall questions` with the same options, and
    /// the answers from the JSON all pass.
    @Test func plainQuizAsksTheSameQuestionsAndAcceptsTheirAnswers() throws {
        let (sheet, _) = try sheet(["sco", "--seed", "11", "--count", "8"])
        let answers = sheet.questions.map { entry -> String in
            switch entry.kind {
            case "recall-all", "order", "chronology": entry.answers.joined(separator: ", ")
            default: entry.answers[0]
            }
        }
        let result = try RecallProcess.run(
            ["quiz", "sco", "--plain", "--seed", "11", "--count", "8"], input: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let prompts = lines.filter { $0.hasPrefix("[") }.map { $0.split(separator: "] ", maxSplits: 1)[1] }
        #expect(prompts.map(String.init) == sheet.questions.map(\.prompt))
        let verdicts = lines.filter {
            $0.hasPrefix("correct:") || $0.hasPrefix("partly correct:") || $0.hasPrefix("wrong:")
        }
        #expect(verdicts.count == 8)
        #expect(verdicts.allSatisfy { $0.hasPrefix("correct: ") }, "\(verdicts)")
        #expect(lines.last(where: { !$0.isEmpty }) == "score: 8/8")
        #expect(!result.stdout.contains("\u{1B}"), "no escape sequences when stdout is not a terminal")
    }

    @Test func plainQuizStopsAtEndOfInputWithTheScoreSoFar() throws {
        let result = try RecallProcess.run(
            ["quiz", "sco", "--plain", "--seed", "4", "--count", "5"], input: "no idea\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nwrong: "))
        #expect(result.stdout.hasSuffix("score: 0/1\n"))
    }

    @Test func quizWithoutPlainExplainsWhatToDo() throws {
        let result = try RecallProcess.run(["quiz", "sco"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--plain"))
    }
}
