import DeckModel
import Questions
import Review
import Scheduler
import TerminalUI
import TestSupport
import Testing

@testable import RecallApp

/// The rough edges a new user met, each kept fixed: keys while the window is too small,
/// "don't know", ASCII without Unicode, cut text, which deck a card is from, the study
/// header's counts, leaving Settings, and Browse's search.
@Suite struct RoughEdgeTests {
    let startStudy: [Key] = [.enter, .enter]
    let planets = typing("Mercury, Venus, Earth, Mars")

    /// Typing on while the window is too small quits nothing and types nothing: "Iraq"
    /// typed then leaves the answer as it was, the session open.
    @Test func keysWhileTooSmallAreDropped() {
        let small = Size(columns: 50, rows: 12), full = Size(columns: 80, rows: 24)
        let run = runApp(startStudy + typing("Mer") + [.resize(small)] + typing("Iraq") + [.resize(full)])
        #expect(run.exit != .quit)
        let text = run.terminal.screen!.text
        #expect(text.contains("Name all 4 inner planets"))
        #expect(text.contains("Mer") && !text.contains("Iraq") && !text.contains("MerIraq"))
    }

    /// Enter on an empty answer is "don't know": the answer shown, journaled as such.
    @Test func enterOnNothingIsDontKnow() {
        let services = TestServices()
        let run = runApp(startStudy + [.enter], services: services)
        guard case .review(let review) = services.journal.first else {
            Issue.record("no review")
            return
        }
        #expect(review.verdict == .dontKnow && review.rating == .again)
        let text = run.terminal.screen!.text
        #expect(text.contains("Not known") && !text.contains("you said"))
        #expect(text.contains("Answer: Mercury, Venus, Earth, Mars"))
    }

    /// Without Unicode the app draws in ASCII alone: bars, borders, markers, arrows and the
    /// ellipsis of a text cut to fit, on every screen a learner passes through.
    @Test func withoutUnicodeEveryFrameIsASCII() {
        let ascii = TerminalCapabilities(color: false, unicode: false)
        let paths: [[Key]] = [
            [.character("?")], [.enter], startStudy + planets + [.enter, .character("?")],
            [.enter, .character("4")], [.enter, .character("5")], [.character(",")],
        ]
        for size in [Size(columns: 60, rows: 16), Size(columns: 80, rows: 24), Size(columns: 50, rows: 12)] {
            for keys in paths {
                let run = runApp(keys, size: size, capabilities: ascii)
                for frame in run.terminal.frames {
                    let wide = frame.text.unicodeScalars.filter { $0.value > 0x7F }
                    #expect(wide.isEmpty, "\(size) \(keys): \(String(String.UnicodeScalarView(wide)))")
                }
            }
        }
    }

    /// A header cut to fit ends with an ellipsis, never in the middle of a word as if whole.
    @Test func aCutHeaderEndsWithAnEllipsis() {
        let run = runApp([.enter], size: Size(columns: 60, rows: 16))
        let header = run.terminal.screen!.text.split(separator: "\n", omittingEmptySubsequences: false)[2]
        #expect(header.hasSuffix("…"), "\(header)")
    }

    /// Studying every deck, each card says which deck it is from; one deck's study does not.
    @Test func aCardOfSeveralDecksSaysWhichDeck() {
        let all = runApp([.character("a")]).terminal.screen!.text
        #expect(all.contains("Study · 2 decks"))
        #expect(all.contains("from The Solar System") || all.contains("from Rivers of the world"), "\(all)")
        #expect(!runApp(startStudy).terminal.screen!.text.contains("from The Solar System"))
    }

    /// The header's counts: answered and left, with the verdicts as the summary counts
    /// them (partly apart from wrong) where they fit, and none for self-graded flashcards.
    @Test func theHeaderCountsWhatTheSummaryCounts() {
        let study = runApp(startStudy + typing("Mercury, Venus") + [.enter]).terminal.screen!.text
        #expect(study.contains("answered 1  left 11  right 0  partly 1  wrong 0"), "\(study)")
        let narrow = runApp(startStudy + planets + [.enter], size: Size(columns: 60, rows: 16)).terminal.screen!.text
        #expect(narrow.contains("answered 1  left 11\n") || narrow.contains("answered 1  left 11 "), "\(narrow)")
        #expect(!narrow.contains("partly 0  wro"))
        let cards = runApp([.enter, .character("3"), .character(" "), .enter]).terminal.screen!.text
        #expect(cards.contains("answered 1") && !cards.contains("right"), "\(cards)")
    }

    /// Esc with changes not saved asks first: Esc stays, Enter leaves without saving; with
    /// nothing changed it leaves at once.
    @Test func leavingSettingsWithChangesAsksFirst() {
        let changed: [Key] = [.character(","), .right, .escape]
        let asked = runApp(changed).terminal.screen!.text
        #expect(asked.contains("Leave without saving your changes?") && asked.contains("Settings"))
        let stayed = runApp(changed + [.escape]).terminal.screen!.text
        #expect(stayed.contains("Desired retention") && !stayed.contains("Leave without saving"))
        let services = TestServices()
        let left = runApp(changed + [.enter], services: services).terminal.screen!.text
        #expect(left.contains("Deck") && left.contains("due now"))
        #expect(runApp([.character(","), .escape]).terminal.screen!.text.contains("due now"))
    }

