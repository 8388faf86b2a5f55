import ArgumentParser
import DeckFormat
import DeckModel

/// `recall diff OLD NEW`: what changed between two versions of a deck.
struct DiffCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how a deck changed between two versions, fact by fact.",
        discussion: """
            Facts are matched by id. The first line is the summary learners see ("3 facts \
            updated, 1 new, 2 removed"); then one line per fact: + new, - removed, ~ updated \
            with the fields that changed. Learners keep their progress on updated facts, and \
            those facts' cards come back once soon.
            """
    )

    @Argument(help: "The older deck file.")
    var old: String

    @Argument(help: "The newer deck file.")
    var new: String

    func run() throws {
        let before = try load(old)
        let after = try load(new)
        let diff = DeckDiff.between(before, after)
        print(diff.summary)
        for id in diff.added { print("+ \(id): \(after.fact(id: id)!.content.summary)") }
        for change in diff.updated {
            let details = change.fields.map { "\($0.name) \"\($0.old)\" → \"\($0.new)\"" }.joined(separator: "; ")
            print("~ \(change.id): \(details)")
        }
        for id in diff.removed { print("- \(id): \(before.fact(id: id)!.content.summary)") }
    }

    private func load(_ path: String) throws -> Deck {
        let result = DeckLoader.load(path: path)
        guard let deck = result.deck else {
            result.diagnostics.forEach { Stderr.write($0.formatted) }
            Stderr.write("\(path) has errors; fix them first (recall check \(path))")
            throw ExitCode(1)
        }
        return deck
    }
}
