import ArgumentParser
import DeckModel
import Foundation
import Questions
import Review
import Storage
import Study

/// `recall exam DECK`: sets, shows or clears an exam date for a deck.
struct ExamCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Plan a deck's study towards an exam date: set it, see the forecast, or clear it.",
        discussion: """
            While an exam is set and its date is ahead, the deck's study queue follows the exam \
            planner: cards never studied first (no daily cap), then the reviews FSRS has due, \
            then the reviews that raise exam-day recall the most per second, for as long as the \
            day's budget lasts. On the exam day and after, plain FSRS resumes.

            With no options it shows the plan: days left, cards never studied, and the \
            projected exam-day recall (a simulation from the deck's cards as they are now). \
            When the budget cannot show every card once, it says so; --fewer-cards then puts \
            the due reviews before new cards, so that fewer cards are known well. \
            The exam is stored in settings.json, under "exams".

              recall exam sco --date 2027-03-15 --budget 20m
              recall exam sco --budget 40 --fewer-cards
              recall exam sco --json
            """)

    @Argument(help: "A deck file or deck id.")
    var deck: String

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @Option(help: "The exam date: 2027-03-15, 15 March 2027, 15/03/2027 (day first).")
    var date: String?

    @Option(help: "The daily budget: minutes (20m, 1h) or items (40).")
    var budget: String?

    @Flag(help: "When the budget cannot cover every card, know fewer cards well: due reviews before new cards.")
    var fewerCards = false

    @Flag(help: "Go back to showing every card as early as possible (the default).")
    var allCards = false

    @Flag(help: "Remove the deck's exam: plain FSRS again.")
    var clear = false

    func validate() throws {
        if clear && (date != nil || budget != nil || fewerCards || allCards) {
            throw ValidationError("--clear takes no other option")
        }
        if fewerCards && allCards { throw ValidationError("choose one of --fewer-cards and --all-cards") }
        if let date {
            guard DateReader.day(date) != nil else {
                throw ValidationError(
                    "--date must be a real day, such as 2027-03-15 or 15 March 2027, not '\(date)'")
            }
        }
        if let budget, ExamSetting.Budget(text: budget) == nil {
            throw ValidationError("--budget must be minutes a day (20m, 1h) or items a day (40), not '\(budget)'")
        }
    }

    func run() throws {
        let generator = try DeckLocator.loadForProgress(deck)
        let id = generator.deck.id
        let now = try RecallClock.timestamp()
        var context = try ProgressContext.open(now: now, access: .reading)
        var settings = context.settings
        if clear {
            guard settings.exams.removeValue(forKey: id) != nil else {
                print("\(generator.deck.title) has no exam set.")
                return
            }
            try save(settings, in: context)
            print("Cleared the exam of \(generator.deck.title); its cards follow plain FSRS again.")
            return
        }
        if date != nil || budget != nil || fewerCards || allCards {
            guard let exam = try updated(settings.exams[id], today: context.calendar.day(of: now)) else {
                throw UsageError("\(generator.deck.title) has no exam yet; give both --date and --budget")
            }
            settings.exams[id] = exam
            try save(settings, in: context)
            context = try ProgressContext.open(now: now, access: .reading)
        }
        guard let plan = try context.examPlans(for: [id])[id] else {
            print(
                "\(generator.deck.title) has no exam set. Set one with: recall exam \(deck) --date YYYY-MM-DD "
                    + "--budget 20m"
            )
            return
        }
        let today = context.calendar.day(of: now)
        if plan.setting.isTooFar(today: today), let problem = plan.setting.problem(today: today) {
            throw UsageError("\(problem) (it is set in settings.json): recall exam \(deck) --date YYYY-MM-DD")
        }
        let request = ExamReport.Request(
            deck: id, cards: generator.cardKeys, book: context.store.book, plan: plan,
            settings: context.scheduler.settings, calendar: context.calendar, now: now)
        // Without a way to stop it, the forecast always runs to its end.
        guard let report = ExamReport.make(request) else { return }
        print(json ? Self.json(report, deck: id) : Self.text(report, title: generator.deck.title, deck: deck))
    }

    /// The setting with the options given applied; nil when there is none yet and the
    /// options do not make one.
    private func updated(_ existing: ExamSetting?, today: Int) throws -> ExamSetting? {
        let newDate = date.flatMap(DateReader.day)
        guard let date = newDate ?? existing?.date,
            let budget = budget.flatMap(ExamSetting.Budget.init(text:)) ?? existing?.budget,
            var exam = ExamSetting(
                date: date, budget: budget, fewerCardsKnownWell: existing?.fewerCardsKnownWell ?? false)
        else { return nil }
        if fewerCards { exam.fewerCardsKnownWell = true }
        if allCards { exam.fewerCardsKnownWell = false }
        if newDate != nil, let problem = exam.problem(today: today) { throw UsageError(problem) }
        return exam
    }

    private func save(_ settings: RecallSettings, in context: ProgressContext) throws {
        do {
            try SettingsFile.save(
                settings, madeOn: context.settings, folder: context.folder, onLockWait: { Stderr.write("note: " + $0) })
        } catch {
            Stderr.write("error: could not save the exam: \(error)")
            throw ExitCode(1)
        }
    }

    static func text(_ report: ExamReport, title: String, deck: String) -> String {
        let exam = report.plan.setting
        var lines = [
            "Exam: \(title), on \(exam.date), \(exam.budget.spoken) a day"
                + (exam.fewerCardsKnownWell ? ", fewer cards known well" : "")
        ]
        if report.daysLeft == 0 {
            lines.append("  the exam day has come: plain FSRS schedules the cards again")
            return lines.joined(separator: "\n")
        }
        lines.append(
            "  \(report.daysLeft) day\(report.daysLeft == 1 ? "" : "s") left; \(report.cards) cards, "
                + "\(report.neverStudied) never studied"
        )
        lines.append(
            "  projected on the exam morning: \(percent(report.forecast.meanRecall)) recall on average, "
                + "\(percent(report.forecast.shareAbove90)) of cards at 90% or more")
        if let warning = report.warning {
            lines.append("warning: \(warning).")
            if !exam.fewerCardsKnownWell {
                lines.append("  To know fewer cards well instead, run: recall exam \(deck) --fewer-cards")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: ExamReport, deck: String) -> String {
        JSONOutput.text(of: ExamJSON(report: report, deck: deck))
    }

    private static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
