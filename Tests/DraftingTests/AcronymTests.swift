import Testing

@testable import Drafting

/// Acronyms as notes write them become terms; the letters are matched to the words.
@Suite struct AcronymTests {
    func term(_ line: String) -> (term: String?, means: String?, review: String?) {
        let fact = NotesDrafter.draft(line).facts.first { $0.value("term") != nil }
        return (fact?.value("term"), fact?.value("means"), fact?.review)
    }

    @Test(arguments: [
        ("Regional anti-terrorism structure (RATS).", "\"RATS\"", "\"Regional anti-terrorism structure\""),
        ("RATS (Regional Anti-Terrorist Structure)", "\"RATS\"", "\"Regional Anti-Terrorist Structure\""),
        ("ECO Trade and Development Bank (ETDB)", "\"ETDB\"", "\"ECO Trade and Development Bank\""),
        (
            "The Shanghai Cooperation Organization (SCO) is a regional body.", "\"SCO\"",
            "\"Shanghai Cooperation Organization\""
        ),
        ("Organisation of Islamic Cooperation (OIC)", "\"OIC\"", "\"Organisation of Islamic Cooperation\""),
    ])
    func bracketsBecomeTerms(line: String, term: String, means: String) {
        let found = self.term(line)
        #expect(found.term == term && found.means == means && found.review == nil, "\(found)")
    }

    @Test func anArrowSpellsItOutAndWhatFollowsIsAFactOfItsOwn() {
        let line = "UNESCO ==> United Nations Educational, Scientific and Cultural Organization, headquarters Paris"
        let facts = NotesDrafter.draft(line).facts
        let found = term(line)
        #expect(found.term == "\"UNESCO\"")
        #expect(found.means == "\"United Nations Educational, Scientific and Cultural Organization\"", "\(found)")
        #expect(
            facts.contains { $0.value("question") == "\"UNESCO: headquarters?\"" && $0.value("answer") == "\"Paris\"" },
            "\(facts)")
    }

    @Test func lettersThatDoNotMatchFallBackToTheTextAsWrittenForReview() {
        let found = term("UNICEF ==> United Nations Children's Fund")
        #expect(found.term == "\"UNICEF\"" && found.means == "\"United Nations Children's Fund\"")
        #expect(found.review?.contains("do not all match") == true)
    }

    @Test func aTitleThatDefinesAnAcronymIsAFact() {
        let facts = NotesDrafter.draft("Economic Cooperation Organization (ECO):\n\nIts members are ten.").facts
        #expect(
            facts.contains {
                $0.value("term") == "\"ECO\"" && $0.value("means") == "\"Economic Cooperation Organization\""
            })
    }

    @Test func spellingSkipsMinorWordsAndReadsHyphens() {
        #expect(Acronyms.spells("RATS", ["Regional", "Anti-Terrorist", "Structure"]))
        #expect(Acronyms.spells("OIC", ["Organisation", "of", "Islamic", "Cooperation"]))
        #expect(Acronyms.spells("ETDB", ["ECO", "Trade", "and", "Development", "Bank"]))
        #expect(!Acronyms.spells("UNICEF", ["United", "Nations", "Children's", "Fund"]))
    }
}
