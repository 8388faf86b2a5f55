import DeckFormat
import DeckModel
import Testing

/// What a deck that loads turns into.
@Suite struct DeckValueTests {
    static let yaml = """
        recall: 1
        id: sample
        title: Sample
        description: Every kind once.
        author: A Teacher
        source: [https://example.org/a, https://example.org/b]
        updated: 2026-01
        pools:
          country: [China, Russia, Iran]
        aliases:
          Kyrgyzstan: [Kyrgyz Republic, Kirghizia]
          Russia: Russian Federation
        facts:
          - id: rats
            term: RATS
            means: Regional Anti-Terrorist Structure
            accept: Regional Anti-Terrorism Structure
            tags: [security]
            note: The official form says Anti-Terrorist.
          - id: charter
            date: The SCO Charter was signed
            when: 2002-06-07
            where: St Petersburg
            source: https://example.org/charter
          - id: five
            set: founding members of the Shanghai Five
            members: [China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan]
            pool: country
            as-of: 1996
          - id: growth
            sequence: SCO enlargements in order
            items: [India and Pakistan, Iran, Belarus]
          - id: area
            number: share of Eurasia's area covered by SCO states
            value: 65
            unit: "%"
            tolerance: 5
          - id: evils
            cloze: RATS fights {{terrorism}}, {{separatism|separation}} and {{extremism}}.
          - id: hsc
            question: What is the SCO's supreme decision-making body?
            answer: Council of Heads of State
            accept: [Heads of State Council]
            wrong: [Council of Foreign Ministers, Secretariat]
          - id: plain
            question: Is the text read as written?
            answer: No
            accept: [007, 1.0, 2001-06-15, ON]
        """

    static let json = """
        {
          "recall": 1, "id": "sample", "title": "Sample", "description": "Every kind once.",
          "author": "A Teacher", "source": ["https://example.org/a", "https://example.org/b"], "updated": "2026-01",
          "pools": {"country": ["China", "Russia", "Iran"]},
          "aliases": {"Kyrgyzstan": ["Kyrgyz Republic", "Kirghizia"], "Russia": "Russian Federation"},
          "facts": [
            {"id": "rats", "term": "RATS", "means": "Regional Anti-Terrorist Structure",
             "accept": "Regional Anti-Terrorism Structure", "tags": ["security"],
             "note": "The official form says Anti-Terrorist."},
            {"id": "charter", "date": "The SCO Charter was signed", "when": "2002-06-07", "where": "St Petersburg",
             "source": "https://example.org/charter"},
            {"id": "five", "set": "founding members of the Shanghai Five",
             "members": ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"], "pool": "country",
             "as-of": "1996"},
            {"id": "growth", "sequence": "SCO enlargements in order",
             "items": ["India and Pakistan", "Iran", "Belarus"]},
            {"id": "area", "number": "share of Eurasia's area covered by SCO states", "value": 65, "unit": "%",
             "tolerance": 5},
            {"id": "evils", "cloze": "RATS fights {{terrorism}}, {{separatism|separation}} and {{extremism}}."},
            {"id": "hsc", "question": "What is the SCO's supreme decision-making body?",
             "answer": "Council of Heads of State",
             "accept": ["Heads of State Council"], "wrong": ["Council of Foreign Ministers", "Secretariat"]},
            {"id": "plain", "question": "Is the text read as written?", "answer": "No",
             "accept": ["007", "1.0", "2001-06-15", "ON"]}
          ]
        }
        """

    @Test func yamlAndJSONSpellingsLoadToEqualDecks() throws {
        let fromYAML = load(Self.yaml)
        let fromJSON = load(Self.json, syntax: .json)
        #expect(fromYAML.diagnostics.isEmpty)
        #expect(fromJSON.diagnostics.isEmpty)
        let deck = try #require(fromYAML.deck)
        #expect(deck == fromJSON.deck)
        #expect(deck.facts.count == 8)
    }

