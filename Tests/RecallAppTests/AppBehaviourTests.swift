import DeckModel
import Questions
import Review
@testable import RecallApp
import Scheduler
import Study
import TerminalUI
import TestSupport
import Testing

/// The app's behaviour through the real run loop with scripted keys.
@Suite struct AppBehaviourTests {
    let startStudy: [Key] = [.character("j"), .enter, .enter]

    @Test func anAnswerIsSavedBeforeItsVerdictShows() {
        let services = TestServices()
        let run = runApp(startStudy + typing("Eurasia") + [.enter], services: services)
        #expect(services.journal.count == 1)
        guard case .review(let review) = services.journal.first else { Issue.record("no review"); return }
        #expect(review.card == "sco/what-the-sco-is/fill/1" && review.verdict == .correct && review.mode == .study)
        #expect(review.milliseconds == 3000 * 8, "typing took eight clock reads of 3 s")
        #expect(run.terminal.screen!.text.contains("Correct"))
        // The frame drawn while saving has no verdict yet: the verdict comes after `.saved`.
        #expect(run.terminal.frames.contains { $0.text.contains("Answer: Eurasia") && !$0.text.contains("Correct") })
    }

    @Test func aFailedSaveShowsWhyAndKeepsTheQuestion() {
        let services = TestServices()
        services.failNextSave = true
        let run = runApp(startStudy + typing("Eurasian") + [.enter], services: services)
        #expect(services.journal.isEmpty)
        let text = run.terminal.screen!.text
        #expect(text.contains("Not saved: disk full"))
        #expect(!text.contains("Correct"))
        #expect(text.contains("Answer: Eurasian"))
    }

    @Test func ratingsCanBeChangedAndAnswersUndone() {
        let services = TestServices()
        runApp(startStudy + typing("Eurasian") + [.enter, .character("4"), .character("u")], services: services)
        let kinds = services.journal.map { entry -> String in
            switch entry {
            case .review(let review): "review \(review.rating.rawValue)"
            case .undo: "undo"
            }
        }
        #expect(kinds == ["review 3", "undo", "review 4", "undo"])
        #expect(services.book.state(of: "sco/what-the-sco-is/fill/1").isNew)
    }

    @Test func multipleChoiceByArrowsOrByNumber() throws {
        let services = TestServices()
        var model = runApp([], services: services).model
        let generator = try #require(model.data.generator(for: "sco"))
        var random = SeededRandom(seed: 3)
        let question = try #require(generator.question(for: CardKey("sco/founding-members/which-member"), random: &random))
        var session = SessionState(run: StudySession(mode: .study(decks: ["sco"])))
        session.question = question
        model.screen = .session(session)
        _ = App.update(&model, .key(.down), clock: services.clock())
        let effects = App.update(&model, .key(.enter), clock: services.clock())
        guard case .record(let review)? = effects.first else { Issue.record("no record effect"); return }
        #expect(review.answer == "2")
        model.screen = .session(session)
        let byNumber = App.update(&model, .key(.character("3")), clock: services.clock())
        guard case .record(let third)? = byNumber.first else { Issue.record("no record effect"); return }
        #expect(third.answer == "3")
        guard case .choice(let right) = question.expected else { Issue.record("not a choice"); return }
        #expect(third.verdict == (right == 2 ? .correct : .wrong))
    }

    @Test func aTimedQuizEndsOnItsScore() {
        let services = TestServices()
        services.step = 30_000
        // Two minutes, then ticks of 30 s: the quiz ends by itself.
        let keys: [Key] = [.character("j"), .enter, .character("2"), .right, .down, .right, .enter]
        let run = runApp(keys, services: services)
        #expect(run.terminal.frames.contains { $0.text.contains("left") && $0.lines[0].contains(":") })
        var model = run.model
        for _ in 0..<10 { _ = App.update(&model, .tick, clock: services.clock()) }
        guard case .score(let score) = model.screen else { Issue.record("no score screen"); return }
        #expect(score.timedOut)
    }

    @Test func resizingBelowTheMinimumAndBackRecovers() {
        let run = runApp([.resize(Size(columns: 40, rows: 10)), .resize(Size(columns: 90, rows: 28))])
        #expect(run.terminal.frames.contains { $0.text.contains("Terminal too small") })
        #expect(run.terminal.screen!.size == Size(columns: 90, rows: 28))
        #expect(run.terminal.screen!.text.contains("Shanghai Cooperation Organisation"))
    }

    @Test func manyResizesNeverBreakTheFrame() {
        var keys: [Key] = startStudy
        for index in 0..<50 { keys.append(.resize(Size(columns: 30 + index * 3 % 120, rows: 8 + index % 40))) }
        let run = runApp(keys)
        #expect(run.terminal.frames.count > 50)
        for frame in run.terminal.frames { #expect(frame.cells.count == frame.size.columns * frame.size.rows) }
    }

    @Test func withoutColourOrUnicodeTheChromeStaysReadable() {
        let plain = TerminalCapabilities(color: false, unicode: false)
        let run = runApp([], capabilities: plain)
        let screen = run.terminal.screen!
        #expect(screen.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(screen.text.contains("> The United Nations"))
        #expect(screen.text.contains("----------"))
        #expect(screen.lines.last!.contains("up/down select"))
    }

    @Test func quittingFromHome() {
        let run = runApp([.character("q")])
        #expect(run.exit == .quit)
    }

    @Test func browseSearchAndFactHistory() {
        let services = TestServices()
        runApp(startStudy + typing("Eurasian") + [.enter], services: services)
        let run = runApp([.character("j"), .enter, .character("4"), .enter], services: services)
        let text = run.terminal.screen!.text
        #expect(text.contains("History"))
        #expect(text.contains("fill 1") && text.contains("correct: Eurasian"))
    }

    @Test func settingsAreSavedThroughAnEffect() {
        let services = TestServices()
        let run = runApp([.character(","), .down, .right, .right, .character("s")], services: services)
        #expect(run.model.data.settings.newPerDay == 30)
        #expect(run.terminal.screen!.text.contains("Settings saved."))
    }

    /// An exam set on the exam plan screen is saved, and the deck then follows the plan: its
    /// new cards are as many as the budget reaches (5 min at 31 s a card: 10), not 20 a day.
    @Test func anExamSetInTheAppDrivesTheQueue() {
        let keys: [Key] = [.character("j"), .enter, .character("7")] + typing("2026-12-21")
            + [.enter, .backspace, .backspace, .backspace] + typing("5m") + [.enter, .enter, .enter, .escape, .escape]
        let run = runApp(keys)
        #expect(run.model.data.settings.exams["sco"]?.day == 20_808)
        #expect(run.model.summaries.first { $0.id == "sco" }?.newAvailable == 10)
        #expect(run.model.summaries.first { $0.id == "united-nations" }?.newAvailable == 20)
        // A bad date is refused on the screen, with nothing saved.
        let bad = runApp([.character("j"), .enter, .character("7")] + typing("2026-02-30") + [.enter, .enter, .enter, .enter])
        #expect(bad.model.data.settings.exams.isEmpty)
        #expect(bad.terminal.screen!.text.contains("The exam date is a real date"))
    }
}
