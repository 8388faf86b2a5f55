import DeckModel

/// question facts: *answer* (typed) and *choice* (multiple choice).
///
/// The choice draws first on the teacher's `wrong:` answers, then on the fact's pool and on
/// the answers of other questions that share that pool. Questions without a pool have no
/// siblings: their answers belong to unrelated questions and would make junk options.
extension QuestionGenerator {
    func freeFeasibleKinds(_ fact: Fact, _ question: QuestionFact) -> Set<QuestionKind> {
        hasDistractors(wrongAnswers(fact, question)) ? [.answer, .choice] : [.answer]
    }

    func freeQuestion(_ card: CardKey, _ fact: Fact, _ question: QuestionFact, _ random: inout SeededRandom) -> Question? {
        switch card.kind {
        case .answer:
            return typedQuestion(card, prompt: question.prompt, answer: question.answer, accept: question.accept)
        case .choice:
            let distractors = pickDistractors(wrongAnswers(fact, question), count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            return choiceQuestion(card, prompt: question.prompt, right: question.answer, distractors: distractors, &random)
        default:
            return nil
        }
    }

    private func wrongAnswers(_ fact: Fact, _ question: QuestionFact) -> DistractorSource {
        DistractorSource(
            excluding: [question.answer] + question.accept,
            tiers: { .list(question.wrong) }, { .list(poolMembers(of: fact)) },
            { answersTier(fact.pool == nil ? [] : siblings(of: fact)) })
    }
}
