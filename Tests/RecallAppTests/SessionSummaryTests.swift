import Review
import Scheduler
import TerminalUI
import Testing

@testable import RecallApp

/// The end of a session: a summary of how it went, on Esc as at the end, and "study more"
/// (`n` ten more new cards today, `a` review ahead) when nothing more is due.
@Suite struct SessionSummaryTests {
    let startStudy: [Key] = [.enter, .enter]
    let planets = typing("Mercury, Venus, Earth, Mars")
    /// The one new card answered right twice: then nothing more is due today.
    var learnedOne: [Key] { startStudy + planets + [.enter, .enter] + planets + [.enter, .enter] }

    /// One new card a day, so that a session ends after a few answers.
    var oneNewCard: RecallSettings {
        var settings = testSettings
        settings.newPerDay = 1
        return settings
    }

    @Test func theEndSaysHowItWentAndListsTheCardsMissed() {
        let keys =
            startStudy + typing("Pluto") + [.enter, .enter] + planets + [.enter, .enter] + planets
            + [.enter, .enter]
        let text = runApp(keys, settings: oneNewCard).terminal.screen!.text
        #expect(text.contains("Nothing more is due. Well done."), "\(text)")
        #expect(text.contains("Answered 3 in ") && text.contains(": 2 right, 0 partly, 1 wrong."), "\(text)")
        #expect(text.contains("Next card due in "))
        #expect(text.contains("Missed (1):"), "\(text)")
        #expect(text.contains("Name all 4 inner planets. → Mercury, Venus"), "\(text)")
    }

    @Test func leavingMidSessionShowsTheSummaryThenGoesBack() {
        let answered = startStudy + typing("Pluto") + [.enter, .enter, .escape, .enter]
        let text = runApp(answered).terminal.screen!.text
        #expect(text.contains("Session ended.") && text.contains("Answered 1 in "), "\(text)")
        #expect(!text.contains("10 more new"), "no study more before the end")
        let back = runApp(answered + [.enter]).terminal.screen!.text
        #expect(back.contains("1. Study"), "\(back)")
    }

    @Test func nLearnsTenMoreNewCardsToday() {
        let services = TestServices()
        let run = runApp(learnedOne + [.character("n")], services: services, settings: oneNewCard)
        let text = run.terminal.screen!.text
        #expect(run.model.data.settings.studyMore?.newCards == ["solar": 10])
        #expect(run.model.data.settings.studyMore?.day == services.calendar.day(of: services.now))
        #expect(text.contains("answered 2  left ") && !text.contains("Nothing more is due"), "\(text)")
        #expect(!text.contains("Name all 4 inner planets."), "a new card: \(text)")
        #expect(text.contains("10 more new cards today."), "\(text)")
    }

    /// A card learned yesterday, due in a day or two; no new cards today.
    func learnedYesterday() -> (TestServices, RecallSettings) {
        let services = TestServices()
        for time in ["2026-11-28T09:00:00Z", "2026-11-28T09:10:00Z"] {
            let answer = ReviewRecord(
                card: "solar/inner-planets/recall-all", time: Timestamp(iso: time)!, rating: .good)
            // In the journal too: saving settings replays it.
            services.journal.append(.review(answer))
            services.book.apply(.review(answer), scheduler: services.scheduler, calendar: services.calendar)
        }
        var settings = testSettings
        settings.newPerDay = 0
        return (services, settings)
    }

    @Test func aReviewsAheadTheCardsDueThisWeekOnce() throws {
        let (services, settings) = learnedYesterday()
        let due = try #require(services.book.state(of: "solar/inner-planets/recall-all").due)
        #expect(due > Timestamp(iso: "2026-11-30T00:00:00Z")!, "due after today")
        let finished = runApp(startStudy, services: services, settings: settings).terminal.screen!.text
        #expect(finished.contains("Nothing more is due"), "\(finished)")
        let run = runApp(startStudy + [.character("a")], services: services, settings: settings)
        #expect(run.model.data.settings.studyMore?.reviewAhead == ["solar"])
        #expect(run.terminal.screen!.text.contains("Name all 4 inner planets."), "\(run.terminal.screen!.text)")
        // Reviewed ahead, it is not asked again however soon it is due.
        let again = runApp(
            startStudy + [.character("a")] + planets + [.enter, .enter], services: services, settings: settings)
        #expect(again.terminal.screen!.text.contains("Nothing more is due"), "\(again.terminal.screen!.text)")
        // With nothing due in the week, it says so.
        let none = runApp(startStudy + [.character("a")], settings: settings).terminal.screen!.text
        #expect(none.contains("No reviews are due in the coming week."), "\(none)")
    }

    @Test func todaysStudyMoreSurvivesARestartAndEndsWithTheDay() throws {
        let services = TestServices()
        let today = services.calendar.day(of: services.now)
        var settings = oneNewCard
        settings.studyMore = StudyMore(day: today, newCards: ["solar": 10])
        let solar = try #require(runApp([], settings: settings).model.summaries.first { $0.id == "solar" })
        #expect(solar.newAvailable == 11)
        settings.studyMore = StudyMore(day: today - 1, newCards: ["solar": 10])
        let yesterday = try #require(runApp([], settings: settings).model.summaries.first { $0.id == "solar" })
        #expect(yesterday.newAvailable == 1)
    }
}