    @Test func everyKeyLandsInTheDeck() throws {
        let deck = try #require(load(Self.yaml).deck)
        #expect(deck.id == "sample")
        #expect(deck.sources == ["https://example.org/a", "https://example.org/b"])
        #expect(deck.updated == "2026-01")
        #expect(deck.pools == [Pool(name: "country", members: ["China", "Russia", "Iran"])])
        #expect(deck.aliases.last == AliasGroup(canonical: "Russia", alternatives: ["Russian Federation"]))
        let rats = try #require(deck.fact(id: "rats"))
        #expect(
            rats.content
                == .term(
                    TermFact(
                        term: "RATS", means: "Regional Anti-Terrorist Structure",
                        accept: ["Regional Anti-Terrorism Structure"])))
        #expect(rats.tags == ["security"])
        #expect(rats.note == "The official form says Anti-Terrorist.")
        let charter = try #require(deck.fact(id: "charter"))
        #expect(
            charter.content
                == .date(
                    DateFact(
                        event: "The SCO Charter was signed", when: PartialDate(year: 2002, month: 6, day: 7)!,
                        place: "St Petersburg")))
        #expect(charter.sources == ["https://example.org/charter"])
        #expect(deck.fact(id: "five")?.pool == "country")
        #expect(deck.fact(id: "five")?.asOf == PartialDate(year: 1996))
        guard case .number(let area) = deck.fact(id: "area")?.content else {
            Issue.record("not a number fact")
            return
        }
        #expect(area.value.value == 65 && area.unit == "%" && area.tolerance.value == 5)
        guard case .cloze(let cloze) = deck.fact(id: "evils")?.content else {
            Issue.record("not a cloze fact")
            return
        }
        #expect(
            cloze.blanks == [
                ClozeBlank(answer: "terrorism"), ClozeBlank(answer: "separatism", accept: ["separation"]),
                ClozeBlank(answer: "extremism"),
            ])
        #expect(cloze.segments.first == .text("RATS fights "))
    }

    @Test func yamlScalarsStayTheTextTheTeacherTyped() throws {
        let deck = try #require(load(Self.yaml).deck)
        guard case .question(let plain) = deck.fact(id: "plain")?.content else {
            Issue.record("not a question")
            return
        }
        #expect(plain.answer == "No")
        #expect(plain.accept == ["007", "1.0", "2001-06-15", "ON"])
    }

    @Test func aDeckWithoutAnIdTakesItsFileName() throws {
        let text = "recall: 1\ntitle: T\nfacts:\n  - {id: a, term: A, means: B}\n"
        let result = DeckLoader.decode(bytes: Array(text.utf8), path: "decks/My Deck.yaml", syntax: .yaml)
        #expect(result.deck?.id == "my-deck")
        #expect(DeckLoader.defaultID(for: "Decks/sco.yaml") == "sco")
    }

    /// `template: true` marks a teacher's template; anything but true or false is refused.
    @Test func templateIsTrueOrFalse() {
        let facts = "  - id: a\n    term: A\n    means: B\n"
        #expect(load(deck(facts, header: "recall: 1\ntitle: T\ntemplate: true\n")).deck?.isTemplate == true)
        #expect(load(deck(facts)).deck?.isTemplate == false)
        #expect(
            lines(deck(facts, header: "recall: 1\ntitle: T\ntemplate: yes\n")) == [
                "3:11: error: the deck's 'template' is 'yes'; write it as `template: true` (a teacher's template, "
                    + "left out of \"study all\"), or `template: false`"
            ])
    }

    /// `review:` says why a drafted fact wants a person's eye: kept on the fact, written back.
    @Test func reviewIsKeptAndWrittenBack() throws {
        let text = deck(
            "  - id: rats\n    term: RATS\n    means: Regional Anti-Terrorist Structure\n    review: letters\n")
        let fact = try #require(load(text).deck?.facts.first)
        #expect(fact.review == "letters")
        #expect(DeckWriter.yaml(load(text).deck!).contains("review: \"letters\""))
        #expect(
            lines(deck("  - id: a\n    term: A\n    means: B\n    review: \"\"\n")).first?.contains("'review'") == true)
    }
}