    /// Editing the learning steps shows only what is typed: no old value left beneath it.
    @Test func editingTheStepsLeavesNoLeftovers() {
        let keys: [Key] = [.character(","), .down, .down, .down, .enter] + Array(repeating: .backspace, count: 6)
        let text = runApp(keys + typing("2m")).terminal.screen!.text
        let line = text.split(separator: "\n").first { $0.contains("Learning steps") } ?? ""
        #expect(line.hasSuffix("2m") || line.contains("2m "), "\(line)")
        #expect(!line.contains("10m") && !line.contains("1m"), "\(line)")
    }

    /// After a step that is not a duration, the field is still being edited: the key bar
    /// offers what works there (not `s save`), and `s` types into the field.
    @Test func aBadStepKeepsTheFieldAndItsKeys() {
        let keys: [Key] =
            [.character(","), .down, .down, .down, .enter] + Array(repeating: .backspace, count: 6)
            + typing("5 minute") + [.enter]
        let text = runApp(keys).terminal.screen!.text
        #expect(text.contains("Steps are durations") && !text.contains("s save"), "\(text)")
        #expect(text.contains("Enter done") && text.contains("Esc cancel"), "\(text)")
        let typed = runApp(keys + [.character("s")]).terminal.screen!.text
        #expect(typed.contains("5 minutes"), "\(typed)")
    }

    /// `/` in Browse starts a new search; it does not add to the last one.
    @Test func slashStartsANewSearch() {
        let browse: [Key] = [.enter, .character("4")]
        let run = runApp(browse + [.character("/")] + typing("venus") + [.enter, .character("/")] + typing("moon"))
        let text = run.terminal.screen!.text
        #expect(text.contains("Search: moon"))
        #expect(!text.contains("venusmoon"))
    }

