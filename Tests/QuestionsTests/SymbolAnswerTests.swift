import DeckFormat
import DeckModel
import Testing

@testable import Questions

/// Answers whose symbols are the answer: C++ is not C, nor C#; `+`, `-` and a flag are
/// answers of their own.
@Suite struct SymbolAnswerTests {
    static let symbols = deck(
        """
        recall: 1
        title: Symbols
        facts:
          - {id: cpp, question: Which language did Stroustrup design?, answer: C++, wrong: [C#]}
          - {id: plus, question: Which sign adds?, answer: "+"}
          - {id: minus, question: Which sign subtracts?, answer: "-"}
          - {id: flag, question: Which flag is Pakistan's?, answer: 🇵🇰}
          - {id: dollar, question: Which sign is the US dollar's?, answer: $}
        """)

    func grade(_ input: String, _ fact: String) -> Verdict.Grade {
        let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: Self.symbols))
        return checker.check(input, for: question(Self.symbols, fact, .answer)!).grade
    }

    @Test(arguments: [
        ("C++", "cpp", Verdict.Grade.correct), ("c++", "cpp", .correct), (" C++ ", "cpp", .correct),
        ("C", "cpp", .wrong), ("C#", "cpp", .wrong), ("C+", "cpp", .wrong), ("c--", "cpp", .wrong),
        ("+", "plus", .correct), ("-", "plus", .wrong), ("plus", "plus", .wrong),
        ("-", "minus", .correct), ("+", "minus", .wrong), ("—", "minus", .wrong),
        ("🇵🇰", "flag", .correct), ("🇮🇳", "flag", .wrong),
        ("$", "dollar", .correct), ("€", "dollar", .wrong),
    ])
    func symbolsAreCompared(input: String, fact: String, expected: Verdict.Grade) {
        #expect(grade(input, fact) == expected, "\(input) for \(fact)")
    }

    @Test func aDeclaredSymbolMistakeIsNotARightAnswer() {
        let result = DeckLoader.decode(bytes: Array(Self.symbolsText.utf8), path: "s.yaml", syntax: .yaml)
        #expect(result.deck != nil, "\(result.diagnostics.map(\.message))")
    }

    static let symbolsText =
        "recall: 1\ntitle: S\nfacts:\n  - {id: cpp, question: Which?, answer: C++, wrong: [C#, C]}\n"
}
