import DeckModel
import Testing

@testable import Questions

/// Cases an adversarial review found on decks of other subjects: hedges, other units, a
/// typo that changes a number, extra words that name something else, and options that
/// were all alike.
@Suite struct TeacherReviewTests {
    static let subject = testDeck(
        """
        facts:
          - {id: everest, number: height of Mount Everest, value: 8849, unit: m, tolerance: 1}
          - {id: boil, number: boiling point of water at sea level, value: 100, unit: °C, wrong: [90]}
          - {id: term, number: length of the term, value: 3, unit: years}
          - {id: casa, number: total capacity of the line, value: 1300, unit: MW, wrong: [1000]}
          - {id: cpec, number: planned value of the corridor, value: 46, unit: billion USD, tolerance: 2}
          - {id: electron, number: mass of the electron, value: 9.109e-31, unit: kg}
          - {id: coin, number: chance of heads in a fair toss, value: 0.5}
          - {id: avogadro, number: Avogadro's number, value: 602214076000000000000000}
          - {id: members, number: How many members does the club have?, value: 10, wrong: [8]}
          - {id: port, question: Which Pakistani port gives China its short route to the sea?, answer: Gwadar,
             wrong: [Karachi]}
          - {id: gg, question: Who was the first Governor-General of Pakistan?, answer: Muhammad Ali Jinnah,
             accept: [Jinnah]}
          - {id: force, question: What is the SI unit of force?, answer: newton}
          - {id: casa-name, term: CASA-1000, means: Central Asia-South Asia power project}
          - {id: undp, term: UNDP, means: United Nations Development Programme}
          - {id: plan, question: Which plan did the club adopt in 2025?, answer: Development Strategy until 2035}
          - {id: charter, date: The Charter was signed, when: 2002-06-07}
          - {id: p5, set: permanent members of the Security Council,
             members: [China, France, Russia, United Kingdom, United States]}
        """)
    let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: Self.subject))

    func grade(_ input: String, _ fact: String, _ kind: QuestionKind) -> Verdict {
        checker.check(input, for: question(Self.subject, fact, kind)!)
    }

    @Test(arguments: [
        ("1300 or 1000", "casa", false), ("1300-1400", "casa", false), ("1300 to 1400", "casa", false),
        ("10 or 8", "members", false), ("10 (ten)", "members", true), ("8849 ft", "everest", false),
        ("29032 ft", "everest", true), ("8.849 km", "everest", true), ("3 months", "term", false),
        ("36 months", "term", true), ("100 F", "boil", false), ("212 °F", "boil", true), ("373.15 K", "boil", true),
        ("1300 MWh", "casa", false), ("Rs 46 billion", "cpec", false), ("$46 billion", "cpec", true),
        ("forty-six billion", "cpec", true), ("46000000000", "cpec", true), ("9.109e-31 kg", "electron", true),
        (".5", "coin", true), ("۱۰", "members", true),
    ])
    func numbersAsATeacherReadsThem(input: String, fact: String, right: Bool) {
        #expect((grade(input, fact, .value).grade == .correct) == right, "\(input)")
    }

    @Test func aTypoNeverChangesANumber() {
        #expect(grade("CASA-1300", "casa-name", .name).grade == .wrong)
        #expect(grade("CASA 1000", "casa-name", .name).grade == .correct)
        #expect(grade("Development Strategy until 2030", "plan", .answer).grade == .wrong)
    }

    @Test func extraWordsMustComeFromTheQuestionOrTheAnswer() {
        #expect(grade("Gwadar port", "port", .answer).grade == .correct)
        for wrong in ["Ormara near Gwadar", "anything but Gwadar", "Gwadar is wrong", "Gwadar or Karachi"] {
            #expect(grade(wrong, "port", .answer).grade == .wrong, "\(wrong)")
        }
        #expect(grade("Fatima Jinnah", "gg", .answer).grade == .wrong)
        #expect(grade("newton metre", "force", .answer).grade == .wrong)
        let plural = grade("newtons", "force", .answer)
        #expect(plural.grade == .correct && plural.details.isEmpty, "a plural is no misspelling")
    }

    @Test func spellingsThatAreOneWord() {
        for input in ["United Nations Development Program", "united nations development programme"] {
            let verdict = grade(input, "undp", .define)
            #expect(verdict.grade == .correct && verdict.details.isEmpty, "\(input)")
        }
        #expect(grade("China, France, Russia, UK, US", "p5", .recallAll).grade == .correct)
        #expect(grade("China, France, Russia, Great Britain, USA", "p5", .recallAll).grade == .correct)
    }

    @Test(arguments: [
        ("signed on 7 June 2002", true), ("7 June 2002 in St Petersburg", true), ("Friday 7 June 2002", true),
        ("7 Jnue 2002", true), ("the seventh of June 2002", true), ("7 June 2002 or 7 July 2002", false),
        ("not 7 June 2002", false),
    ])
    func datesWithContext(input: String, right: Bool) {
        #expect((grade(input, "charter", .when).grade == .correct) == right, "\(input)")
    }

    @Test func optionsAreNeverAlikeAndNeverAllOnOneSide() throws {
        let generator = QuestionGenerator(deck: Self.subject)
        #expect(
            !generator.cardKeys.map(\.description).contains("t/avogadro/value-choice"), "too large to write exactly")
        for seed: UInt64 in 1...30 {
            var random = SeededRandom(seed: seed)
            for fact in ["coin", "electron", "everest", "cpec"] {
                let options = try #require(
                    generator.question(
                        for: CardKey(deck: "t", fact: fact, kind: .valueChoice), random: &random)?.options)
                #expect(Set(options).count == options.count, "\(fact): \(options)")
                let values = options.compactMap { DeckNumber.parseValue(String($0.split(separator: " ")[0])) }
                #expect(values.count == options.count, "every option is a number: \(options)")
            }
            let electron = try #require(
                generator.question(
                    for: CardKey(deck: "t", fact: "electron", kind: .valueChoice), random: &random)?.options)
            #expect(electron.allSatisfy { $0.hasPrefix("9.109e-") }, "\(electron)")
        }
    }

    @Test func trueOrFalseAndOptionsByLetterOrNumberWithPunctuation() throws {
        let truth = try #require(question(Self.subject, "p5", .isMember))
        let right = truth.answers == ["True"] ? "correct" : "incorrect"
        #expect(checker.check(right, for: truth).grade == .correct)
        let choice = try #require(question(sampleDeck, "chs", .choice))
        guard case .choice(let index) = choice.expected else {
            Issue.record("not a choice")
            return
        }
        let local = AnswerChecker(vocabulary: DeckVocabulary(deck: sampleDeck))
        #expect(local.check("\(index + 1).", for: choice).grade == .correct)
        #expect(local.check("\(index + 1))", for: choice).grade == .correct)
        let letter = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
        #expect(local.check(letter, for: choice).grade == .correct)
        #expect(local.check("(\(letter.uppercased()))", for: choice).grade == .correct)
    }

    /// A deck with id `t`.
    private static func testDeck(_ body: String) -> Deck {
        deck("recall: 1\nid: t\ntitle: T\n" + body)
    }
}
