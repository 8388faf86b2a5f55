import DeckModel
import Testing

@testable import Questions

/// A table of answers and the verdicts they get.
@Suite struct AnswerCheckerTests {
    let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: sampleDeck))

    func grade(_ input: String, _ fact: String, _ kind: QuestionKind, blank: Int? = nil) -> Verdict.Grade {
        checker.check(input, for: question(sampleDeck, fact, kind, blank: blank)!).grade
    }

    @Test(arguments: [
        // folding: case, punctuation, spaces, a leading article
        ("regional anti-terrorist structure", Verdict.Grade.correct),
        ("  The Regional Anti Terrorist  Structure! ", .correct),
        // accept: and a small typo in a long answer
        ("Regional Anti-Terrorism Structure", .correct),
        ("Regional Anti-Terorist Structure", .correct),
        ("Regional Anti-Terrorist", .wrong),
        // the term itself is never its meaning
        ("RATS", .wrong),
    ])
    func termDefinitions(input: String, expected: Verdict.Grade) {
        #expect(grade(input, "rats", .define) == expected, "\(input)")
    }

    @Test(arguments: [
        ("Dag Hammarskjöld", Verdict.Grade.correct),
        ("dag hammarskjold", .correct),  // diacritics
        ("Hammarskjold", .correct),  // alias
        ("Dag Hammarskjld", .correct),  // one letter missing
        ("Trygve Lie", .wrong),
    ])
    func namesWithDiacriticsAndAliases(input: String, expected: Verdict.Grade) {
        #expect(grade(input, "sg", .answer) == expected, "\(input)")
    }

    @Test func typosThatLandOnAnotherAnswerAreWrong() {
        let deck = sampleDeck
        let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: deck))
        let australia = Question(
            card: CardKey(deck: "sample", fact: "x", kind: .answer), prompt: "?", answers: ["Australia"],
            expected: .text(AcceptedText(["Australia"])))
        #expect(checker.check("Austria", for: australia).grade == .wrong)
        #expect(checker.check("Australa", for: australia).grade == .correct)
        let iran = Question(
            card: CardKey(deck: "sample", fact: "x", kind: .answer), prompt: "?", answers: ["Iran"],
            expected: .text(AcceptedText(["Iran"])))
        #expect(checker.check("Iraq", for: iran).grade == .wrong)
        // Under 4 letters no typo is forgiven.
        let usa = Question(
            card: CardKey(deck: "sample", fact: "x", kind: .answer), prompt: "?", answers: ["USA"],
            expected: .text(AcceptedText(["USA"])))
        #expect(checker.check("USB", for: usa).grade == .wrong)
        #expect(checker.check("U.S.A.", for: usa).grade == .correct)
        // Countries the deck never mentions still count as other answers.
        let niger = Question(
            card: CardKey(deck: "sample", fact: "x", kind: .answer), prompt: "?", answers: ["Nigeria"],
            expected: .text(AcceptedText(["Nigeria"])))
        #expect(checker.check("Niger", for: niger).grade == .wrong)
    }

    @Test func typoAllowanceGrowsWithLength() {
        #expect(TextMatcher.allowance(for: "iran") == 1)
        #expect(TextMatcher.allowance(for: "usa") == 0)
        #expect(TextMatcher.allowance(for: "tashkent") == 2)
        #expect(TextMatcher.allowance(for: "moscow") == 1)
    }

    @Test(arguments: [
        ("7 June 2002", Verdict.Grade.correct),
        ("June 7, 2002", .correct),
        ("07/06/2002", .correct),  // day before month
        ("7.6.2002", .correct),
        ("2002-06-07", .correct),
        ("7th of June 2002", .correct),
        ("Jun 7 2002", .correct),
        ("7 July 2002", .partlyCorrect),  // right year, wrong month
        ("June 2002", .partlyCorrect),  // the day is missing
        ("2002", .partlyCorrect),
        ("7 June 2001", .wrong),
        ("06/07/2002", .partlyCorrect),  // read as 6 July
        ("yesterday", .wrong),
        // Found by fuzzing: a number too long for an integer crashed the date reader.
        ("2002 33333333333333333333333", .wrong),
        ("33333333333333333333333 6 2002", .wrong),
    ])
    func dates(input: String, expected: Verdict.Grade) {
        #expect(grade(input, "charter", .when) == expected, "\(input)")
    }

    @Test func datePrecisionFollowsTheFact() {
        #expect(grade("2004", "un", .when) == .correct)
        #expect(grade("2 December 2004", "un", .when) == .correct)
        #expect(grade("December 2013", "energy", .when) == .correct)
        #expect(grade("2013", "energy", .when) == .partlyCorrect)
        let verdict = checker.check("7 July 2002", for: question(sampleDeck, "charter", .when)!)
        #expect(verdict.line == "partly correct: 7 June 2002 (missed: the month)")
    }

    @Test(arguments: [
        ("65", Verdict.Grade.correct), ("65%", .correct), ("65 %", .correct), ("65 percent", .correct),
        ("about 63", .correct), ("68", .correct), ("69", .wrong), ("sixty", .wrong), ("61.9", .wrong),
    ])
    func numbersWithinTolerance(input: String, expected: Verdict.Grade) {
        #expect(grade(input, "area", .value) == expected, "\(input)")
    }

    @Test func numbersWithWordsAndSeparators() {
        #expect(grade("ten", "members", .value) == .correct)
        #expect(grade("10 members", "members", .value) == .correct)
        #expect(grade("11", "members", .value) == .wrong)
        let big = Question(
            card: CardKey(deck: "s", fact: "x", kind: .value), prompt: "?", answers: ["1,300 MW"],
            expected: .number(value: 1300, tolerance: 0, unit: "MW"))
        for input in ["1300", "1,300", "1,300 MW", "1300MW"] {
            #expect(checker.check(input, for: big).grade == .correct, "\(input)")
        }
    }

    @Test func recallAllGivesPartialCreditAndSaysWhatWasMissed() {
        let all = question(sampleDeck, "founders", .recallAll)!
        #expect(checker.check("China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan", for: all).grade == .correct)
        #expect(checker.check("tajikistan; russia\nkyrgyz republic, kazakhstan and china", for: all).grade == .correct)
        let partial = checker.check("China, Russia and Uzbekistan", for: all)
        #expect(partial.grade == .partlyCorrect)
        #expect(partial.missed == ["Kazakhstan", "Kyrgyzstan", "Tajikistan"])
        #expect(partial.wrongItems == ["Uzbekistan"])
        #expect(
            partial.line
                == "partly correct: China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan (missed: Kazakhstan, "
                + "Kyrgyzstan, Tajikistan; not right: Uzbekistan)"
        )
        #expect(checker.check("Iran, India", for: all).grade == .wrong)
    }

    @Test func recallAllInOrderNeedsTheOrder() {
        let all = question(sampleDeck, "venues", .recallAll)!
        #expect(checker.check("shanghai, moscow, almaty, bishkek, dushanbe", for: all).grade == .correct)
        let swapped = checker.check("Moscow, Shanghai, Almaty, Bishkek, Dushanbe", for: all)
        #expect(swapped.grade == .partlyCorrect)
        #expect(swapped.missed == ["the order"])
    }

    @Test func itemsThatContainAndStayWhole() {
        let deck = sampleDeck
        let items = Question(
            card: CardKey(deck: "s", fact: "x", kind: .recallAll), prompt: "?",
            answers: ["India and Pakistan", "Iran", "Belarus"],
            expected: .items(
                [AcceptedText(["India and Pakistan"]), AcceptedText(["Iran"]), AcceptedText(["Belarus"])], ordered: true
            ))
        let checker = AnswerChecker(vocabulary: DeckVocabulary(deck: deck))
        #expect(checker.check("India and Pakistan, Iran and Belarus", for: items).grade == .correct)
    }

    @Test func choicesByNumberOrText() throws {
        let choice = try #require(question(sampleDeck, "chs", .choice))
        guard case .choice(let right) = choice.expected else {
            Issue.record("not a choice")
            return
        }
        #expect(checker.check("\(right + 1)", for: choice).grade == .correct)
        #expect(checker.check("council of heads of state", for: choice).grade == .correct)
        let wrongIndex = (right + 1) % choice.options!.count
        #expect(checker.check("\(wrongIndex + 1)", for: choice).grade == .wrong)
        #expect(checker.check(choice.options![wrongIndex], for: choice).grade == .wrong)
        #expect(checker.check("9", for: choice).grade == .wrong)
    }

    @Test func trueOrFalseAcceptsYesNoAndLetters() throws {
        for seed: UInt64 in 1...6 {
            let statement = try #require(question(sampleDeck, "founders", .isMember, seed: seed))
            let truth = statement.answers == ["True"]
            for input in truth ? ["true", "T", "yes", "y", "1"] : ["false", "F", "no", "n", "2"] {
                #expect(checker.check(input, for: statement).grade == .correct, "\(input)")
            }
            #expect(checker.check(truth ? "false" : "true", for: statement).grade == .wrong)
        }
    }

    @Test func arrangementsByNumbersOrNames() throws {
        let order = try #require(question(sampleDeck, "venues", .order))
        guard case .arrangement(let right) = order.expected else {
            Issue.record("not an arrangement")
            return
        }
        let numbers = right.map { String($0 + 1) }
        #expect(checker.check(numbers.joined(separator: " "), for: order).grade == .correct)
        #expect(checker.check(numbers.joined(separator: ","), for: order).grade == .correct)
        #expect(checker.check(numbers.joined(), for: order).grade == .correct)
        #expect(checker.check("Shanghai, Moscow, Almaty, Bishkek, Dushanbe", for: order).grade == .correct)
        #expect(checker.check("Shanghai, Moscow, Almaty, Dushanbe, Bishkek", for: order).grade == .partlyCorrect)
        #expect(checker.check("Dushanbe, Bishkek, Almaty, Moscow, Shanghai", for: order).grade == .wrong)
        #expect(checker.check("1 1 1 1 1", for: order).grade == .wrong)
    }

    @Test func clozeAlternatives() {
        #expect(grade("separatism", "evils", .fill, blank: 2) == .correct)
        #expect(grade("separation", "evils", .fill, blank: 2) == .correct)
        #expect(grade("terrorism", "evils", .fill, blank: 2) == .wrong)
    }
}
