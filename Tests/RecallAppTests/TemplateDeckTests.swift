import DeckModel
import Questions
import TerminalUI
import Testing

@testable import RecallApp

/// A teacher's template (`template: true`, as the shipped example deck) is there to copy:
/// Home lists it last and marks it, "study all" and the totals leave it out, and `s` on it
/// still studies it.
@Suite struct TemplateDeckTests {
    /// The Solar System as a template, listed first among the decks loaded.
    let decks: [QuestionGenerator] = {
        var solar = testDecks[0].deck
        solar.isTemplate = true
        return [QuestionGenerator(deck: solar), testDecks[1]]
    }()

    func lines(_ keys: [Key]) -> [Substring] {
        runApp(keys, decks: decks).terminal.screen!.text.split(separator: "\n")
    }

    @Test func homeListsATemplateLastAndMarkedAndLeavesItOutOfTheTotals() throws {
        let home = lines([])
        let rivers = try #require(home.firstIndex { $0.contains("Rivers of the world") })
        let solar = try #require(home.firstIndex { $0.contains("The Solar System") })
        #expect(rivers < solar)
        #expect(home[solar].hasSuffix("template") || home[solar].contains("template "), "\(home[solar])")
        #expect(!home[rivers].contains("template"))
        #expect(home.contains { $0.contains("new today across 1 deck") }, "\(home)")
    }

    @Test func studyAllLeavesATemplateOutButSStudiesIt() {
        let all = lines([.character("a")]).joined(separator: "\n")
        #expect(!all.contains("2 decks") && !all.contains("Solar System") && !all.contains("planet"), "\(all)")
        let chosen = lines([.end, .character("s")]).joined(separator: "\n")
        #expect(chosen.contains("The Solar System") || chosen.contains("planet"), "\(chosen)")
    }
}
