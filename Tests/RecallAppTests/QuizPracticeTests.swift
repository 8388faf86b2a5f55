import Review
import TerminalUI
import Testing

@testable import RecallApp

/// A quiz in the app is practice unless the setting `quizzesCount` makes it count.
@Suite struct QuizPracticeTests {
    let firstAnswer: [Key] = [.enter, .character("2"), .enter, .enter]

    func firstReview(_ settings: RecallSettings) -> ReviewRecord? {
        let services = TestServices()
        runApp(firstAnswer, services: services, settings: settings)
        guard case .review(let review) = services.journal.first else { return nil }
        return review
    }

    @Test func aQuizAnswerIsPracticeAndSaysSo() throws {
        let services = TestServices()
        let text = runApp(firstAnswer, services: services).terminal.screen!.text
        guard case .review(let review) = services.journal.first else {
            Issue.record("no review")
            return
        }
        #expect(review.practice && review.mode == .quiz)
        #expect(services.book.cards.isEmpty)
        #expect(text.contains("Practice: no card moved"), "\(text)")
    }

    @Test func withQuizzesCountAQuizAnswerCounts() throws {
        var settings = testSettings
        settings.quizzesCount = true
        let review = try #require(firstReview(settings))
        #expect(!review.practice)
    }
}
