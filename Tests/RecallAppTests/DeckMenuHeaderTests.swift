import TerminalUI
import Testing

@testable import RecallApp

/// The deck menu's header is the deck's line on Home, kept as fresh: after a session and
/// after an exam plan is saved it says what Home says.
@Suite struct DeckMenuHeaderTests {
    let planets = typing("Mercury, Venus, Earth, Mars")

    /// "12 cards  ·  0 due now  ·  10 new today  ·  last studied today".
    func header(_ text: String) -> Substring {
        text.split(separator: "\n")[1]
    }

    @Test func afterASessionTheHeaderSaysWhatHomeSays() throws {
        let keys: [Key] = [.enter, .enter] + planets + [.enter, .enter, .escape, .enter, .enter]
        let run = runApp(keys)
        let text = run.terminal.screen!.text
        #expect(text.contains("1. Study"), "\(text)")
        let solar = try #require(run.model.summaries.first { $0.id == "solar" })
        #expect(header(text).contains("\(solar.newAvailable) new today"), "\(text)")
        #expect(header(text).contains("last studied today") && solar.newAvailable == 19, "\(text)")
    }

    @Test func afterAnExamPlanIsSavedTheHeaderSaysWhatHomeSays() throws {
        let keys: [Key] =
            [.enter, .character("7")] + typing("2026-12-21")
            + [.enter, .backspace, .backspace, .backspace] + typing("5m") + [.enter, .enter, .enter, .escape]
        let run = runApp(keys)
        let text = run.terminal.screen!.text
        let solar = try #require(run.model.summaries.first { $0.id == "solar" })
        #expect(header(text).contains("\(solar.newAvailable) new today"), "\(text)")
        let home = runApp(keys + [.escape]).terminal.screen!.text
        let row = try #require(home.split(separator: "\n").first { $0.contains("The Solar System") })
        #expect(row.contains(" \(solar.newAvailable) "), "\(row)")
    }
}
