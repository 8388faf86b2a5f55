import DeckModel
import Testing

@testable import Questions

/// One golden example of every question kind, from the sample deck with seed 5: the exact
/// prompt, options and answers a learner sees.
@Suite struct GoldenQuestionTests {
    struct Golden: Sendable, CustomStringConvertible {
        var card: String
        var prompt: String
        var options: [String]?
        var answers: [String]
        var description: String { card }
    }

    static let examples: [Golden] = [
        Golden(
            card: "sample/rats/define", prompt: "What does RATS stand for?",
            options: nil,
            answers: ["Regional Anti-Terrorist Structure"]),
        Golden(
            card: "sample/rats/name", prompt: "What is the abbreviation of \"Regional Anti-Terrorist Structure\"?",
            options: nil,
            answers: ["RATS"]),
        Golden(
            card: "sample/rats/choose", prompt: "What does RATS stand for?",
            options: [
                "Regional Anti-Terrorism Secretariat", "Russian-Asian Treaty on Security",
                "Regional Anti-Terrorist Structure",
            ],
            answers: ["Regional Anti-Terrorist Structure"]),
        Golden(
            card: "sample/charter/when", prompt: "On what date was the SCO Charter signed?",
            options: nil,
            answers: ["7 June 2002"]),
        Golden(
            card: "sample/charter/when-choice", prompt: "On what date was the SCO Charter signed?",
            options: ["7 June 2002", "17 June 2003", "17 May 2002", "7 May 2003"],
            answers: ["7 June 2002"]),
        Golden(
            card: "sample/charter/what-happened", prompt: "Which of these happened on 7 June 2002?",
            options: [
                "The Shanghai Five was created", "The SCO Energy Club was created",
                "The SCO became a UN observer", "The SCO Charter was signed",
            ],
            answers: ["The SCO Charter was signed"]),
        Golden(
            card: "sample/charter/where", prompt: "Where was the SCO Charter signed?",
            options: nil,
            answers: ["St Petersburg"]),
        Golden(
            card: "sample/charter/which-first", prompt: "Which happened first?",
            options: ["The SCO Energy Club was created", "The SCO Charter was signed"],
            answers: ["The SCO Charter was signed"]),
        Golden(
            card: "sample/charter/chronology", prompt: "Put these events in order, earliest first.",
            options: [
                "The SCO Energy Club was created", "The SCO became a UN observer",
                "The Shanghai Five was created", "The SCO Charter was signed",
            ],
            answers: [
                "The Shanghai Five was created", "The SCO Charter was signed",
                "The SCO became a UN observer", "The SCO Energy Club was created",
            ]),
        Golden(
            card: "sample/un/when", prompt: "The SCO became a UN observer in what year?",
            options: nil,
            answers: ["2004"]),
        Golden(
            card: "sample/founders/recall-all", prompt: "Name all 5 founding members of the Shanghai Five.",
            options: nil,
            answers: ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]),
        Golden(
            card: "sample/founders/which-member",
            prompt: "Which of these is one of the founding members of the Shanghai Five?",
            options: ["India", "Russia", "Uzbekistan", "Iraq"],
            answers: ["Russia"]),
        Golden(
            card: "sample/founders/odd-one-out",
            prompt: "Which of these is NOT one of the founding members of the Shanghai Five?",
            options: ["Uzbekistan", "China", "Kyrgyzstan", "Russia"],
            answers: ["Uzbekistan"]),
        Golden(
            card: "sample/founders/is-member",
            prompt: "True or false: the founding members of the Shanghai Five include India.",
            options: ["True", "False"],
            answers: ["False"]),
        Golden(
            card: "sample/languages/how-many", prompt: "How many official languages of the SCO are there?",
            options: nil,
            answers: ["2"]),
        Golden(
            card: "sample/venues/order", prompt: "Put in order: Shanghai Five summit venues.",
            options: ["Moscow", "Bishkek", "Dushanbe", "Almaty", "Shanghai"],
            answers: ["Shanghai", "Moscow", "Almaty", "Bishkek", "Dushanbe"]),
        Golden(
            card: "sample/venues/next", prompt: "Shanghai Five summit venues: what comes after Shanghai?",
            options: nil,
            answers: ["Moscow"]),
        Golden(
            card: "sample/venues/recall-all", prompt: "List all 5 Shanghai Five summit venues, in order.",
            options: nil,
            answers: ["Shanghai", "Moscow", "Almaty", "Bishkek", "Dushanbe"]),
        Golden(
            card: "sample/members/value", prompt: "As of September 2025, how many member states does the SCO have?",
            options: nil,
            answers: ["10"]),
        Golden(
            card: "sample/area/value-choice",
            prompt: "What is the share of Eurasia's area covered by SCO states? (in %)",
            options: ["65%", "72%", "86%", "51%"],
            answers: ["65%"]),
        Golden(
            card: "sample/evils/fill/2", prompt: "Fill in the blank: RATS fights terrorism, _____ and extremism.",
            options: nil,
            answers: ["separatism"]),
        Golden(
            card: "sample/chs/answer", prompt: "What is the SCO's supreme decision-making body?",
            options: nil,
            answers: ["Council of Heads of State"]),
        Golden(
            card: "sample/chs/choice", prompt: "What is the SCO's supreme decision-making body?",
            options: [
                "Council of Heads of State", "Council of National Coordinators",
                "Council of Foreign Ministers", "Secretariat",
            ],
            answers: ["Council of Heads of State"]),
    ]

    @Test func everyQuestionKindHasAGoldenExample() {
        let covered = Set(Self.examples.compactMap { CardKey($0.card)?.kind })
        #expect(covered == Set(QuestionKind.allCases))
    }

    @Test(arguments: examples)
    func matchesTheGoldenExample(_ golden: Golden) throws {
        let all = QuestionSet.make(from: QuestionGenerator(deck: sampleDeck), count: nil, seed: 5)
        let question = try #require(all.first { $0.card.description == golden.card })
        #expect(question.prompt == golden.prompt)
        #expect(question.options == golden.options)
        #expect(question.answers == golden.answers)
    }
}
