import Questions
import TerminalUI
import Testing

@testable import RecallApp

/// The study header shows what a learner can act on: cards answered and left, the time left
/// of an exam's budget, and a bar that never goes back.
@Suite struct StudyHeaderTests {
    /// The filled cells of the header's bar.
    func filled(_ screen: SessionScreen, _ model: AppModel) -> Int {
        var chrome = Chrome(size: model.size, theme: model.renderContext.theme)
        screen.render(into: &chrome, model.renderContext)
        let lines = chrome.buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines[2].filter { $0 == "█" }.count
    }

    @Test func theBarDoesNotGoBackWhenLearningCardsRejoin() throws {
        var model = runApp([]).model
        let generator = try #require(model.data.generator(for: "solar"))
        var random = SeededRandom(seed: 3)
        let question = try #require(generator.question(for: "solar/inner-planets/recall-all", random: &random))
        var screen = SessionScreen.study(["solar"], model.context())
        screen.ask(question, left: 1, model.context())
        guard case .stay(let effects) = screen.update(.key(.enter), model.context()), !effects.isEmpty else {
            Issue.record("no answer")
            return
        }
        screen.saved(model.context())
        screen.ask(question, left: 1, model.context())
        let before = filled(screen, model)
        #expect(before > 0)
        // Three cards come back from their learning steps: more is left, the bar holds.
        screen.ask(question, left: 4, model.context())
        #expect(filled(screen, model) == before)
        #expect(screen.run.tally.done == 1 && screen.left == 4)
    }

    @Test func anExamBudgetShowsTheTimeLeftOfIt() {
        let plan: [Key] =
            [.enter, .character("7")] + typing("2026-12-21") + [.enter, .backspace, .backspace, .backspace]
            + typing("5m") + [.enter, .enter, .enter, .escape]
        let text = runApp(plan + [.character("1")]).terminal.screen!.text
        #expect(text.contains("5 min of 5 left"), "\(text)")
        // An answer's time comes off it (the test clock gives each answer 3 s at least).
        let answered = runApp(plan + [.character("1"), .enter, .enter]).terminal.screen!.text
        #expect(answered.contains("min of 5 left") && answered.contains("answered 1"), "\(answered)")
    }
}
