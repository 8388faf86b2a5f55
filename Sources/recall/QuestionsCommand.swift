import ArgumentParser
import Questions

/// `recall questions DECK`: prints questions, as a preview, a worksheet or JSON.
struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "Print questions from a deck: a preview, a printable worksheet, or JSON.",
        discussion: """
            DECK is a deck file or the id of a shipped deck (e.g. sco). The same --seed gives
            byte-identical output. `recall quiz DECK --plain` with the same --seed, --count and
            --kind asks exactly these questions, in this order.
            """
    )

    @Argument(help: "A deck file, or a deck id such as 'sco'.")
    var deck: String

    @Flag(help: "One question for every card of the deck, in deck order (ignores --count).")
    var all = false

    @OptionGroup var selection: QuestionOptions

    @Option(help: "Output format: text (a preview with answers), markdown (a worksheet with an answer key) or json.")
    var format: Worksheet.Format = .text

    func run() throws {
        let deck = try DeckLocator.load(self.deck)
        let seed = selection.resolvedSeed()
        let generator = QuestionGenerator(deck: deck)
        let questions = QuestionSet.make(
            from: generator, kinds: try selection.kindSet(), count: all ? nil : selection.count, seed: seed)
        let sheet = Worksheet(deckID: deck.id, title: deck.title, seed: seed, questions: questions)
        print(sheet.render(format), terminator: "")
    }
}

extension Worksheet.Format: ExpressibleByArgument {}
