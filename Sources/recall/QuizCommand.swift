import ArgumentParser
import Foundation
import Progress
import Questions
import Study

/// `recall quiz DECK --plain`: a line-mode quiz for pipes, scripts and screen readers.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Quiz yourself on a deck.",
        discussion: """
            With --plain, each question is printed with its numbered options, and one line is
            read as the answer: for multiple choice a number or the option's text; for true or
            false one of true, false, yes, no, t, f; for putting in order the numbers (2 3 1)
            or the names, separated by commas. Each answer gets one verdict line starting with
            "correct:", "partly correct:" or "wrong:". The quiz ends with "score: C/N" (partly
            correct answers count 0); end of input stops it early with the score so far.
            """
    )

    @Argument(help: "A deck file, or a deck id such as 'sco'.")
    var deck: String

    @Flag(help: "Line mode: plain text in and out, no terminal needed.")
    var plain = false

    @OptionGroup var selection: QuestionOptions

    func validate() throws {
        guard plain else {
            throw ValidationError("the full-screen quiz is not built yet; run `recall quiz \(deck) --plain`")
        }
    }

    func run() throws {
        let deck = try DeckLocator.load(self.deck)
        let generator = QuestionGenerator(deck: deck)
        let seed = selection.resolvedSeed()
        let questions = QuestionSet.make(from: generator, kinds: try selection.kindSet(), count: selection.count, seed: seed)
        let now = try RecallClock.timestamp()
        let context = try ProgressContext.open(now: now)
        let checker = AnswerChecker(vocabulary: generator.vocabulary)
        var io = PlainIO()
        var correct = 0, answered = 0
        print("\(deck.title): \(questions.count) question\(questions.count == 1 ? "" : "s") (seed \(seed))")
        for (index, question) in questions.enumerated() {
            io.ask(question, number: index + 1, total: questions.count)
            guard let answer = io.readAnswer() else { break }
            let verdict = checker.check(answer.text, for: question)
            let rating = Grading.rating(for: verdict.grade, kind: question.kind, milliseconds: answer.milliseconds)
            do {
                try context.store.record(ReviewRecord(
                    card: question.card.description, time: now, rating: rating, answer: answer.text,
                    verdict: verdict.grade.rawValue, milliseconds: answer.milliseconds, mode: "quiz",
                    factHash: generator.factHashes[question.factID]), now: now)
            } catch {
                Stderr.write("error: your answer could not be saved, so the quiz stops here: \(error)")
                throw ExitCode(1)
            }
            answered += 1
            if verdict.grade == .correct { correct += 1 }
            io.show(verdict, for: question)
        }
        try? context.store.saveSnapshot(now: now)
        print("")
        print("score: \(correct)/\(answered == questions.count ? questions.count : answered)")
    }
}
