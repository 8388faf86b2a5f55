import DeckFormat
import Questions
import TerminalUI
import Testing

@testable import RecallApp

/// A drafted deck's Info screen lists the facts marked `review:`, with why.
@Suite struct InfoReviewTests {
    @Test func theInfoScreenListsTheFactsToReview() throws {
        let text = """
            recall: 1
            id: drafted
            title: Drafted notes
            facts:
              - id: etim
                term: ETIM
                means: East Turkmenistan Islamic border
                review: the letters of ETIM do not all match
              - id: rats
                term: RATS
                means: Regional Anti-Terrorist Structure
            """
        let deck = try #require(DeckLoader.decode(bytes: Array(text.utf8), path: "d.yaml", syntax: .yaml).deck)
        let screen = runApp([.enter, .character("6")], decks: [QuestionGenerator(deck: deck)]).terminal.screen!.text
        #expect(screen.contains("To review (1, marked by recall draft)"), "\(screen)")
        #expect(screen.contains("ETIM: the letters of ETIM do not all match") && !screen.contains("RATS:"), "\(screen)")
    }
}