    /// When a timed quiz runs out, what was half typed is graded, not thrown away: the
    /// tick past the deadline journals it, and its saving ends the quiz on the score.
    @Test func aHalfTypedAnswerIsGradedWhenTimeRunsOut() throws {
        var run = runApp([.enter, .character("2"), .down, .right, .down, .enter])
        var screen = try #require(run.model.top as? SessionScreen)
        let deadline = try #require(screen.deadline)
        var context = run.model.context()
        var random = SeededRandom(seed: 1)
        let typed = try #require(
            context.data.generator(for: "solar")?.question(for: "solar/inner-planets/recall-all", random: &random))
        screen.ask(typed, left: 3, context)
        screen.input = TextField("Mercury, Ven")
        context.clock = AppClock(now: context.clock.now, uptimeMilliseconds: deadline + 1)
        guard case .stay(let effects) = screen.update(.tick, context), case .record(let review)? = effects.first else {
            Issue.record("the half-typed answer was not journaled")
            return
        }
        #expect(review.answer == "Mercury, Ven" && review.verdict == .partlyCorrect)
        guard case .replace(let next) = screen.update(.saved(CardBook()), context) else {
            Issue.record("the quiz did not end once the answer was saved")
            return
        }
        #expect(next is ScoreScreen)
    }

    /// A quiz left with questions not answered offers them, with their answers, after the
    /// mistakes; the key bar offers only the keys that do something.
    @Test func questionsNotAnsweredCanBeSeenAfterTheScore() {
        let quiz: [Key] = [.enter, .character("2"), .enter]
        let score = runApp(quiz + [.escape]).terminal.screen!.text
        #expect(score.contains("10 questions not answered to review: press Enter."), "\(score)")
        #expect(!score.contains("previous"))
        let first = runApp(quiz + [.escape, .enter]).terminal.screen!.text
        #expect(first.contains("Not answered 1 of 10") && first.contains("Answer: "), "\(first)")
        #expect(first.contains("previous"))
    }

    /// Stats at 80×24 lists the weakest facts, at least three, lowest recall first, and
    /// only those under 90 %.
    @Test func statsListsTheWeakestFactsUnderNinetyPercent() throws {
        let services = TestServices()
        let solar = try #require(testDecks.first { $0.deck.id == "solar" })
        var seen = Set<String>()
        let cards = solar.cardKeys.filter { seen.insert($0.fact).inserted }.prefix(6)
        let fsrs = FSRS(settings: SchedulerSettings(fuzz: false))
        for (index, card) in cards.enumerated() {
            // Answered from 90 to 40 days ago: the longer ago, the less recalled now.
            let when = Timestamp(iso: "2026-11-29T09:00:00Z")!.microseconds - Int64(90 - index * 10) * 86_400_000_000
            services.book.apply(
                .review(ReviewRecord(card: card, time: Timestamp(microseconds: when), rating: .good)),
                scheduler: fsrs, calendar: services.calendar)
        }
        let text = runApp([.enter, .character("5")], services: services).terminal.screen!.text
        let lines = text.split(separator: "\n").map(String.init)
        let title = try #require(lines.firstIndex { $0.contains("Weakest facts (under 90 % recall)") })
        let percents = lines[(title + 1)...].prefix { $0.contains("%  ") }.compactMap {
            Int($0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
        }
        #expect(percents.count >= 3, "\(text)")
        #expect(percents == percents.sorted() && percents.allSatisfy { $0 < 90 }, "\(percents)")
    }

    /// A long option and a long answer wrap over lines: every word of them can be read.
    @Test func longOptionsAndAnswersWrap() {
        let lines = SessionScreen.optionLines(
            ["Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", "RATS"], width: 30)
        #expect(
            lines.map(\.text) == [
                "1. Regional Anti-Terrorist", "   Structure of the Shanghai", "   Cooperation Organisation", "2. RATS",
            ])
        #expect(lines.map(\.option) == [0, 0, 0, 1] && lines.map(\.first) == [true, false, false, true])
        let long = "Mercury, Venus, Earth, Mars, and then the dwarf planet Ceres in the asteroid belt"
        let text = runApp(startStudy + typing(long) + [.enter], size: Size(columns: 60, rows: 16)).terminal.screen!.text
        #expect(text.contains("You said: Mercury, Venus, Earth, Mars, and then the\n"), "\(text)")
        #expect(text.contains("  dwarf planet Ceres in the asteroid belt\n"), "\(text)")
    }

    /// Esc once answers were given asks "Leave the session?": Esc stays, Enter leaves, q
    /// quits; with no answer given it leaves at once.
    @Test func escMidSessionAsksBeforeLeaving() {
        let answered = startStudy + planets + [.enter, .enter]
        let asked = runApp(answered + [.escape]).terminal.screen!.text
        #expect(asked.contains("Leave the session?") && asked.contains("Study ·"), "\(asked)")
        let stayed = runApp(answered + [.escape, .escape]).terminal.screen!.text
        #expect(stayed.contains("Study ·") && !stayed.contains("Leave the session?"))
        let left = runApp(answered + [.escape, .enter]).terminal.screen!.text
        #expect(left.contains("Session ended.") && !left.contains("Leave the session?"), "\(left)")
        #expect(runApp(answered + [.escape, .enter, .enter]).terminal.screen!.text.contains("1. Study"))
        #expect(runApp(answered + [.escape, .character("q")]).exit == .quit)
        #expect(runApp(startStudy + [.escape]).terminal.screen!.text.contains("1. Study"))
    }

    /// Saving an exam plan says so, not "Settings saved."
    @Test func savingAnExamPlanSaysSo() {
        let keys: [Key] =
            [.enter, .character("7")] + typing("2026-12-21")
            + [.enter, .backspace, .backspace, .backspace] + typing("5m") + [.enter, .enter, .enter]
        let text = runApp(keys).terminal.screen!.text
        #expect(text.contains("Exam plan saved.") && !text.contains("Settings saved."), "\(text)")
    }

    /// `r` after a verdict that was not right: "I was right", journaled as an override of
    /// that answer, the verdict and the header's counts changed on screen. Offered only
    /// where there is a verdict to override.
    @Test func iWasRightCountsTheAnswerAsRight() {
        let services = TestServices()
        let wrong = startStudy + typing("Pluto") + [.enter]
        let before = runApp(wrong).terminal.screen!.text
        #expect(before.contains("r I was right") && before.contains("Wrong"), "\(before)")
        let text = runApp(wrong + [.character("r")], services: services).terminal.screen!.text
        #expect(text.contains("Counted as right") && text.contains("you said: Pluto"), "\(text)")
        #expect(text.contains("right 1  partly 0  wrong 0") && text.contains("Rated Good"), "\(text)")
        guard case .override(_, _, let overrides, let rating) = services.journal.last else {
            Issue.record("no override: \(services.journal)")
            return
        }
        #expect(rating == .good && overrides == services.reviewIDs["solar/inner-planets/recall-all"])
        let right = runApp(startStudy + planets + [.enter]).terminal.screen!.text
        #expect(right.contains("Correct") && !right.contains("I was right"), "\(right)")
    }

    /// A typo forgiven and a known mistake are each marked on a line of their own, right
    /// under the verdict.
    @Test func typoAndMistakeMarksSitUnderTheVerdict() {
        let typo = runApp(startStudy + typing("Mercury, Venus, Earth, Marss") + [.enter]).terminal.screen!.text
        let lines = typo.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let verdict = lines.firstIndex { $0.hasPrefix("Correct") }
        #expect(verdict.map { lines[$0 + 1].hasPrefix("spelling: Mars") } == true, "\(typo)")
        let mistake = runApp(startStudy + typing("Mercury, Venus, Jupiter") + [.enter]).terminal.screen!.text
        let mistakeLines = mistake.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let wrong = mistakeLines.firstIndex { $0.hasPrefix("Wrong") }
        #expect(wrong.map { mistakeLines[$0 + 1].hasPrefix("not Jupiter: ") } == true, "\(mistake)")
    }
}
