import Testing

@testable import TerminalUI

/// Names too long for their column are shortened by a rule a reader can follow, so that two
/// decks stay told apart at any width.
@Suite struct ShortenedTests {
    @Test func aNameIsShortenedByItsOwnShortForm() {
        let sco = "Shanghai Cooperation Organisation (SCO)"
        let un = "The United Nations: the basics"
        #expect(TextLayout.shortened(sco, width: 40) == sco)
        #expect(TextLayout.shortened(sco, width: 32) == "SCO")
        #expect(TextLayout.shortened(un, width: 29) == "The United Nations")
        #expect(TextLayout.shortened(un, width: 12) == "The United…")
        #expect(TextLayout.shortened("Rivers of the world", width: 10) == "Rivers of…")
        // A bracket that is no short form ("(revised edition)") is no name for the deck.
        #expect(TextLayout.shortened("Geography (revised edition)", width: 12) == "Geography (…")
        #expect(TextLayout.shortened(sco, width: 2, ellipsis: "...") == "Sh")
    }
}
