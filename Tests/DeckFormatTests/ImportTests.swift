import DeckFormat
import DeckModel
import Foundation
import Testing

/// Importers on files shaped like real exports; every result must pass `recall check`.
@Suite struct ImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func importFixture(_ name: String, _ options: DeckImporter.Options = .init()) throws -> DeckImporter.Result {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        let result = try DeckImporter.importDeck(text, fileName: name, options: options)
        // Written out, the deck loads back, unchanged and without a single diagnostic.
        let yaml = DeckWriter.yaml(result.deck)
        let loaded = DeckLoader.decode(bytes: Array(yaml.utf8), path: "out.yaml", syntax: .yaml)
        #expect(loaded.diagnostics.map(\.formatted) == [])
        #expect(loaded.deck == result.deck)
        return result
    }

    @Test func quizletDefaultExport() throws {
        let result = try importFixture("quizlet-export.txt")
        #expect(result.format == .quizlet)
        #expect(result.deck.id == "quizlet-export")
        #expect(result.deck.facts.map(\.kind) == [.term, .question, .term, .term])
        #expect(
            result.deck.facts[1].content
                == .question(QuestionFact(prompt: "What is the capital of Kazakhstan?", answer: "Astana")))
        #expect(
            result.deck.facts[2].content
                == .term(TermFact(term: "CPEC", means: "China–Pakistan Economic Corridor (Kashgar → Gwadar)")))
        #expect(result.skipped == [DeckImporter.Skipped(line: 4, reason: "the back is empty")])
    }

    @Test func quizletCustomSeparators() throws {
        let result = try importFixture("quizlet-custom.txt", .init(separator: " - ", rowSeparator: ";;"))
        #expect(result.deck.facts.map(\.prompt) == ["RATS", "ETIM", "IMU"])
        #expect(result.skipped.map(\.line) == [1])
    }

    @Test func ankiNotesExportWithHeaders() throws {
        let result = try importFixture("anki-notes.txt")
        #expect(result.format == .anki)
        let facts = result.deck.facts
        #expect(facts.count == 4)
        #expect(
            facts[0].content
                == .question(
                    QuestionFact(
                        prompt: "What is the SCO's supreme body?",
                        answer: "Council of Heads of State\n(also \"Heads of State Council\")")))
        #expect(facts[0].tags == ["sco", "bodies"])
        #expect(
            facts[1].content
                == .term(TermFact(term: "RATS", means: "Regional Anti-Terrorist Structure\nbased in Tashkent")))
        guard case .cloze(let cloze) = facts[2].content else {
            Issue.record("not a cloze")
            return
        }
        #expect(cloze.text == "The SCO Charter was signed on {{7 June 2002}} in {{St Petersburg}}.")
        #expect(facts[2].note == "Not 7 July.")
        #expect(facts[3].prompt == "A front with \"quotes\" and a tab")
        #expect(result.skipped == [DeckImporter.Skipped(line: 11, reason: "the front is empty")])
    }

    @Test func csvWithQuotesEmbeddedNewlinesAndAHeader() throws {
        let result = try importFixture("cards.csv")
        #expect(result.format == .csv)
        let facts = result.deck.facts
        #expect(facts.map(\.prompt) == ["Shanghai \"Five\"", "CASA-1000", "Who is the SCO Secretary-General?"])
        #expect(
            facts[0].content
                == .term(
                    TermFact(
                        term: "Shanghai \"Five\"",
                        means:
                            "A grouping formed on 26 April 1996\nby China, Kazakhstan, Kyrgyzstan, Russia and "
                            + "Tajikistan"
                    )))
        #expect(facts[0].tags == ["history", "sco"])
        #expect(facts[2].kind == .question)
        #expect(
            result.skipped == [
                DeckImporter.Skipped(
                    line: 6, reason: "has 1 field; a card needs a front and a back (check the separator)"),
                DeckImporter.Skipped(line: 7, reason: "the front is empty"),
            ])
    }

    @Test func delimitedTextFollowsRFC4180() {
        let rows = DelimitedText.parse("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",x\n\n", fieldSeparator: ",")
        #expect(
            rows == [
                DelimitedText.Row(line: 1, fields: ["a", "b,c", "d\"e"]),
                DelimitedText.Row(line: 2, fields: ["multi\nline", "x"]),
            ])
    }

    @Test func htmlBecomesText() {
        #expect(HTMLText.plain("a<br>b<br/>c<div>d</div>&amp;&lt;&#65;&#x42;&nbsp;e") == "a\nb\nc\nd\n&<AB e")
        #expect(HTMLText.plain("line1<div>line2</div><div>line3</div>") == "line1\nline2\nline3")
        #expect(HTMLText.plain("<b>bold</b> and <i>it</i>") == "bold and it")
    }

    @Test func repeatedCardsAndIdsAreHandled() throws {
        let text = "Paris\tFrance\nParis\tFrance\nParis\tTexas\n"
        let result = try DeckImporter.importDeck(text, fileName: "p.txt")
        #expect(result.deck.facts.map(\.id) == ["paris", "paris-2"])
        #expect(result.skipped == [DeckImporter.Skipped(line: 2, reason: "repeats the card on line 1")])
    }

    @Test func semicolonSeparatedCSV() throws {
        let result = try DeckImporter.importDeck(
            "Front;Back\nRATS;Regional Anti-Terrorist Structure\n", fileName: "s.csv")
        #expect(result.deck.facts.map(\.prompt) == ["RATS"])
    }

    @Test func nothingToImportIsAnError() {
        #expect(throws: DeckImporter.Failure.self) { try DeckImporter.importDeck("\n\n", fileName: "empty.csv") }
    }

    /// The writer is exact: the whole SCO deck, written and read back, is the same deck.
    @Test func theWriterRoundTripsTheShippedDecks() throws {
        for name in ["sco.yaml", "example.yaml"] {
            let deck = try #require(
                DeckLoader.load(path: ShippedDeckTests.decks.appendingPathComponent(name).path).deck)
            let again = DeckLoader.decode(bytes: Array(DeckWriter.yaml(deck).utf8), path: name, syntax: .yaml)
            #expect(again.diagnostics.map(\.formatted) == [])
            #expect(again.deck == deck)
        }
        let hostile = Deck(
            id: "x", title: "tab\there \"q\" \\ \u{2028} #not a comment: yes",
            facts: [Fact(id: "a", content: .term(TermFact(term: "- [x] {y}", means: "@*&!%|>")))])
        #expect(
            DeckLoader.decode(bytes: Array(DeckWriter.yaml(hostile).utf8), path: "h.yaml", syntax: .yaml).deck
                == hostile)
    }
}
