import DeckModel

/// sequence facts: *order* (arrange), *next* (what comes after X), *recall-all* (in order).
extension QuestionGenerator {
    func sequenceQuestion(_ card: CardKey, _ fact: Fact, _ sequence: SequenceFact, _ random: inout SeededRandom) -> Question? {
        let name = Phrasing.sequenceName(sequence.name)
        let items = sequence.items
        switch card.kind {
        case .order:
            return arrangeQuestion(card, prompt: "Put in order: \(name).", inOrder: items, &random)
        case .next:
            let index = random.below(items.count - 1)
            var question = typedQuestion(
                card, prompt: "\(capitalized(name)): what comes after \(items[index])?", answer: items[index + 1],
                forbidden: [items[index]])
            question.reveal = items.joined(separator: " → ")
            return question
        case .recallAll:
            return Question(
                card: card, prompt: "List all \(items.count) \(Phrasing.groupName(name)), in order.", answers: items,
                accepted: items.flatMap { vocabulary.spellings(of: $0).dropFirst() },
                expected: .items(acceptedItems(items), ordered: true))
        default:
            return nil
        }
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
