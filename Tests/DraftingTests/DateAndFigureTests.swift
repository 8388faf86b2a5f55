import Testing

@testable import Drafting

/// Dates in prose become date facts (the event without its date, the place it names);
/// figures become numbers with their unit; what cannot be one is a fill-in.
@Suite struct DateAndFigureTests {
    func facts(_ text: String) -> [DraftFact] { NotesDrafter.draft(text).facts }

    @Test func aDateInProseIsAnEventWithItsPlace() throws {
        let line = "On 15 June 2001, the leaders of the six states met in Shanghai to found a new organisation."
        let fact = try #require(facts(line).first { $0.value("date") != nil })
        #expect(fact.value("when") == "\"2001-06-15\"")
        #expect(fact.value("date") == "\"The leaders of the six states met in Shanghai to found a new organisation\"")
        #expect(fact.value("where") == "\"Shanghai\"")
    }

    @Test(arguments: [
        ("The club was set up in April 2007 by the members.", "\"2007-04\""),
        ("Bhutan joined in 1992 as a founder.", "\"1992\""),
        ("The charter was signed on 2002-06-07 by the six states.", "\"2002-06-07\""),
        ("The charter was signed on 07/06/2002 by the six states.", "\"2002-06-07\""),
        ("The charter was signed on 7.6.2002 by the six states.", "\"2002-06-07\""),
        ("The charter was signed on the 7th of June 2002 by the six states.", "\"2002-06-07\""),
        ("The club was set up in 04/2007 by the members.", "\"2007-04\""),
    ])
    func monthsAndYearsAreDatesToo(line: String, when: String) {
        #expect(facts(line).first { $0.value("date") != nil }?.value("when") == when, "\(facts(line))")
    }

    @Test func anOrdinalDateGoesWholeFromTheEvent() throws {
        let fact = try #require(facts("The charter was signed on the 7th of June 2002 by the six states.").first)
        #expect(fact.value("date") == "\"The charter was signed by the six states\"", "\(fact)")
    }

    @Test func twoDatesOrAYearInANameNeverYieldAWrongDate() {
        let two = facts("The Charter was signed on 7 June 2002 and entered into force on 19 September 2003.")
        #expect(two.allSatisfy { $0.value("date") == nil })
        #expect(
            two.contains {
                $0.value("cloze")?.contains("{{7 June 2002}}") == true
                    && $0.value("cloze")?.contains("{{19 September 2003}}") == true
            })
        let vision = facts("Vision 2025 was adopted by the council in 2017.")
        #expect(vision.allSatisfy { $0.value("when") != "\"2025\"" }, "\(vision)")
        #expect(vision.contains { $0.value("when") == "\"2017\"" })
    }

    @Test func aDayAndMonthWithoutAYearIsAFillIn() {
        let found = facts("The Charter Day is marked every year on 8 December by the members.")
        #expect(found.allSatisfy { $0.value("date") == nil })
        #expect(found.contains { $0.value("cloze")?.contains("{{8 December}}") == true }, "\(found)")
    }

    @Test func aFigureWithWhatItCountsIsANumber() throws {
        let members = try #require(facts("Present members = 193 states").first { $0.value("number") != nil })
        #expect(members.value("number") == "\"Present members\"" && members.value("value") == "\"193\"")
        #expect(members.value("unit") == "\"states\"")
        let judges = try #require(
            facts("The International Court of Justice has 15 judges.").first { $0.value("number") != nil })
        #expect(judges.value("value") == "\"15\"" && judges.value("unit") == "\"judges\"", "\(judges)")
    }

    @Test func anApproximateFigureHasATolerance() throws {
        let fact = try #require(
            facts("The bloc covers approximately 60% of the area of Eurasia.").first { $0.value("number") != nil })
        #expect(
            fact.value("value") == "\"60\"" && fact.value("unit") == "\"%\"" && fact.value("tolerance") == "\"6\"",
            "\(fact)")
        // Without a subject it can name, a figure is a fill-in.
        #expect(
            facts("Its combined GDP is around 20% of global GDP.").contains {
                $0.value("cloze")?.contains("{{20%}}") == true
            })
    }

    /// Four years or more among the dates make a year pool, and the dates given as a year
    /// alone draw their options from it.
    @Test func yearsOfTheNotesMakeAPool() throws {
        let notes = """
            The bank was founded in 1985 by three states.
            The charter was revised in 1992 at a summit.
            The five states met in Shanghai in 1996 for talks.
            On 15 June 2001, the leaders met in Shanghai to found it.
            """
        let deck = DraftDeck(facts: NotesDrafter.draft(notes).facts, id: "y", title: "Y", notes: "y.txt")
        #expect(deck.yaml.contains("  year: [\"1985\", \"1992\", \"1996\", \"2001\"]"), "\(deck.yaml)")
        let pooled = deck.facts.filter { $0.value("pool") == "\"year\"" }
        #expect(pooled.count == 3 && pooled.allSatisfy { $0.texts("when").first?.count == 4 }, "\(pooled)")
    }
}
