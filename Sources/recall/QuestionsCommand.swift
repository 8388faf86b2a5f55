import ArgumentParser
import Foundation
import Questions

/// `recall questions DECK`: prints questions, as a preview, a worksheet or JSON.
struct QuestionsCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "Print questions from a deck: a preview, a printable worksheet, or JSON.",
        discussion: """
            DECK is a deck file or the id of a shipped deck (e.g. sco). The same --seed gives \
            byte-identical output. `recall quiz DECK --plain` with the same --seed, --count and \
            --kind asks exactly these questions, in this order.
            """
    )

    @Argument(help: "A deck file, or a deck id such as 'sco'.")
    var deck: String

    @Flag(help: "One question for every card of the deck, in deck order (ignores --count).")
    var all = false

    @OptionGroup var selection: QuestionOptions

    @Option(
        help: ArgumentHelp(
            "Output format: text (a preview with answers), markdown or html (a printable worksheet with an answer "
                + "key), or json."))
    var format: Worksheet.Format = .text

    @Option(help: "The worksheet's title (default: the deck's title).")
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Print several versions, e.g. A,B: each with its own questions (its own seed) but the same mix of "
                + "question kinds.",
            valueName: "labels"))
    var versions: String?

    func validate() throws {
        if let versions,
            versions.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        {
            throw ValidationError("--versions takes labels separated by commas, such as A,B")
        }
    }

    func run() throws {
        let generator = try DeckLocator.generator(self.deck)
        let deck = generator.deck
        let seed = selection.resolvedSeed()
        let questions = QuestionSet.make(
            from: generator, kinds: try selection.kindSet(), count: all ? nil : selection.resolvedCount, seed: seed)
        var sheet = Worksheet(deckID: deck.id, title: title ?? deck.title, seed: seed, questions: questions)
        if let versions {
            let labels = versions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let plan = questions.map(\.kind)
            sheet.versions = labels.enumerated().map { index, label in
                let versionSeed = QuestionSet.versionSeed(seed, index: index)
                return Worksheet.Version(
                    label: label, seed: versionSeed,
                    questions: index == 0
                        ? questions : QuestionSet.make(from: generator, kinds: plan, seed: versionSeed))
            }
        }
        print(sheet.render(format), terminator: "")
    }
}

extension Worksheet.Format: ExpressibleByArgument {}
