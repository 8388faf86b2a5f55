import DeckModel

/// sequence facts: *order* (arrange), *next* (what comes after X), *recall-all* (in order).
extension QuestionGenerator {
    func sequenceQuestion(_ card: CardKey, _ fact: Fact, _ sequence: SequenceFact, _ random: inout SeededRandom)
        -> Question?
    {
        let name = Phrasing.sequenceName(sequence.name)
        let items = sequence.items
        switch card.kind {
        case .order:
            return arrangeQuestion(card, prompt: "Put in order: \(name).", inOrder: items, &random)
        case .next:
            let index = random.below(items.count - 1)
            var question = typedQuestion(
                card, prompt: "\(name.capitalizedFirst): what comes after \(items[index])?", answer: items[index + 1],
                forbidden: [items[index]], rivals: items.filter { $0 != items[index + 1] })
            question.reveal = items.joined(separator: " → ")
            return question
        case .recallAll:
            let group = Phrasing.groupName(name)
            let inOrder = name.lowercased().contains("order") ? "" : ", in order"
            let prompt =
                Phrasing.mentionsCount(items.count, in: group)
                ? "List the \(group)\(inOrder)." : "List all \(items.count) \(group)\(inOrder)."
            return Question(
                card: card, prompt: prompt, answers: items,
                accepted: items.flatMap { vocabulary.spellings(of: $0).dropFirst() },
                expected: .items(acceptedItems(items), ordered: true))
        default:
            return nil
        }
    }
}
