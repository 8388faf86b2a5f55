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
        if let name { return DeckCatalog(generators: [try DeckLocator.loadForProgress(name)]) }
        let (chosen, notes) = try DeckIDs.resolve(known())
        notes.forEach { Stderr.write("note: " + $0) }
        return DeckCatalog(generators: chosen.map(\.generator))
    }

    /// Every deck in the search folders that loads (the others with a note), shipped first.
    static func known() -> [DeckIDs.Entry] {
        DeckLocator.searchFolders().flatMap(DeckDiscovery.deckFiles(in:)).compactMap { file in
            guard case .loaded(let generator) = RecallHome.deckCache.load(path: file) else {
                Stderr.write("note: \(file) has errors and is skipped; see `recall check \(file)`")
                return nil
            }
            return DeckIDs.Entry(generator: generator, path: file, origin: DeckIDs.origin(of: file))
        }
    }

    /// Every card of every deck, in deck order, as keys.
    var cardKeys: [CardKey] {
        generators.flatMap(\.cardKeys)
    }

    func generator(for card: CardKey) -> QuestionGenerator? {
        generators.first { $0.deck.id == card.deck }
    }
}
