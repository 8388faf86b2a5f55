import DeckModel

@testable import Questions

/// Generates random but valid decks, with every fact kind, pools and aliases, to check
/// properties of the question engine on decks nobody wrote by hand.
struct RandomDecks {
    var random: SeededRandom
    private var used = Set<String>()

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// A made-up word, unique within this generator, such as "Tavoluk".
    mutating func word() -> String {
        let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
        while true {
            var text = ""
            for _ in 0..<(2 + random.below(3)) {
                text.append(consonants[random.below(consonants.count)])
                text.append(vowels[random.below(vowels.count)])
            }
            if random.coin() { text.append(consonants[random.below(consonants.count)]) }
            let capitalized = text.prefix(1).uppercased() + text.dropFirst()
            if used.insert(capitalized.folded()).inserted { return capitalized }
        }
    }

    mutating func phrase(_ words: Int) -> String {
        (0..<words).map { _ in word() }.joined(separator: " ")
    }

    mutating func words(_ count: Int) -> [String] {
        (0..<count).map { _ in word() }
    }

    mutating func date() -> PartialDate {
        let year = 1900 + random.below(120)
        switch random.below(3) {
        case 0: return PartialDate(year: year)!
        case 1: return PartialDate(year: year, month: 1 + random.below(12))!
        default: return PartialDate(year: year, month: 1 + random.below(12), day: 1 + random.below(28))!
        }
    }

    mutating func deck(facts count: Int) -> Deck {
        let pool = Pool(name: "things", members: words(8))
        let aliasTarget = pool.members[0]
        var facts: [Fact] = []
        for index in 0..<count {
            let content: FactContent
            var usesPool = false
            switch index % 7 {
            case 0:
                content = .term(
                    TermFact(term: word().uppercased(), means: phrase(3), accept: random.coin() ? [phrase(2)] : []))
            case 1:
                content = .date(
                    DateFact(
                        event: "The \(phrase(2)) was \(word().lowercased())ed", when: date(),
                        place: random.coin() ? word() : nil))
            case 2:
                let members = Array(random.shuffled(pool.members).prefix(2 + random.below(4)))
                content = .set(SetFact(name: "members of the \(phrase(2))", members: members))
                usesPool = true
            case 3: content = .sequence(SequenceFact(name: "stages of \(word())", items: words(2 + random.below(4))))
            case 4:
                let value = Double(random.below(5000))
                let tolerance = random.coin() ? Double(random.below(10)) : 0
                content = .number(
                    NumberFact(
                        quantity: "number of \(word())", value: DeckNumber(value: value, text: String(Int(value))),
                        unit: random.coin() ? "km" : nil,
                        tolerance: DeckNumber(value: tolerance, text: String(Int(tolerance)))))
            case 5:
                let first = word(), second = word()
                content = .cloze(
                    ClozeFact(
                        text: "{{\(first)}} and {{\(second)}}",
                        segments: [
                            .blank(ClozeBlank(answer: first)), .text(" meets "),
                            .blank(ClozeBlank(answer: second, accept: [word()])), .text("."),
                        ]))
            default:
                let answer = random.coin() ? random.pick(pool.members)! : word()
                content = .question(
                    QuestionFact(
                        prompt: "What is \(word())?", answer: answer, accept: [], wrong: words(random.below(4))))
                usesPool = random.coin()
            }
            facts.append(
                Fact(
                    id: "f\(index)", content: content, pool: usesPool ? pool.name : nil,
                    asOf: random.coin() ? PartialDate(year: 2025, month: 9) : nil))
        }
        return Deck(
            id: "random", title: "Random", pools: [pool],
            aliases: [AliasGroup(canonical: aliasTarget, alternatives: [word()])], facts: facts)
    }
}
