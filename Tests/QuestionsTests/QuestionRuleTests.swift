import DeckModel
import Testing

@testable import Questions

/// The generation rules: every question of the shipped decks and of random decks keeps
/// them, and each rule, broken on purpose, is caught.
@Suite struct QuestionRuleTests {
    @Test func everyQuestionOfEveryDeckKeepsTheRules() {
        for (name, deck) in QuestionPropertyTests.decks {
            let findings = QuestionRules.findings(in: QuestionGenerator(deck: deck))
            #expect(findings.isEmpty, "\(name): \(findings.prefix(5).map { "\($0.card): \($0.message)" })")
        }
    }

    @Test func extremeNumbersGetDistinctFiniteOptions() {
        let values = ["1.7e308", "-1.7e308", "0", "4.9e-324", "999999999999999", "0.000001"]
        let facts = values.enumerated().map { index, value in
            "  - {id: n\(index), number: figure \(index), value: \(value), tolerance: 1000000000}\n"
        }
        let generator = QuestionGenerator(deck: deck("recall: 1\ntitle: Numbers\nfacts:\n" + facts.joined()))
        #expect(generator.cardKeys.count >= values.count)
        for question in QuestionSet.make(from: generator, count: nil, seed: 5) {
            guard let options = question.options else { continue }
            #expect(Set(options).count == options.count, "\(question.card): \(options)")
            #expect(!options.contains { $0.contains("inf") || $0.contains("nan") }, "\(question.card): \(options)")
        }
    }

    @Test func typedPromptsNeverContainTheirAnswer() {
        for (name, deck) in QuestionPropertyTests.decks {
            for question in QuestionSet.make(from: QuestionGenerator(deck: deck), count: nil, seed: 3)
            where question.kind.mode == .typed {
                #expect(QuestionRules.givenAway(question) == nil, "\(name): \(question.card): \(question.prompt)")
            }
        }
    }

    @Test func aPromptThatContainsItsAnswerIsReported() {
        let deck = testDeck(
            """
            facts:
              - {id: a, question: "Which city is Tashkent, the capital of Uzbekistan?", answer: Tashkent}
              - {id: b, date: Peace Mission 2007 was held, when: 2007-08}
              - {id: c, date: The Shanghai Five was founded, when: 1996-04-26, where: Shanghai}
            """)
        let generator = QuestionGenerator(deck: deck)
        let findings = QuestionRules.findings(in: generator)
        #expect(Set(findings.map(\.card)) == ["t/a/answer", "t/b/when"], "\(findings)")
        // The place is not asked where the prompt would name it.
        #expect(!generator.cardKeys.map(\.description).contains("t/c/where"))
    }

