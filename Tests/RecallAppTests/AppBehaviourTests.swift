import DeckModel
import Questions
import Review
import Scheduler
import Study
import TerminalUI
import TestSupport
import Testing

@testable import RecallApp

/// The app's behaviour through the real run loop with scripted keys.
@Suite struct AppBehaviourTests {
    let startStudy: [Key] = [.enter, .enter]
    let planets = typing("Mercury, Venus, Earth, Mars")

    @Test func anAnswerIsSavedBeforeItsVerdictShows() {
        let services = TestServices()
        let run = runApp(startStudy + planets + [.enter], services: services)
        #expect(services.journal.count == 1)
        guard case .review(let review) = services.journal.first else {
            Issue.record("no review")
            return
        }
        #expect(review.card == "solar/inner-planets/recall-all" && review.verdict == .correct && review.mode == .study)
        // The question was asked at the clock's read for the second Enter; each of the 27
        // keys typed and the Enter that answered read it once more, 3 s apart.
        #expect(review.milliseconds == 3000 * 28)
        #expect(run.terminal.screen!.text.contains("Correct"))
        // The frame drawn while saving has no verdict yet: the verdict comes after `.saved`.
        #expect(run.terminal.frames.contains { $0.text.contains("Saving…") && !$0.text.contains("Correct") })
    }

    @Test func aFailedSaveSaysWhatFailedAndKeepsTheAnswer() {
        let services = TestServices()
        services.failNext = ("record", "disk full")
        let run = runApp(startStudy + planets + [.enter], services: services)
        #expect(services.journal.isEmpty)
        let text = run.terminal.screen!.text
        #expect(text.contains("Not saved: disk full"))
        #expect(!text.contains("Correct"))
        #expect(text.contains("Items: Mercury, Venus, Earth, Mars"))
    }

    @Test func aFailedReadSaysWhatItCouldNotRead() {
        let services = TestServices()
        services.failNext = ("loadHistory", "permission denied")
        let run = runApp([.enter, .character("4"), .enter], services: services)
        let text = run.terminal.screen!.text
        #expect(text.contains("Could not read the answer history: permission denied"))
        #expect(!text.contains("Not saved"))
        #expect(!text.contains("reading the journal…"), "the screen stops waiting")
    }

    @Test func ratingsCanBeChangedAndAnswersUndone() {
        let services = TestServices()
        let run = runApp(startStudy + planets + [.enter, .character("4"), .character("u")], services: services)
        let kinds = services.journal.map { entry -> String in
            switch entry {
            case .review(let review): "review \(review.rating.rawValue)"
            case .undo: "undo"
            case .override: "override"
            }
        }
        #expect(kinds == ["review 3", "undo", "review 4", "undo"])
        #expect(services.book.state(of: "solar/inner-planets/recall-all").isNew)
        // The undone card is asked again, with an empty answer.
        #expect(run.terminal.screen!.text.contains("Name all 4 inner planets."))
        #expect(run.terminal.screen!.text.contains("answered 0  left 12"), "the undone card is one of the 12 again")
    }

    @Test func multipleChoiceByArrowsOrByNumber() throws {
        var model = runApp([]).model
        let generator = try #require(model.data.generator(for: "solar"))
        var random = SeededRandom(seed: 3)
        let question = try #require(generator.question(for: "solar/inner-planets/which-member", random: &random))
        var screen = SessionScreen.study(["solar"], model.context())
        screen.ask(question, left: 0, model.context())
        var byArrows = screen
        _ = byArrows.update(.key(.down), model.context())
        guard case .stay(let effects) = byArrows.update(.key(.enter), model.context()),
            case .record(let review)? = effects.first
        else {
            Issue.record("no record effect")
            return
        }
        // The option is journaled as its text, with its number beside it.
        #expect(review.answer == question.options?[1] && review.choice == 2)
        guard case .stay(let byNumber) = screen.update(.key(.character("3")), model.context()),
            case .record(let third)? = byNumber.first
        else {
            Issue.record("no record effect")
            return
        }
        #expect(third.answer == question.options?[2] && third.choice == 3)
        guard case .choice(let right) = question.expected else {
            Issue.record("not a choice")
            return
        }
        #expect(third.verdict == (right == 2 ? .correct : .wrong))
        #expect(screen.phase != .asking, "the answer is being saved")
    }

    @Test func aTimedQuizEndsOnItsScore() {
        let services = TestServices()
        services.step = 30_000
        // Two minutes, then ticks of 30 s: the quiz ends by itself.
        let keys: [Key] = [.enter, .character("2"), .right, .down, .right, .enter]
        let run = runApp(keys, services: services)
        #expect(run.terminal.frames.contains { $0.lines[0].contains(":") && $0.lines[0].contains("left") })
        var model = run.model
        #expect(App.wantsTicks(model))
        for _ in 0..<10 { _ = App.update(&model, .tick, clock: services.clock()) }
        let score = try? #require(model.top as? ScoreScreen)
        #expect(score?.timedOut == true)
        #expect(!App.wantsTicks(model))
    }

