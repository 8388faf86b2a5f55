import TerminalUI
import Testing

@testable import RecallApp

/// The exam plan as a learner types it: a date in the forms the answer checker reads, a
/// mistake shown as soon as the field is left, and each exam's countdown on Home.
@Suite struct ExamPlanTests {
    /// Home, the first deck's menu, its exam plan (`7`), and `date` typed in its field.
    func examPlan(date: String) -> [Key] {
        [.enter, .character("7")] + typing(date)
    }

    @Test func aDateInWordsIsReadAndShownAsItWasRead() {
        let text = runApp(examPlan(date: "31 Dec 2026") + [.down]).terminal.screen!.text
        #expect(text.contains("2026-12-31") && !text.contains("31 Dec 2026"), "\(text)")
        #expect(!text.contains("The exam date is"))
        let saved = runApp(examPlan(date: "21st of December 2026") + [.enter, .enter, .enter, .enter])
        #expect(saved.terminal.screen!.text.contains("Exam plan saved."), "\(saved.terminal.screen!.text)")
    }

    @Test func aDateThatIsNoDayShowsItsErrorOnLeavingTheField() {
        for date in ["31 Dec", "December 2026", "2026-02-30", "soon"] {
            let text = runApp(examPlan(date: date) + [.down]).terminal.screen!.text
            #expect(text.contains("The exam date is a real day"), "\(date): \(text)")
        }
        // Still typing: no error yet.
        #expect(!runApp(examPlan(date: "31 Dec")).terminal.screen!.text.contains("The exam date is"))
    }

    @Test func homeCountsDownToEachExam() {
        let keys = examPlan(date: "2026-12-21") + [.enter, .enter, .enter, .enter, .escape, .escape, .escape]
        let home = runApp(keys).terminal.screen!.text
        // The test clock reads 2026-11-29.
        #expect(home.contains("The Solar System exam in 22 days"), "\(home)")
    }
}
