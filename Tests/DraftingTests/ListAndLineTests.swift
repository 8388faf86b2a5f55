import Testing

@testable import Drafting

/// Lists under a heading, definitions, places, fill-ins, and the lines left out with why.
@Suite struct ListAndLineTests {
    @Test func itemsUnderAHeadingAreASetWithTheCountChecked() throws {
        let notes = "Founding members (5) :\n  1. China.\n  2. Kazakhstan.\n  3. Kyrgyzstan\n  • Russia\n"
        let set = try #require(NotesDrafter.draft(notes).facts.first { $0.value("set") != nil })
        #expect(set.value("set") == "\"Founding members (5)\"")
        #expect(set.value("members") == "[\"China\", \"Kazakhstan\", \"Kyrgyzstan\", \"Russia\"]")
        #expect(set.review == "the heading says 5, but 4 items follow")
    }

    @Test func aSentenceBeforeItemsNamesThemAndAnOrderMakesASequence() throws {
        let evils = try #require(
            NotesDrafter.draft(
                "To fight against three evils. (3-exits).\n a) Terrorism\n b) Separatism\n c) Extremism\n"
            ).facts
                .first)
        #expect(evils.value("set") == "\"To fight against three evils\"" && evils.review == nil, "\(evils)")
        let steps = try #require(
            NotesDrafter.draft("Stages of accession:\n- Observer\n- Dialogue partner\n- Member\n").facts.first)
        #expect(steps.value("sequence") == "\"Stages of accession\"" && steps.value("items") != nil, "\(steps)")
    }

    @Test func definitionsPlacesAndFillIns() {
        let facts = NotesDrafter.draft(
            "Secretariat: the permanent executive body.\nThe secretariat is based in Beijing, China.\n"
                + "Iran joined the bloc after Pakistan and India.\n"
        ).facts
        #expect(
            facts.contains {
                $0.value("term") == "\"Secretariat\"" && $0.value("means") == "\"the permanent executive body\""
            })
        #expect(
            facts.contains {
                $0.value("question") == "\"Where is the secretariat based?\"" && $0.value("answer") == "\"Beijing\""
                    && $0.value("accept") == "[\"Beijing, China\"]"
            }, "\(facts)")
        #expect(facts.contains { $0.value("cloze")?.contains("{{Iran}}") == true }, "\(facts)")
        let the = NotesDrafter.draft("The HSC is the supreme body of the SCO.").facts
        #expect(
            the.contains {
                $0.value("term") == "\"The HSC\"" && $0.value("means") == "\"the supreme body of the SCO\""
            }, "\(the)")
    }

    @Test func linesWithNothingToAskAreListedWithWhy() {
        let (facts, unused) = NotesDrafter.draft(
            "Sensitivity with west.\n\nThe email will not be published.\nGeneral notes:\n")
        #expect(facts.isEmpty)
        #expect(unused.map(\.line) == [1, 3, 4])
        #expect(
            unused.map(\.reason) == [
                "nothing to ask (no name, number or date)", "site text, not study notes",
                "a heading (its name tags the facts under it)",
            ])
    }

    @Test func aDeckDraftedTwiceIsTheSameBytesAndLoads() {
        let notes =
            "Members of ECO (10) :\n1. Iran\n2. Pakistan\n3. Turkey\n\n"
            + "The ECO was founded in 1985 by Iran, Pakistan and Turkey.\n"
        let first = DraftDeck(facts: NotesDrafter.draft(notes).facts, id: "eco", title: "ECO", notes: "eco.txt")
        let second = DraftDeck(facts: NotesDrafter.draft(notes).facts, id: "eco", title: "ECO", notes: "eco.txt")
        #expect(first.yaml == second.yaml && first.refused.isEmpty)
        #expect(first.yaml.contains("review: \"the heading says 10, but 3 items follow\""))
        #expect(first.yaml.contains("  # check: the heading says 10, but 3 items follow\n  - id: members-of-eco-10\n"))
        #expect(first.yaml.contains("# :6: The ECO was founded in 1985 by Iran, Pakistan and Turkey."), "\(first.yaml)")
    }

    /// A line after a list is under no heading of its own: it is not the heading's meaning.
    @Test func aLineAfterAListIsNotTheHeadingsDefinition() {
        let (facts, unused) = NotesDrafter.draft(
            "Members (3) :\n1. Iran\n2. Pakistan\n3. Turkey\nSensitivity with west.\n")
        #expect(facts.count == 1 && facts[0].value("set") != nil, "\(facts)")
        #expect(unused.map(\.line) == [5])
    }

    /// Names in prose before what they are make a set, and people recurring make a pool.
    @Test func aListOfLeadersInProseIsASetOfPeopleWithItsPool() throws {
        let line =
            "Russian President Vladimir Putin, Kazakh President Nursultan Nazarbayev, Chinese President Jiang Zemin, "
            + "Kyrgyz President Askar Akayev, and Tajik President Emomali Rahman, at one time the leaders of the five."
        let deck = DraftDeck(facts: NotesDrafter.draft(line).facts, id: "five", title: "Five", notes: "five.txt")
        let set = try #require(deck.facts.first { $0.value("set") != nil })
        #expect(set.value("set") == "\"At one time the leaders of the five\"", "\(set)")
        #expect(set.texts("members").count == 5 && set.value("pool") == "\"person\"")
        #expect(deck.yaml.contains("pools:\n  person: [\"Russian President Vladimir Putin\""))
    }

    /// A list in prose is a set beside the sentence's date.
    @Test func aListInProseIsASetBesideTheDate() throws {
        let facts = NotesDrafter.draft("The ECO was founded in 1985 by Iran, Pakistan and Turkey.").facts
        #expect(facts.contains { $0.value("when") == "\"1985\"" }, "\(facts)")
        let set = try #require(facts.first { $0.value("set") != nil })
        #expect(set.texts("members") == ["Iran", "Pakistan", "Turkey"], "\(set)")
    }
}