    @Test func resizingBelowTheMinimumAndBackRecovers() {
        let run = runApp([.resize(Size(columns: 40, rows: 10)), .resize(Size(columns: 90, rows: 28))])
        #expect(run.terminal.frames.contains { $0.text.contains("Terminal too small") })
        #expect(run.terminal.screen!.size == Size(columns: 90, rows: 28))
        #expect(run.terminal.screen!.text.contains("The Solar System"))
    }

    /// Fifty resizes in the middle of a question: each frame takes the new size, shows the
    /// "too small" notice below the minimum and the question above it, and the answer being
    /// typed survives them all.
    @Test func manyResizesNeverBreakTheFrame() {
        var keys: [Key] = startStudy + typing("Mercury")
        var sizes: [Size] = []
        for index in 0..<50 {
            let size = Size(columns: 30 + index * 3 % 120, rows: 8 + index % 40)
            sizes.append(size)
            keys.append(.resize(size))
        }
        let run = runApp(keys + [.resize(Size(columns: 80, rows: 24))])
        let frames = run.terminal.frames.suffix(51)
        #expect(frames.map(\.size) == sizes + [Size(columns: 80, rows: 24)])
        for frame in frames {
            #expect(frame.cells.count == frame.size.columns * frame.size.rows)
            let small = frame.size.columns < 60 || frame.size.rows < 16
            #expect(frame.text.contains("Terminal too small") == small, "\(frame.size)")
            if !small {
                #expect(frame.lines[0].hasPrefix(" Study · The Solar System"), "\(frame.size)")
                #expect(frame.text.contains("Name all 4 inner planets.") && frame.text.contains("Items: Mercury"))
            }
        }
    }

    @Test func withoutColourOrUnicodeTheChromeStaysReadable() {
        let plain = TerminalCapabilities(color: false, unicode: false)
        let run = runApp([], capabilities: plain)
        let screen = run.terminal.screen!
        #expect(screen.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(screen.text.contains("> The Solar System"))
        #expect(screen.text.contains("----------"))
        #expect(screen.lines.last!.contains("up/down select"))
        let ascii = screen.text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii)
    }

    @Test func quittingFromHome() {
        let run = runApp([.character("q")])
        #expect(run.exit == .quit)
    }

    /// `/` filters the facts as they are typed; Enter keeps the filter and opens the fact
    /// selected, with its history.
    @Test func browseSearchesAndOpensAFactWithItsHistory() {
        let services = TestServices()
        runApp(startStudy + planets + [.enter], services: services)
        let browse: [Key] = [.enter, .character("4"), .character("/")]
        let search = runApp(browse + typing("launch"), services: services).terminal.screen!.text
        #expect(search.contains("Sputnik 1 was launched") && search.contains("Voyager 1 was launched"))
        #expect(!search.contains("the inner planets") && !search.contains("Moon landing"))
        let none = runApp(browse + typing("comet"), services: services).terminal.screen!.text
        #expect(none.contains("No fact matches.") && !none.contains("Sputnik"))
        let byTag = runApp(browse + typing("planets"), services: services).terminal.screen!.text
        #expect(byTag.contains("the inner planets") && !byTag.contains("Sputnik"))
        let fact = runApp(browse + typing("inner") + [.enter, .enter], services: services).terminal.screen!.text
        #expect(fact.contains("Fact · inner-planets") && fact.contains("History"))
        #expect(fact.contains("recall-all") && fact.contains("correct: Mercury, Venus, Earth, Mars"))
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
        let keys: [Key] =
            [.enter, .character("7")] + typing("2026-12-21")
            + [.enter, .backspace, .backspace, .backspace] + typing("5m") + [.enter, .enter, .enter, .escape, .escape]
        let run = runApp(keys)
        #expect(run.model.data.settings.exams["solar"]?.day == 20_808)
        #expect(run.model.summaries.first { $0.id == "solar" }?.newAvailable == 10)
        #expect(run.model.summaries.first { $0.id == "rivers" }?.newAvailable == 8)
        // A bad date is refused on the screen, with nothing saved.
        let bad = runApp([.enter, .character("7")] + typing("2026-02-30") + [.enter, .enter, .enter, .enter])
        #expect(bad.model.data.settings.exams.isEmpty)
        #expect(bad.terminal.screen!.text.contains("The exam date is a real day"))
    }
}
