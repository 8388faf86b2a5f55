import ArgumentParser
import Foundation
import Questions
import Review
import Study

/// `recall quiz DECK`: a quiz, in the app or (`--plain`) in line mode for pipes, scripts and
/// screen readers.
struct QuizCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Quiz yourself on a deck.",
        discussion: """
            Without --plain the full-screen app opens on the deck's quiz setup, where the number of questions \
            and a time limit are chosen; it needs an interactive terminal.

            With --plain, each question is printed with its numbered options, and one line is read as the \
            answer: for multiple choice a number or the option's text; for true or false one of true, false, \
            yes, no, t, f; for putting in order the numbers (2 3 1) or the names, separated by commas. Each \
            answer gets one verdict line starting with "correct:", "partly correct:" or "wrong:". The quiz ends \
            with "score: C/N" (partly correct answers count 0); end of input stops it early with the score so \
            far.

            A quiz is practice: its answers are journaled with "practice": true and move no card's schedule, \
            unless --schedule is given or the setting quizzesCount is true.
            """
    )

    @Argument(help: "A deck file, or a deck id such as 'sco'.")
    var deck: String

    @Flag(help: "Line mode: plain text in and out, no terminal needed.")
    var plain = false

    @OptionGroup var selection: QuestionOptions

    @Flag(help: "Line mode: count this quiz's answers for scheduling, as study answers (default: practice).")
    var schedule = false

    func validate() throws {
        if !plain, schedule { throw ValidationError("--schedule goes with --plain; the app follows quizzesCount") }
        if !plain, selection.isGiven {
            throw ValidationError("--count, --seed and --kind go with --plain; the app's quiz setup chooses its own")
        }
    }

    func run() throws {
        guard plain else { return try InteractiveApp(target: .quiz(deck)).run() }
        let generator = try DeckLocator.loadForProgress(self.deck)
        let deck = generator.deck
        let seed = selection.resolvedSeed()
        let questions = QuestionSet.make(
            from: generator, kinds: try selection.kindSet(), count: selection.resolvedCount, seed: seed)
        let context = try ProgressContext.open(now: try RecallClock.timestamp())
        let library = Library(
            decks: [generator], book: context.store.book, limits: StudyQueue.Limits(newPerDay: 0, reviewsPerDay: 0),
            scheduler: context.scheduler, calendar: context.calendar)
        print("\(deck.title): \(questions.count) question\(questions.count == 1 ? "" : "s") (seed \(seed))")
        var plain = PlainSession(
            StudySession(
                mode: .quiz(deck: deck.id), quizQuestions: questions,
                quizzesCount: schedule || context.settings.quizzesCount),
            context: context, library: library, random: SeededRandom(seed: seed))
        try plain.run()
        try? context.store.saveSnapshotIfBehind(now: try RecallClock.timestamp())
        let tally = plain.session.tally
        print("")
        print("score: \(tally.right)/\(tally.done == questions.count ? questions.count : tally.done)")
    }
}
