import DeckModel
import Testing

@testable import Questions

/// The verdicts a candidate met on the shipped SCO deck, as a careful teacher would give
/// them: the notes' own mistakes are wrong, careful right answers are right.
@Suite struct TrustedVerdictTests {
    static let sco = shippedDeck("sco.yaml")
    let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: sco))

    func verdict(_ input: String, _ fact: String, _ kind: QuestionKind, seed: UInt64 = 1) -> Verdict {
        let question = question(Self.sco, fact, kind, seed: seed)
        guard let question else {
            Issue.record("sco/\(fact)/\(kind) has no question")
            return Verdict(grade: .wrong, answer: "")
        }
        return checker.check(input, for: question)
    }

    @Test func theNotesOwnMistakesAreWrong() {
        let evils = verdict("terrorism, separation, extremism", "three-evils", .recallAll)
        #expect(evils.grade == .wrong)
        #expect(evils.wrongItems == ["separation"])
        #expect(
            evils.details.first?.hasPrefix("not separation: the \"three evils\" the SCO fights are") == true,
            "\(evils.details)")
        let leaders = verdict(
            "Putin, Nazarbayev, Jiang Zemin, Akayev, Rahman", "shanghai-five-leaders-2000", .recallAll)
        #expect(leaders.grade == .wrong)
        #expect(leaders.wrongItems == ["Rahman"])
        let charter = verdict("7 July 2002", "charter-signed", .when)
        #expect(charter.grade == .wrong)
        #expect(charter.line == "wrong: 7 June 2002")
        #expect(charter.details == ["not 7 July 2002: the SCO Charter was signed on 7 June 2002"])
        #expect(verdict("July 2002", "charter-signed", .when).grade == .wrong)
        #expect(verdict("2002", "charter-signed", .when).grade == .partlyCorrect, "the year alone fits both")
        #expect(verdict("8", "member-count", .value).details.first?.hasPrefix("not 8: ") == true)
        #expect(verdict("East Turkmenistan Islamic Movement", "etim", .define).grade == .wrong)
        #expect(verdict("20 May 1997", "multipolar-declaration", .when).grade == .wrong)
        #expect(verdict("July 2007", "energy-club", .when).grade == .wrong)
        #expect(
            verdict("twenty", "share-of-gdp", .value).details == [
                "not 20%: the share of world nominal GDP produced by SCO member states is 23%"
            ])
        #expect(
            verdict("60%", "share-of-eurasia", .value).details == [
                "not 60%: the share of Eurasia's area covered by SCO member states is 65%"
            ])
    }

    @Test(arguments: [
        ("Turkmenistan Afghanistan Pakistan India", "tapi", QuestionKind.define),
        ("Central Asia–South Asia Electricity Transmission and Trade Project", "casa-1000", .define),
        ("Central Asia-South Asia electricity transmission project", "casa-1000", .define),
        ("Islamic Movement of Uzbekistan (IMU)", "imu", .define),
        ("forty-two", "share-of-population", .value),
        ("sixty five", "share-of-eurasia", .value),
        ("twenty-three", "share-of-gdp", .value),
        ("ten", "member-count", .value),
        ("to deepen political and economic cooperation", "why-the-sco", .answer),
        ("deeper economic and political cooperation", "why-the-sco", .answer),
        ("Council of the Heads of State", "supreme-body", .answer),
        ("Gwadar port", "china-short-route", .answer),
        ("1.3 GW", "casa-capacity", .value),
        ("1,300 megawatts", "casa-capacity", .value),
        ("Kashmir, LoC violations, water sharing", "india-pakistan-challenges", .recallAll),
        ("46bn", "cpec-value", .value),
        ("$46 billion", "cpec-value", .value),
        ("3,000 kilometres", "cpec-length", .value),
        ("virtually", "summit-2023", .answer),
    ])
    func carefulRightAnswersAreRight(input: String, fact: String, kind: QuestionKind) {
        let result = verdict(input, fact, kind)
        #expect(result.grade == .correct, "\(input): \(result.line)")
    }

    @Test func extraWordsThatContradictSomethingAreWrong() {
        #expect(verdict("Gwadar or Karachi", "china-short-route", .answer).grade == .wrong)
        #expect(verdict("not Gwadar", "china-short-route", .answer).grade == .wrong)
        #expect(verdict("Gwadar and Chabahar", "china-short-route", .answer).grade == .wrong)
        #expect(verdict("to form a military alliance against NATO", "why-the-sco", .answer).grade == .wrong)
        #expect(verdict("political cooperation", "why-the-sco", .answer).grade == .partlyCorrect)
        #expect(verdict("Turkmenistan Afghanistan Pakistan", "tapi", .define).grade == .wrong)
        #expect(verdict("dialogue partner", "partner-status", .answer).grade == .wrong)
    }

    @Test func yesNoQuestionsAreOnlyMultipleChoiceAndTypedReplies() throws {
        let cards = QuestionGenerator(deck: Self.sco).cardKeys.map(\.description)
        #expect(cards.contains("sco/not-an-alliance/choice") && !cards.contains("sco/not-an-alliance/answer"))
        #expect(cards.contains("sco/non-members-join-in/choice") && !cards.contains("sco/non-members-join-in/answer"))
        for seed: UInt64 in 1...5 {
            #expect(verdict("Yes as partners", "non-members-join-in", .choice, seed: seed).grade == .correct)
            #expect(verdict("No it is not a military bloc", "not-an-alliance", .choice, seed: seed).grade == .correct)
            #expect(verdict("Yes", "not-an-alliance", .choice, seed: seed).grade == .wrong)
            #expect(verdict("No, not even as guests", "non-members-join-in", .choice, seed: seed).grade == .wrong)
            let options = try #require(question(Self.sco, "not-an-alliance", .choice, seed: seed)?.options)
            #expect(
                options.filter { $0.hasPrefix("No") }.count >= 2 && options.contains { $0.hasPrefix("Yes") },
                "\(options)")
        }
    }

    @Test func listsWithoutSeparatorsCostOneItemAWrongItem() {
        let five = verdict(
            "china russia uzbekistan kazakhstan kyrgyzstan tajikistan", "shanghai-five-members", .recallAll)
        #expect(five.grade == .partlyCorrect)
        #expect(five.missed.isEmpty && five.wrongItems == ["uzbekistan"])
        let missing = verdict("china russia iran", "shanghai-five-members", .recallAll)
        #expect(missing.grade == .partlyCorrect)
        #expect(missing.missed == ["Kazakhstan", "Kyrgyzstan", "Tajikistan"] && missing.wrongItems == ["iran"])
        #expect(verdict("terrorism separatism and extremism", "three-evils", .recallAll).grade == .correct)
        #expect(verdict("terrorism separation extremism", "three-evils", .recallAll).grade == .wrong)
        #expect(
            verdict("Kashmir Line of Control violations water sharing", "india-pakistan-challenges", .recallAll).grade
                == .correct)
    }

    @Test func aTypoThatIsAnotherWordIsNoTypo() {
        let typo = verdict("terrorism, separatsm, extremism", "three-evils", .recallAll)
        #expect(typo.grade == .correct)
        #expect(typo.details == ["spelling: separatism"])
        let single = verdict("Tashkant", "rats-seat", .answer)
        #expect(single.grade == .correct && single.details == ["spelling: Tashkent"])
        #expect(verdict("separatists, terrorism, extremism", "three-evils", .recallAll).grade == .partlyCorrect)
    }
}
