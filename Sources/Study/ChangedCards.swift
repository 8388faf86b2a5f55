import DeckModel
import Questions
import Review

/// Cards whose fact a teacher changed since the card was last answered: each is shown once
/// more soon, then counts as seen again (its next answer records the new fingerprint).
public enum ChangedCards {
    public static func find(in generators: [QuestionGenerator], book: CardBook) -> Set<CardKey> {
        var changed = Set<CardKey>()
        for generator in generators {
            for card in generator.cardKeys {
                guard let recorded = book.cards[card]?.factHash, let current = generator.factHashes[card.fact],
                    recorded != current
                else { continue }
                changed.insert(card)
            }
        }
        return changed
    }
}
