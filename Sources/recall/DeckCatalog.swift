import DeckFormat
import DeckModel
import Questions
import Storage

/// The decks a command works on: one named deck, or every deck Recall can find (the
/// shipped ones and those in `$RECALL_HOME/decks`), each with its question generator.
struct DeckCatalog {
    let generators: [QuestionGenerator]

    /// One deck when `name` is given, else all of them. Decks with errors are skipped when
    /// listing all (with a note); a named deck with errors is an error.
    static func load(_ name: String?) throws -> DeckCatalog {
        if let name { return DeckCatalog(generators: [QuestionGenerator(deck: try DeckLocator.load(name))]) }
        var generators: [QuestionGenerator] = []
        var seen = Set<String>()
        for file in DeckLocator.searchFolders().flatMap(DeckDiscovery.deckFiles(in:)) {
            guard case .loaded(let generator) = RecallHome.deckCache.load(path: file) else {
                Stderr.write("note: \(file) has errors and is skipped; see `recall check \(file)`")
                continue
            }
            guard seen.insert(generator.deck.id).inserted else {
                Stderr.write("note: \(file) repeats the deck id '\(generator.deck.id)' and is skipped")
                continue
            }
            generators.append(generator)
        }
        return DeckCatalog(generators: generators)
    }

    /// Every card of every deck, in deck order, as keys.
    var cardKeys: [CardKey] {
        generators.flatMap(\.cardKeys)
    }

    func generator(for card: CardKey) -> QuestionGenerator? {
        generators.first { $0.deck.id == card.deck }
    }
}
