import DeckModel
import Testing

@testable import Questions

/// Worksheets: the same seed gives the same sheet, versions share the mix of kinds.
@Suite struct WorksheetTests {
    let generator = QuestionGenerator(deck: shippedDeck("sco.yaml"))

    func sheet(seed: UInt64, versions: [String]? = nil) -> Worksheet {
        let questions = QuestionSet.make(from: generator, count: 12, seed: seed)
        var sheet = Worksheet(deckID: "sco", title: "Test <1> & \"two\"", seed: seed, questions: questions)
        if let versions {
            sheet.versions = versions.enumerated().map { index, label in
                let versionSeed = QuestionSet.versionSeed(seed, index: index)
                return Worksheet.Version(
                    label: label, seed: versionSeed,
                    questions: index == 0
                        ? questions
                        : QuestionSet.make(from: generator, kinds: questions.map(\.kind), seed: versionSeed))
            }
        }
        return sheet
    }

    @Test func theSameSeedGivesTheSameSheet() {
        for format in Worksheet.Format.allCases {
            #expect(sheet(seed: 4).render(format) == sheet(seed: 4).render(format), "\(format)")
            #expect(sheet(seed: 4).render(format) != sheet(seed: 5).render(format), "\(format)")
        }
        #expect(
            sheet(seed: 4, versions: ["A", "B"]).render(.html) == sheet(seed: 4, versions: ["A", "B"]).render(.html))
    }

    @Test func versionsHaveTheSameMixOfKindsButOtherQuestions() {
        let versions = sheet(seed: 8, versions: ["A", "B", "C"]).versions
        #expect(versions.count == 3)
        for version in versions.dropFirst() {
            #expect(version.questions.map(\.kind) == versions[0].questions.map(\.kind))
            #expect(version.questions.map(\.card) != versions[0].questions.map(\.card))
        }
    }

    @Test func htmlIsSelfContainedWithTheKeyOnItsOwnPage() {
        let html = sheet(seed: 2, versions: ["A", "B"]).render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("page-break-before: always"))
        #expect(html.components(separatedBy: "<section class=\"key\">").count == 3)
        #expect(html.contains("Test &lt;1&gt; &amp; &quot;two&quot;: version B"))
    }

    @Test func markdownHasAKeyPerVersion() {
        let markdown = sheet(seed: 2, versions: ["A", "B"]).render(.markdown)
        #expect(markdown.contains("## Answer key (version A)") && markdown.contains("## Answer key (version B)"))
        #expect(markdown.hasPrefix("# Test \\<1\\> & \"two\": version A\n"))
    }
}
