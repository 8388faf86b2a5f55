import DeckModel

/// cloze facts: one *fill* card per blank.
extension QuestionGenerator {
    func clozeQuestion(_ card: CardKey, _ fact: Fact, _ cloze: ClozeFact) -> Question? {
        guard card.kind == .fill, let number = card.blank, cloze.blanks.indices.contains(number - 1) else { return nil }
        let blank = cloze.blanks[number - 1]
        return typedQuestion(
            card, prompt: Phrasing.clozePrompt(cloze, gap: number - 1), answer: blank.answer, accept: blank.accept,
            rivals: cloze.wrong)
    }
}
