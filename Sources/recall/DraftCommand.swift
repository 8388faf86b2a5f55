import ArgumentParser
import DeckModel
import Drafting
import Foundation

/// `recall draft NOTES...`: study notes read into a draft deck that passes `recall check`,
/// for a teacher or a candidate to review instead of write.
struct DraftCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a deck from study notes (plain text or Markdown).",
        discussion: """
            Reads the notes and drafts facts from what they say: acronyms spelt out ("Regional Anti-Terrorist \
            Structure (RATS)"), dates in prose, lists under a heading, figures, definitions ("X: Y", "X ==> Y"), \
            places, and fill-ins for other lines that name something. Nothing is invented: every answer is text \
            from the notes, errors and all; each fact quotes its line in a comment and gives it as source: \
            NAME:LINE, and a fact the drafter is unsure of carries review: with the reason.

            The deck always passes recall check. Then a summary, and each line not used as FILE:LINE: not used: \
            REASON. Exit status: 0 when a deck was written, 1 when nothing could be read or drafted, 2 for a \
            usage error.

            Example: recall draft notes/eco.txt --title "Economic Cooperation Organization"
            """
    )

    @Argument(help: "Notes files: plain text or Markdown, UTF-8 or Windows-1252.")
    var notes: [String]

    @Option(help: "The deck file to write (default: the notes' name with .yaml, beside them; needed with several).")
    var out: String?

    @Option(help: "The deck id (default: a slug of the notes' name).")
    var id: String?

    @Option(help: "The deck's title (default: the notes' name).")
    var title: String?

    @Flag(help: "Replace the deck file if it exists.")
    var force = false

    func validate() throws {
        if notes.isEmpty { throw ValidationError("give the notes to draft from: recall draft NOTES.txt") }
        if notes.count > 1, out == nil {
            throw ValidationError("with several notes files, say where to write: --out FILE")
        }
        try DeckFileOutput.validate(id: id)
    }

    func run() throws {
        var drafted: [DraftFact] = []
        var unused: [(file: String, line: UnusedLine)] = []
        var lineCount = 0
        for file in notes {
            // Notes that cannot be read are nothing to draft (exit 1), not a usage error.
            let text: String
            do {
                text = try TextFiles.read(file, hint: "save the notes as plain text (UTF-8) and draft them again")
            } catch let error as UsageError {
                Stderr.write("error: \(error)")
                throw ExitCode(1)
            }
            let name = (file as NSString).lastPathComponent
            let (facts, skipped) = NotesDrafter.draft(text)
            drafted += facts.map { fact in
                var fact = fact
                fact.file = name
                return fact
            }
            unused += skipped.map { (file, $0) }
            lineCount +=
                text.split(separator: "\n", omittingEmptySubsequences: false).filter {
                    !$0.allSatisfy(\.isWhitespace)
                }.count
        }
        let first = (notes[0] as NSString).lastPathComponent
        let stem = (first as NSString).deletingPathExtension
        let deckID = id ?? (Slug.derive(from: stem).isEmpty ? "notes" : Slug.derive(from: stem))
        let destination = out ?? ((notes[0] as NSString).deletingPathExtension + ".yaml")
        let deck = DraftDeck(
            facts: drafted, id: deckID, title: title ?? stem,
            notes: notes.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
        for (fact, reason) in deck.refused {
            let file = notes.first { ($0 as NSString).lastPathComponent == fact.file } ?? notes[0]
            unused.append((file, UnusedLine(line: fact.line, text: fact.quote, reason: "not drafted: \(reason)")))
        }
        guard !deck.facts.isEmpty else {
            unused.forEach { Stderr.write("\($0.file):\($0.line.line): not used: \($0.line.reason)") }
            Stderr.write("error: nothing in \(notes.joined(separator: ", ")) could be drafted into a fact")
            throw ExitCode(1)
        }
        try DeckFileOutput.refuseExisting(destination, force: force)
        try DeckFileOutput.write(deck.yaml, to: destination)
        if DeckCatalog.known().contains(where: { $0.generator.deck.id == deckID && $0.path != destination }) {
            Stderr.write(
                "warning: an installed deck already has the id '\(deckID)'; give this one its own with --id before "
                    + "you install it")
        }
        print(deck.summary(lines: lineCount, unused: unused.count) + "; written to \(destination)")
        for (file, line) in unused.sorted(by: { ($0.file, $0.line.line) < ($1.file, $1.line.line) }) {
            print("\(file):\(line.line): not used: \(line.reason)")
        }
    }
}
