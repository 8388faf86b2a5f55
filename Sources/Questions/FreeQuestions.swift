import DeckModel

/// question facts: *answer* (typed) and *choice* (multiple choice).
///
/// The choice draws first on the teacher's `wrong:` answers, then on the fact's pool and on
/// the answers of other questions that share that pool. Questions without a pool have no
/// siblings: their answers belong to unrelated questions and would make junk options.
///
/// A question answered Yes or No is only asked as multiple choice, with both a Yes and a No
/// among its options: typed, it would be a coin toss.
extension QuestionGenerator {
    func freeFeasibleKinds(_ fact: Fact, _ question: QuestionFact) -> Set<QuestionKind> {
        let enough = hasDistractors(wrongAnswers(fact, question))
        guard let polarity = YesNo.polarity(of: question.answer) else {
            return enough ? [.answer, .choice] : [.answer]
        }
        let both =
            hasDistractors(answers(fact, question, polarity, same: true), count: 1)
            && hasDistractors(answers(fact, question, polarity, same: false), count: 1)
        return enough && both ? [.choice] : []
    }

    func freeQuestion(_ card: CardKey, _ fact: Fact, _ question: QuestionFact, _ random: inout SeededRandom)
        -> Question?
    {
        switch card.kind {
        case .answer:
            let byWords = WordForms.contentStems(question.answer.folded()).count >= 3
            return typedQuestion(
                card, prompt: question.prompt, answer: question.answer, accept: question.accept,
                rivals: question.wrong + poolMembers(of: fact), byWords: byWords)
        case .choice:
            var distractors: [String] = []
            if let polarity = YesNo.polarity(of: question.answer) {
                // One more of the right answer's Yes or No, one of the other, then any.
                for same in [true, false] {
                    let source = answers(fact, question, polarity, same: same, besides: distractors)
                    distractors += pickDistractors(source, count: 1, &random)
                }
            }
            let rest = Self.maximumOptions - 1 - distractors.count
            distractors += pickDistractors(wrongAnswers(fact, question, besides: distractors), count: rest, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            return choiceQuestion(
                card, prompt: question.prompt, right: question.answer, distractors: distractors, &random)
        default:
            return nil
        }
    }

    private func wrongAnswers(
        _ fact: Fact, _ question: QuestionFact, besides taken: [String] = []
    ) -> DistractorSource {
        DistractorSource(
            excluding: [question.answer] + question.accept + taken, right: question.answer,
            tiers: { .list(question.wrong) }, { .list(poolMembers(of: fact)) },
            { answersTier(fact.pool == nil ? [] : siblings(of: fact)) })
    }

    /// The wrong answers that open with the same Yes or No as the right one, or the other.
    private func answers(
        _ fact: Fact, _ question: QuestionFact, _ polarity: YesNo.Polarity, same: Bool, besides taken: [String] = []
    ) -> DistractorSource {
        DistractorSource(
            excluding: [question.answer] + question.accept + taken, right: question.answer,
            tiers: {
                .list(question.wrong + poolMembers(of: fact)).filter { text in
                    YesNo.polarity(of: text).map { ($0 == polarity) == same } ?? false
                }
            })
    }
}
