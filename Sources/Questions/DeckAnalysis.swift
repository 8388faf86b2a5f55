import DeckModel
import Synchronization

/// A deck's vocabulary and fact index, worked out on first use and then kept: asking
/// questions needs them, while listing cards and counting progress (`recall stats`,
/// `recall cards`) do not. For a 20,000-fact deck they are some 90 ms of a 200 ms load
/// from the cache (`recall-bench`).
final class DeckAnalysis: Sendable {
    /// A class, so that each use takes one reference rather than copying a dozen tables.
    final class Parts: Sendable {
        let vocabulary: DeckVocabulary
        let index: FactIndex

        init(vocabulary: DeckVocabulary, index: FactIndex) {
            (self.vocabulary, self.index) = (vocabulary, index)
        }
    }

    private let deck: Deck
    private let made = Mutex<Parts?>(nil)

    init(deck: Deck) {
        self.deck = deck
    }

    var parts: Parts {
        made.withLock { made in
            if let made { return made }
            let vocabulary = DeckVocabulary(deck: deck)
            let parts = Parts(vocabulary: vocabulary, index: FactIndex(deck: deck, vocabulary: vocabulary))
            made = parts
            return parts
        }
    }
}
