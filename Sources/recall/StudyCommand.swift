import ArgumentParser
import Foundation
import Questions
import Review
import Scheduler
import Storage
import Study

/// `recall study [DECK]`: spaced repetition, in the app or (`--plain`) in line mode.
struct StudyCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study the cards that are due, with spaced repetition (FSRS-6).",
        discussion: """
            The queue holds, in order: learning cards that are due, reviews due today (the least well \
            remembered first), then new cards up to the day's limit (settings.json: newPerDay, reviewsPerDay). \
            At most one card per fact is shown a day unless nothing else is due. A deck with an exam ahead \
            (`recall exam`) follows its exam plan instead, for as long as the day's budget lasts.

            Without --plain the full-screen app opens on the study screen of the deck (of every deck when \
            none is named); it needs an interactive terminal.

            --plain uses the protocol of `recall quiz --plain`: each answer is one line, and each verdict one \
            line starting with "correct:", "partly correct:" or "wrong:". Every answer is saved (and fsynced) \
            before its verdict is printed. After a verdict, a line "=1" to "=4" re-rates that answer (Again, \
            Hard, Good, Easy), "=right" counts it as right after all (rated Good), and "=undo" undoes it; the \
            question is then asked again. The session ends when \
            nothing is due, with "done: N answered" and when the next card is due.
            """
    )

    @Argument(help: "A deck file or deck id; all decks when omitted.")
    var deck: String?

    @Flag(help: "Line mode: plain text in and out, no terminal needed.")
    var plain = false

    @Option(help: "The random seed for the questions' options (line mode). Default: a fresh seed.")
    var seed: UInt64?

    @Option(
        name: .customLong("more-new"),
        help: ArgumentHelp(
            "Learn N more new cards today in each deck studied, beyond the daily limit (line mode; kept until the "
                + "study day ends, in the app too).", valueName: "N"))
    var moreNew: Int?

    @Flag(help: "Review ahead: also the cards due in the coming week, each once (line mode; for the rest of today).")
    var ahead = false

    func validate() throws {
        if !plain, seed != nil { throw ValidationError("--seed goes with --plain; the app draws its own") }
        if !plain, moreNew != nil || ahead {
            throw ValidationError("--more-new and --ahead go with --plain; in the app, n and a at the end of a session")
        }
        if let moreNew, !(1...StudyMore.maximumNewCards).contains(moreNew) {
            throw ValidationError("--more-new takes 1 to \(StudyMore.maximumNewCards) cards, not \(moreNew)")
        }
    }

    func run() throws {
        guard plain else { return try InteractiveApp(target: .study(deck)).run() }
        let catalog = try DeckCatalog.load(deck)
        let context = try ProgressContext.open(now: try RecallClock.timestamp())
        let (changes, seenNotes) = DeckChanges.sinceLastSeen(catalog.generators, folder: context.folder)
        seenNotes.forEach { Stderr.write("note: " + $0) }
        for generator in catalog.generators {
            if let change = changes[generator.deck.id] {
                print("note: \(generator.deck.title) changed: \(change)")
            }
        }
        // Without a deck named, every deck but the templates (a template is studied by name).
        let decks = catalog.generators.filter { deck != nil || !$0.deck.isTemplate }.map(\.deck.id)
        var settings = context.settings
        if moreNew != nil || ahead {
            var asked = settings
            asked.studyMore = StudyMore.asking(
                settings.studyMore, day: context.calendar.day(of: try RecallClock.timestamp()), decks: decks,
                newCards: moreNew ?? 0, reviewAhead: ahead)
            settings = try SettingsFile.save(asked, madeOn: context.settings, folder: context.folder)
        }
        let library = Library(
            decks: catalog.generators, book: context.store.book,
            limits: StudyQueue.Limits(settings),
            scheduler: context.scheduler, calendar: context.calendar, exams: try context.examPlans(for: decks))
        var plain = PlainSession(
            StudySession(mode: .study(decks: decks)), context: context, library: library,
            random: SeededRandom(seed: seed ?? SeededRandom.freshSeed()))
        try plain.run()
        let now = try RecallClock.timestamp()
        try? context.store.saveSnapshotIfBehind(now: now)
        print("")
        print("done: \(plain.session.tally.done) answered")
        plain.library.book = context.store.book
        if let due = plain.library.nextDue(of: decks, after: now) {
            print("next card due: \(due.iso) (\(RelativeTime.phrase(due, from: now)))")
        } else {
            print("next card due: none scheduled")
        }
    }
}
