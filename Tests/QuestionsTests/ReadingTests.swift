import DeckModel
import Testing

@testable import Questions

/// How typed text is read: numbers in words and units, English words, word forms.
@Suite struct ReadingTests {
    @Test(arguments: [
        ("forty-two", nil as String?, 42.0), ("sixty five", nil, 65), ("twenty-three", nil, 23), ("ten", nil, 10),
        ("one hundred and twenty", nil, 120), ("two thousand three hundred", nil, 2_300), ("a million", nil, 1_000_000),
        ("nine hundred ninety-nine thousand", nil, 999_000), ("one million two hundred thousand", nil, 1_200_000),
        ("1.3 million", nil, 1_300_000), ("about 3000", "km", 3_000), ("3,000 kilometres", "km", 3_000),
        ("3 km", "m", 3_000), ("1.3 GW", "MW", 1_300), ("1300000 kW", "MW", 1_300), ("1,300 megawatts", "MW", 1_300),
        ("2 t", "kg", 2_000), ("500 kg", "t", 0.5), ("65 percent", "%", 65), ("65 per cent", "%", 65), ("65%", "%", 65),
        ("46bn", "billion USD", 46), ("46 billion", "billion USD", 46), ("$46 billion", "billion USD", 46),
        ("46,000 million", "billion USD", 46), ("46", "billion USD", 46), ("USD 46bn", "USD", 46e9),
        ("10 members", nil, 10),
    ])
    func numbers(input: String, unit: String?, value: Double) {
        #expect(NumberReader.read(input, unit: unit) == value, "\(input) in \(unit ?? "no unit")")
    }

    @Test func notNumbers() {
        #expect(NumberReader.read("lots", unit: nil) == nil)
        #expect(NumberReader.read("3 kg", unit: "km") == nil, "a unit of another kind")
        #expect(NumberReader.read("and", unit: nil) == nil)
    }

    @Test func theWordListKnowsEnglishWords() {
        for word in ["separation", "separatism", "austria", "member", "members", "organisation", "organization"] {
            #expect(WordList.contains(word), "\(word)")
        }
        for word in ["separatsm", "tashkant", "rahmon", "xqzv"] { #expect(!WordList.contains(word), "\(word)") }
        #expect(WordList.decode([WordList.parts[0]]).count > 5_000)
    }

    @Test func oneWordInTwoFormsAgainstTwoWords() {
        #expect(WordForms.sameWord("member", "members"))
        #expect(WordForms.sameWord("organisation", "organization"))
        #expect(WordForms.sameWord("defence", "defense"))
        #expect(WordForms.sameWord("signed", "sign"))
        #expect(!WordForms.sameWord("separation", "separatism"))
        #expect(!WordForms.sameWord("separatists", "separatism"))
        #expect(WordForms.stem("deepen") == WordForms.stem("deeper"))
        #expect(WordForms.stem("deepening") == WordForms.stem("deep"))
        #expect(TextMatcher.swapsWord("separation", for: "separatism"))
        #expect(!TextMatcher.swapsWord("separatsm", for: "separatism"))
        #expect(!TextMatcher.swapsWord("regional anti terrorist structures", for: "regional anti terrorist structure"))
    }

    @Test func aTypoIntoAnotherWordIsWrongEvenWithoutADeclaredMistake() {
        let deck = deck(
            """
            recall: 1
            id: t
            title: T
            facts:
              - {id: evil, cloze: "RATS fights {{separatism}}."}
              - {id: member, question: What is India in the SCO?, answer: a member}
            """)
        let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: deck))
        let evil = question(deck, "evil", .fill, blank: 1)!
        #expect(checker.check("separation", for: evil).grade == .wrong)
        #expect(checker.check("separatsm", for: evil).details == ["spelling: separatism"])
        #expect(checker.check("members", for: question(deck, "member", .answer)!).grade == .correct)
    }
}
