import DeckModel
import Testing

@Suite struct DeckDiffTests {
    let old = Deck(
        id: "d", title: "D",
        facts: [
            Fact(id: "a", content: .question(QuestionFact(prompt: "Capital of France?", answer: "Paris"))),
            Fact(id: "b", content: .question(QuestionFact(prompt: "Capital of Italy?", answer: "Rome"))),
            Fact(id: "gone", content: .term(TermFact(term: "X", means: "Y"))),
        ])
    var new: Deck {
        var deck = old
        deck.facts[1].content = .question(QuestionFact(prompt: "Capital of Italy?", answer: "Roma", accept: ["Rome"]))
        deck.facts[0].note = "A note changes no answer."
        deck.facts[0].tags = ["europe"]
        deck.facts.removeLast()
        deck.facts.append(
            Fact(id: "c", content: .question(QuestionFact(prompt: "Capital of Spain?", answer: "Madrid"))))
        return deck
    }

    @Test func comparesFactByFact() {
        let diff = DeckDiff.between(old, new)
        #expect(diff.summary == "1 fact updated, 1 new, 1 removed")
        #expect(diff.added == ["c"] && diff.removed == ["gone"])
        #expect(diff.updated.map(\.id) == ["b"])
        #expect(diff.updated[0].fields.map(\.name) == ["answer", "accept"])
        #expect(DeckDiff.between(old, old).summary == "no changes")
    }

    @Test func aDeclaredMistakeIsAChangeAndOlderFactsKeepTheirFingerprints() {
        let date = Fact(
            id: "charter",
            content: .date(DateFact(event: "The Charter was signed", when: PartialDate(year: 2002, month: 6, day: 7)!)))
        // The fingerprint a fact without `wrong` had before `wrong` existed for its kind.
        #expect(FactFingerprint.hash(of: date) == "e13946c97a20b382")
        #expect(!FactFingerprint.fields(of: date).contains { $0.name == "wrong" })
        var corrected = date
        corrected.content = .date(
            DateFact(
                event: "The Charter was signed", when: PartialDate(year: 2002, month: 6, day: 7)!,
                wrong: [PartialDate(year: 2002, month: 7, day: 7)!]))
        let diff = DeckDiff.between(
            Deck(id: "d", title: "D", facts: [date]), Deck(id: "d", title: "D", facts: [corrected]))
        #expect(diff.updated.map(\.id) == ["charter"])
        #expect(diff.updated.first?.fields.map(\.name) == ["wrong"])
        #expect(diff.updated.first?.fields.first?.new == "2002-07-07")
    }

    @Test func comparesWithRememberedFingerprints() {
        let remembered = Dictionary(uniqueKeysWithValues: old.facts.map { ($0.id, FactFingerprint.hash(of: $0)) })
        let diff = DeckDiff.between(remembered: remembered, now: new)
        #expect(diff.summary == "1 fact updated, 1 new, 1 removed")
    }

    @Test func fingerprintsIgnoreNotesTagsAndSources() {
        var fact = old.facts[0]
        let before = FactFingerprint.hash(of: fact)
        fact.note = "x"
        fact.tags = ["t"]
        fact.sources = ["s"]
        #expect(FactFingerprint.hash(of: fact) == before)
        fact.asOf = PartialDate(year: 2025)
        #expect(FactFingerprint.hash(of: fact) != before)
        #expect(before.count == 16)
    }
}
