import Progress
import Questions

/// Cards whose fact a teacher changed since the card was last answered: each is shown once
/// more soon, then counts as seen again (its next answer records the new fingerprint).
public enum ChangedCards {
    public static func find(in generators: [QuestionGenerator], book: CardBook) -> Set<String> {
        var changed = Set<String>()
        for generator in generators {
            for (card, key) in zip(generator.cards(), generator.cardKeys) {
                guard let recorded = book.cards[key]?.factHash, let current = generator.factHashes[card.fact],
                      recorded != current
                else { continue }
                changed.insert(key)
            }
        }
        return changed
    }
}
