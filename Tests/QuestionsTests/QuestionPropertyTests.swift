import DeckModel
import Testing

@testable import Questions

/// Properties that hold for every card of every deck: right answers pass the checker,
/// distractors fail it, options are unique and exactly one is right.
@Suite struct QuestionPropertyTests {
    static var decks: [(String, Deck)] {
        var decks = [
            ("sco", shippedDeck("sco.yaml")), ("example", shippedDeck("example.yaml")), ("sample", sampleDeck),
        ]
        for seed: UInt64 in 1...12 {
            var generator = RandomDecks(seed: seed)
            decks.append(("random \(seed)", generator.deck(facts: 28)))
        }
        return decks
    }

    @Test func everyCardOfEveryDeckBehaves() {
        for (name, deck) in Self.decks {
            let generator = QuestionGenerator(deck: deck)
            let checker = AnswerChecker(vocabulary: generator.vocabulary)
            let cards = generator.cardKeys
            #expect(!cards.isEmpty)
            for seed: UInt64 in 1...4 {
                var random = SeededRandom(seed: seed)
                for card in cards {
                    guard let question = generator.question(for: card, random: &random) else {
                        Issue.record("\(name): \(card) has no question")
                        continue
                    }
                    check(question, checker, generator, deck: name)
                }
            }
        }
    }

    private func check(_ question: Question, _ checker: AnswerChecker, _ generator: QuestionGenerator, deck: String) {
        let context = "\(deck): \(question.card)"
        #expect(!question.prompt.isEmpty && !question.answers.isEmpty, "\(context)")
        switch question.kind.mode {
        case .typed:
            let canonical = question.kind == .recallAll ? question.answers.joined(separator: ", ") : question.answers[0]
            #expect(checker.check(canonical, for: question).grade == .correct, "\(context): \(canonical)")
            if question.kind != .recallAll {
                for accepted in question.accepted {
                    #expect(
                        checker.check(accepted, for: question).grade == .correct, "\(context): accepted \(accepted)")
                }
            }
        case .choice, .trueFalse:
            let options = question.options ?? []
            #expect(options.count >= 2, "\(context)")
            #expect(
                Set(options.map(generator.vocabulary.identity)).count == options.count,
                "\(context): repeated options \(options)")
            // Options that are numbers themselves are chosen by their text, not their position.
            if !options.contains(where: { Int($0) != nil }) {
                let right = options.indices.filter { checker.check("\($0 + 1)", for: question).grade == .correct }
                #expect(right.count == 1, "\(context): \(right.count) right options")
            }
            if question.kind.mode == .choice {
                let rightByText = options.filter { checker.check($0, for: question).grade == .correct }
                #expect(rightByText == question.answers, "\(context): by text \(rightByText)")
                for accepted in question.accepted {
                    #expect(
                        checker.check(accepted, for: question).grade == .correct, "\(context): accepted \(accepted)")
                }
                #expect(options.count >= 3 || question.kind == .whichFirst, "\(context): too few options")
            }
            checkMembership(question, generator, context: context)
        case .arrange:
            #expect(
                checker.check(question.answers.joined(separator: ", "), for: question).grade == .correct, "\(context)")
            #expect(question.options != question.answers, "\(context): shown already in order")
        }
    }

    /// Set questions never offer a member as a wrong option, nor a non-member as the right one.
    private func checkMembership(_ question: Question, _ generator: QuestionGenerator, context: String) {
        guard let fact = generator.deck.fact(id: question.factID), case .set(let set) = fact.content,
            let options = question.options, case .choice(let right) = question.expected
        else { return }
        let isMember = { (text: String) in set.members.contains { generator.vocabulary.same($0, text) } }
        switch question.kind {
        case .whichMember:
            #expect(options.indices.allSatisfy { isMember(options[$0]) == ($0 == right) }, "\(context): \(options)")
        case .oddOneOut:
            #expect(options.indices.allSatisfy { isMember(options[$0]) == ($0 != right) }, "\(context): \(options)")
        case .isMember:
            let named = set.members.contains { question.prompt.hasSuffix(" include \(Phrasing.withArticle($0)).") }
            #expect(named == (right == 0), "\(context): \(question.prompt)")
        default:
            break
        }
    }

    @Test func questionsAreReproducibleFromTheSeed() {
        let generator = QuestionGenerator(deck: shippedDeck("sco.yaml"))
        let first = QuestionSet.make(from: generator, count: 25, seed: 42)
        let again = QuestionSet.make(from: generator, count: 25, seed: 42)
        let other = QuestionSet.make(from: generator, count: 25, seed: 43)
        #expect(first == again)
        #expect(first != other)
        #expect(first.count == 25)
        #expect(Set(first.map(\.factID)).count == 25, "a sample takes one card per fact first")
    }

    @Test func kindsFilterTheCards() {
        let generator = QuestionGenerator(deck: shippedDeck("sco.yaml"))
        let dates = QuestionSet.make(from: generator, kinds: [.when, .chronology], count: 50, seed: 7)
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0.kind == .when || $0.kind == .chronology })
        let all = QuestionSet.make(from: generator, count: nil, seed: 7)
        #expect(all.map(\.card) == generator.cardKeys)
    }

    @Test func cardKeysAreStableAcrossRewording() {
        let original = sampleDeck
        var reworded = original
        guard case .term(var term) = reworded.facts[0].content else {
            Issue.record("not a term")
            return
        }
        term.means = "Regional Anti Terrorist Structure (SCO)"
        reworded.facts[0].content = .term(term)
        #expect(QuestionGenerator(deck: original).cardKeys == QuestionGenerator(deck: reworded).cardKeys)
        #expect(QuestionGenerator(deck: original).cardKeys.map(\.description).contains("sample/evils/fill/2"))
        #expect(CardKey("sample/evils/fill/2") == CardKey(deck: "sample", fact: "evils", kind: .fill, blank: 2))
        #expect(CardKey("sample/evils/bogus") == nil)
    }

    @Test func cardKeysReadOnlyWhatTheyWrite() throws {
        let cloze = try #require(CardKey("sco-deck/three-evils/fill/12"))
        #expect((cloze.deck, cloze.fact, cloze.kind, cloze.blank) == ("sco-deck", "three-evils", .fill, 12))
        #expect(cloze.kindLabel == "fill 12" && cloze.factScope == "sco-deck/three-evils")
        let plain = try #require(CardKey("d/f/which-member"))
        #expect((plain.deck, plain.fact, plain.kind, plain.blank) == ("d", "f", .whichMember, nil))
        for kind in QuestionKind.allCases {
            #expect(CardKey("d/f/" + kind.rawValue)?.kind == kind)
        }
        let malformed = [
            "", "d", "d/f", "/f/when", "d//when", "d/f/", "d/f/whe", "d/f/when2", "d/f/When", "d/f/fill/",
            "d/f/fill/0", "d/f/fill/01", "d/f/fill/-1", "d/f/fill/1a", "d/f/fill/1/2", "d/f/fill/1234567890",
        ]
        for text in malformed {
            #expect(CardKey(text) == nil, "\(text) is not a card key")
        }
    }
}
