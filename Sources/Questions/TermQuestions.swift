import DeckModel

/// term facts: *define* (term → meaning), *name* (meaning → term), *choose* (which meaning).
extension QuestionGenerator {
    func termFeasibleKinds(_ fact: Fact, _ term: TermFact) -> Set<QuestionKind> {
        hasDistractors(meaningDistractors(fact, term)) ? [.define, .name, .choose] : [.define, .name]
    }

    func termQuestion(_ card: CardKey, _ fact: Fact, _ term: TermFact, _ random: inout SeededRandom) -> Question? {
        let abbreviation = Phrasing.isAbbreviation(term.term)
        let definePrompt = abbreviation ? "What does \(term.term) stand for?" : "What does \"\(term.term)\" mean?"
        switch card.kind {
        case .define:
            return typedQuestion(card, prompt: definePrompt, answer: term.means, accept: term.accept, forbidden: [term.term])
        case .name:
            let prompt = abbreviation
                ? "What is the abbreviation for \(term.means)?"
                : "Which term means \"\(term.means)\"?"
            return typedQuestion(card, prompt: prompt, answer: term.term, forbidden: [term.means] + term.accept)
        case .choose:
            let distractors = pickDistractors(meaningDistractors(fact, term), count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            return choiceQuestion(card, prompt: definePrompt, right: term.means, distractors: distractors, &random)
        default:
            return nil
        }
    }

    /// Meanings from the fact's pool, if any, then those of other terms; never this term's own.
    private func meaningDistractors(_ fact: Fact, _ term: TermFact) -> DistractorSource {
        DistractorSource(excluding: [term.means] + term.accept, tiers: { .list(poolMembers(of: fact)) }, {
            let terms = index.facts(of: .term)
            return CandidateTier(size: terms.count) { position in
                let other = deck.facts[terms[position]]
                guard other.id != fact.id, case .term(let otherTerm) = other.content else { return nil }
                return otherTerm.means
            }
        })
    }
}