    @Test func brokenTemplatesAreCaught() {
        #expect(!QuestionRules.englishProblems("As of January 2026, fill in the blank: X is ___.", texts: []).isEmpty)
        #expect(!QuestionRules.englishProblems("What?", texts: ["1 years"]).isEmpty)
        #expect(QuestionRules.englishProblems("What?", texts: ["1 year", "11 years", "2.1 years"]).isEmpty)
        #expect(
            !QuestionRules.englishProblems(
                #"Which term means ""three evils""?"#, texts: [#"Which term means ""three evils""?"#]
            ).isEmpty)
        #expect(!QuestionRules.englishProblems("what is it ?", texts: []).isEmpty)
    }

    @Test func optionsWhoseFormTellsTheAnswerAreCaught() {
        #expect(OptionForm.problem(options: ["Yes: a", "Yes: b", "No: c"], right: 2) != nil, "one No among Yeses")
        #expect(OptionForm.problem(options: ["Yes: a", "No: b", "No: c"], right: 2) == nil)
        let long = "The Treaty on Deepening Military Trust in Border Regions"
        #expect(OptionForm.problem(options: [long, "NATO", "SAARC"], right: 0) != nil)
        #expect(OptionForm.problem(options: [long, "The Charter of the SCO, 2002", "SAARC"], right: 0) == nil)
    }

    @Test func templatesReadAsEnglish() throws {
        let deck = testDeck(
            """
            pools:
              country: [China, Russia, United States, Philippines, Mongolia, Afghanistan]
            facts:
              - id: observers
                set: SCO observers at the time of the 2025 Tianjin reform
                members: [Afghanistan, Mongolia]
                pool: country
              - {id: evils, set: "the \\"three evils\\" the SCO fights", members: [terrorism, separatism, extremism]}
              - {id: term, number: length of the Secretary-General's term, value: 3, unit: years}
              - {id: five, set: members of the Shanghai Five, members: [China, Russia], pool: country}
              - {id: nato, cloze: "Since 1999 NATO has expanded {{eastward}}.", as-of: 2026-01}
              - {id: cars, term: CARs, means: Central Asian Republics}
            """)
        let generator = QuestionGenerator(deck: deck)
        var random = SeededRandom(seed: 1)
        func prompt(_ fact: String, _ kind: QuestionKind, blank: Int? = nil) -> String? {
            generator.question(for: CardKey(deck: "t", fact: fact, kind: kind, blank: blank), random: &random)?.prompt
        }
        #expect(
            prompt("observers", .howMany)
                == "What is the number of SCO observers at the time of the 2025 Tianjin reform?")
        #expect(prompt("evils", .recallAll) == #"Name the "three evils" the SCO fights."#)
        #expect(prompt("five", .recallAll) == "Name both members of the Shanghai Five.")
        #expect(
            prompt("nato", .fill, blank: 1)
                == "Fill in the blank (as of January 2026): Since 1999 NATO has expanded _____.")
        #expect(prompt("cars", .name) == #"What is the abbreviation of "Central Asian Republics"?"#)
        for seed: UInt64 in 1...20 {
            var random = SeededRandom(seed: seed)
            let options = try #require(
                generator.question(for: CardKey(deck: "t", fact: "term", kind: .valueChoice), random: &random)?.options)
            #expect(!options.contains("1 years"), "\(options)")
            let truth = try #require(
                generator.question(for: CardKey(deck: "t", fact: "observers", kind: .isMember), random: &random))
            #expect(
                !truth.prompt.contains(" include United States") && !truth.prompt.contains(" include Philippines"),
                "\(truth.prompt)")
        }
        #expect(Phrasing.withArticle("United States") == "the United States")
        #expect(Phrasing.withArticle("Council of Heads of State") == "the Council of Heads of State")
        #expect(Phrasing.withArticle("Russia") == "Russia" && Phrasing.withArticle("NATO") == "NATO")
        #expect(Phrasing.withArticle("terrorism") == "terrorism")
    }

    @Test func eventsToOrderAreFourWeeksApartAndWhatHappenedNamesNoYear() {
        let deck = testDeck(
            """
            facts:
              - {id: reduction, date: The border forces treaty was signed, when: 1997-04-24}
              - {id: multipolar, date: The multipolar declaration was signed, when: 1997-04-23}
              - {id: charter, date: The Charter was signed, when: 2002-06-07}
              - {id: mission, date: Peace Mission 2007 was held, when: 2007-08}
              - {id: energy, date: The Energy Club was created, when: 2013-12}
              - {id: treaty, date: The Bishkek treaty was signed, when: 2007-08-16}
            """)
        let generator = QuestionGenerator(deck: deck)
        for seed: UInt64 in 1...30 {
            for question in QuestionSet.make(from: generator, count: nil, seed: seed) {
                let options = Set(question.options ?? [])
                if question.kind == .chronology || question.kind == .whichFirst {
                    #expect(
                        !options.isSuperset(of: [
                            "The border forces treaty was signed", "The multipolar declaration was signed",
                        ]))
                }
                if question.kind == .whatHappened, question.prompt.contains("2007") {
                    #expect(!options.contains("Peace Mission 2007 was held"), "\(question.prompt): \(options)")
                }
            }
        }
        #expect(
            !generator.cardKeys.map(\.description).contains("t/mission/what-happened"), "the event names its own year")
        #expect(
            Chronology.isOrdered(PartialDate(year: 2002, month: 6, day: 7)!, PartialDate(year: 2002, month: 7, day: 7)!)
        )
        #expect(
            !Chronology.isOrdered(
                PartialDate(year: 1997, month: 4, day: 23)!, PartialDate(year: 1997, month: 4, day: 24)!))
    }

    @Test func anAcronymsOptionsAllSpellIt() throws {
        let deck = testDeck(
            """
            facts:
              - {id: rats, term: RATS, means: Regional Anti-Terrorist Structure}
              - {id: imu, term: IMU, means: Islamic Movement of Uzbekistan}
              - id: etim
                term: ETIM
                means: East Turkestan Islamic Movement
                wrong: [East Turkmenistan Islamic border, Eastern Tribal Islamic Militia]
              - {id: cpec, term: CPEC, means: China-Pakistan Economic Corridor}
            """)
        let generator = QuestionGenerator(deck: deck)
        let cards = generator.cardKeys.map(\.description)
        #expect(
            !cards.contains("t/rats/choose") && !cards.contains("t/imu/choose"), "no other meaning spells RATS or IMU")
        var random = SeededRandom(seed: 2)
        let etim = try #require(
            generator.question(for: CardKey(deck: "t", fact: "etim", kind: .choose), random: &random))
        #expect(
            Set(etim.options ?? []) == [
                "East Turkestan Islamic Movement", "East Turkmenistan Islamic border",
                "Eastern Tribal Islamic Militia",
            ])
        #expect(Acronym.letterWords(of: "LoC", in: "Line of Control") == ["line", "control"])
        #expect(
            Acronym.letterWords(of: "CASA-1000", in: "Central Asia–South Asia power project") == [
                "central", "asia", "south", "asia",
            ])
        #expect(Acronym.letterWords(of: "UNICEF", in: "United Nations Children's Fund") == nil)
    }

    /// A deck with id `t` and these top-level keys and facts.
    private func testDeck(_ body: String) -> Deck {
        deck("recall: 1\nid: t\ntitle: T\n" + body)
    }
}
