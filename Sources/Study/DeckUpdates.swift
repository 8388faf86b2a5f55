import DeckModel
import Questions

/// Tells a learner what changed in their decks since they last opened Recall.
public enum DeckUpdates {
    /// One line per deck that changed ("Shanghai Cooperation Organisation: 3 facts updated,
    /// 1 new"), and what to remember from now on. Decks seen for the first time are not
    /// reported.
    public static func check(_ generators: [QuestionGenerator], remembered: [String: [String: String]])
        -> (changes: [String: String], remember: [String: [String: String]])
    {
        var changes: [String: String] = [:]
        var remember = remembered
        for generator in generators {
            let deck = generator.deck
            // Most starts find every deck as it was: one comparison of the fingerprints tells.
            if let before = remembered[deck.id], before != generator.factHashes {
                let diff = DeckDiff.between(remembered: before, now: deck, fingerprints: generator.factHashes)
                if !diff.isEmpty { changes[deck.id] = diff.summary }
            }
            remember[deck.id] = generator.factHashes
        }
        return (changes, remember)
    }
}
