import ArgumentParser
import Foundation
import Progress
import Questions
import Scheduler
import Study

/// `recall study [DECK] --plain`: spaced repetition in line mode.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study the cards that are due, with spaced repetition (FSRS-6).",
        discussion: """
            The queue holds, in order: learning cards that are due, reviews due today (the
            least well remembered first), then new cards up to the day's limit
            (settings.json: newPerDay, reviewsPerDay). At most one card per fact is shown a
            day unless nothing else is due. A deck with an exam ahead (`recall exam`) follows
            its exam plan instead, for as long as the day's budget lasts.

            --plain uses the protocol of `recall quiz --plain`: each answer is one line, and
            each verdict one line starting with "correct:", "partly correct:" or "wrong:".
            Every answer is saved (and fsynced) before its verdict is printed. After a verdict,
            a line "=1" to "=4" re-rates that answer (Again, Hard, Good, Easy) and "=undo"
            undoes it. The session ends when nothing is due, with "done: N answered" and when
            the next card is due.
            """
    )

    @Argument(help: "A deck file or deck id; all decks when omitted.")
    var deck: String?

    @Flag(help: "Line mode: plain text in and out, no terminal needed.")
    var plain = false

    @Option(help: "The random seed for the questions' options. Default: a fresh seed.")
    var seed: UInt64?

    func validate() throws {
        guard plain else {
            throw ValidationError("the full-screen study screen is not built yet; run `recall study\(deck.map { " " + $0 } ?? "") --plain`")
        }
    }

    func run() throws {
        let catalog = try DeckCatalog.load(deck)
        let now = try RecallClock.timestamp()
        let context = try ProgressContext.open(now: now)
        let updates = DeckUpdates.check(catalog.generators, remembered: SeenDecks.load(folder: context.folder))
        try? SeenDecks.save(updates.remember, folder: context.folder)
        for generator in catalog.generators {
            if let change = updates.changes[generator.deck.id] { print("note: \(generator.deck.title) changed: \(change)") }
        }
        var random = SeededRandom(seed: seed ?? SeededRandom.freshSeed())
        let cards = catalog.cardKeys
        let limits = StudyQueue.Limits(newPerDay: context.settings.newPerDay, reviewsPerDay: context.settings.reviewsPerDay)
        let exams = try context.examPlans(for: catalog.generators.map(\.deck.id))
        var io = PlainIO()
        var answered = 0
        var last: ReviewRecord?
        while true {
            let queue = StudyQueue.build(
                cards: cards, book: context.store.book, limits: limits, scheduler: context.scheduler,
                calendar: context.calendar, now: now, changed: ChangedCards.find(in: catalog.generators, book: context.store.book),
                exams: exams)
            guard let next = queue.first, let key = CardKey(next), let generator = catalog.generator(for: key),
                  let question = generator.question(for: key, random: &random)
            else { break }
            io.ask(question, number: answered + 1, total: answered + queue.count)
            guard let answer = readAnswer(&io, last: last, context: context, now: now) else { break }
            let verdict = AnswerChecker(vocabulary: generator.vocabulary).check(answer.text, for: question)
            let rating = Grading.rating(for: verdict.grade, kind: question.kind, milliseconds: answer.milliseconds)
            let record = ReviewRecord(card: next, time: now, rating: rating, answer: answer.text, verdict: verdict.grade.rawValue,
                                      milliseconds: answer.milliseconds, mode: "study", factHash: generator.factHashes[key.fact])
            try save(record, in: context, now: now)
            last = record
            answered += 1
            io.show(verdict, for: question, rating: rating)
        }
        try? context.store.saveSnapshot(now: now)
        print("")
        print("done: \(answered) answered")
        if let due = StudyQueue.nextDue(cards: cards, book: context.store.book, after: now) {
            print("next card due: \(due.iso) (\(Self.relative(due, from: now)))")
        } else {
            print("next card due: none scheduled")
        }
    }

    /// The next answer. A line `=1` to `=4` instead re-rates the previous answer (Again, Hard,
    /// Good, Easy) and `=undo` undoes it; both are journaled, and the question is asked again.
    private func readAnswer(_ io: inout PlainIO, last: ReviewRecord?, context: ProgressContext, now: Timestamp) -> PlainIO.Answer? {
        while let answer = io.readAnswer() {
            let command = answer.text.trimmingCharacters(in: .whitespaces)
            guard command.hasPrefix("="), let last else { return answer }
            do {
                if command == "=undo" {
                    try context.store.undo(card: last.card, at: now)
                    print("undone: \(last.card)")
                } else if let value = Int(command.dropFirst()), let rating = Rating(rawValue: value) {
                    try context.store.undo(card: last.card, at: now)
                    var rerated = last
                    rerated.rating = rating
                    try context.store.record(rerated, now: now)
                    print("rated \(rating.name): \(last.card)")
                } else {
                    return answer
                }
            } catch {
                Stderr.write("error: could not save the change: \(error)")
            }
        }
        return nil
    }

    /// Journals an answer; a failure stops the session before any verdict claims it was kept.
    private func save(_ review: ReviewRecord, in context: ProgressContext, now: Timestamp) throws {
        do {
            try context.store.record(review, now: now)
        } catch {
            Stderr.write("error: your answer could not be saved, so the session stops here: \(error)")
            throw ExitCode(1)
        }
    }

    static func relative(_ time: Timestamp, from now: Timestamp) -> String {
        let minutes = Int((time.microseconds - now.microseconds) / 60_000_000)
        if minutes < 60 { return "in \(max(1, minutes)) minute\(minutes == 1 ? "" : "s")" }
        if minutes < 48 * 60 { return "in \(minutes / 60) hours" }
        return "in \(minutes / 1440) days"
    }
}
