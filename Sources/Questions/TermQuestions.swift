import DeckModel

/// term facts: *define* (term → meaning), *name* (meaning → term), *choose* (which meaning).
///
/// For an abbreviation, every option of *choose* spells its letters (or is a declared
/// mistake): other meanings would let the initials give the answer away.
extension QuestionGenerator {
    func termFeasibleKinds(_ fact: Fact, _ term: TermFact) -> Set<QuestionKind> {
        var kinds: Set<QuestionKind> = [.define]
        if !Phrasing.mentions(term.term, in: namePrompt(term)) { kinds.insert(.name) }
        let fair = !Phrasing.isAbbreviation(term.term) || Acronym.fits(term.term, term.means)
        if fair, hasDistractors(meaningDistractors(fact, term)) { kinds.insert(.choose) }
        return kinds
    }

    func termQuestion(_ card: CardKey, _ fact: Fact, _ term: TermFact, _ random: inout SeededRandom) -> Question? {
        let abbreviation = Phrasing.isAbbreviation(term.term)
        let definePrompt =
            abbreviation
            ? "What does \(term.term) stand for?" : "What does \(Phrasing.quoted(term.term)) mean?"
        switch card.kind {
        case .define:
            var question = typedQuestion(
                card, prompt: definePrompt, answer: term.means, accept: term.accept, forbidden: [term.term],
                rivals: term.wrong + poolMembers(of: fact))
            if abbreviation, case .text(var accepted) = question.expected {
                accepted.letterWords = Acronym.letterWords(of: term.term, in: term.means) ?? []
                question.expected = .text(accepted)
            }
            return question
        case .name:
            return typedQuestion(
                card, prompt: namePrompt(term), answer: term.term, forbidden: [term.means] + term.accept)
        case .choose:
            let distractors = pickDistractors(meaningDistractors(fact, term), count: Self.maximumOptions - 1, &random)
            guard distractors.count >= Self.minimumDistractors else { return nil }
            var question = choiceQuestion(
                card, prompt: definePrompt, right: term.means, distractors: distractors, &random)
            // A deck alias may link the term to its meaning; the term still does not answer.
            question.accepted.removeAll { $0.folded() == term.term.folded() }
            return question
        default:
            return nil
        }
    }

    /// "What is the abbreviation of "Regional Anti-Terrorist Structure"?" or "Which term
    /// means "…"?": the meaning in quotes, so that no article is needed before it.
    private func namePrompt(_ term: TermFact) -> String {
        Phrasing.isAbbreviation(term.term)
            ? "What is the abbreviation of \(Phrasing.quoted(term.means))?"
            : "Which term means \(Phrasing.quoted(term.means))?"
    }

    /// The declared wrong meanings, then meanings from the fact's pool and those of other
    /// terms; never this term's own. For an abbreviation, only meanings that spell it.
    private func meaningDistractors(_ fact: Fact, _ term: TermFact) -> DistractorSource {
        let abbreviation = Phrasing.isAbbreviation(term.term)
        let spells: (String) -> Bool = abbreviation ? { Acronym.fits(term.term, $0) } : { _ in true }
        return DistractorSource(
            excluding: [term.means] + term.accept, right: term.means,
            tiers: { .list(term.wrong) }, { .list(poolMembers(of: fact)).filter(spells) },
            {
                let terms =
                    abbreviation
                    ? index.terms(spelling: Acronym.letters(of: term.term)) : index.facts(of: .term)
                return CandidateTier(size: terms.count) { position in
                    let other = deck.facts[terms[position]]
                    guard other.id != fact.id, case .term(let otherTerm) = other.content else { return nil }
                    return otherTerm.means
                }
            })
    }
}
