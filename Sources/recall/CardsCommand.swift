import ArgumentParser
import Questions

/// `recall cards DECK`: lists the keys of a deck's cards.
struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List the keys of a deck's cards, one per line (DECK/FACT/KIND, plus /N for a cloze blank).",
        discussion: "Keys use ids, never text, so rewording a fact keeps its cards and their progress."
    )

    @Argument(help: "A deck file, or a deck id such as 'sco'.")
    var deck: String

    func run() throws {
        for card in try DeckLocator.generator(deck).cardKeys { print(card) }
    }
}
