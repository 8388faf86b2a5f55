import ArgumentParser
import DeckFormat
import DeckModel
import Foundation

/// `recall import FILE`: a deck from a Quizlet, Anki, CSV or TSV export.
struct ImportCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a deck from a Quizlet, Anki, CSV or TSV export.",
        discussion: """
            Formats, found from the file when --format is not given:

            csv: comma-separated, RFC 4180 quoting; a header row may name the columns \
            (front/term/question, back/definition/answer, tags).
            tsv: tab-separated, the same way.
            quizlet: Quizlet's export, term, TAB, definition, one card per line; set --separator and \
            --row-separator for custom separators (\\n and \\t may be typed as escapes).
            anki: Anki's "Notes in Plain Text" export, with its #separator:, #html:, #tags column:, #deck: and \
            #notetype: header lines; HTML becomes text, and cloze notes ({{c1::...}}) become cloze facts.

            Each card becomes a term fact, or a question fact when its front ends with "?". \
            Tags are kept. Skipped rows are reported with their line and why. The deck is \
            checked before it is written, and never overwrites a file unless --force.
            """
    )

    @Argument(help: "The export file.")
    var file: String

    @Option(help: "Where to write the deck (default: the export's name with .yaml, beside it).")
    var out: String?

    @Option(help: "The deck id (default: from the file name).")
    var id: String?

    @Option(help: "The deck title (default: Anki's #deck:, else the file name).")
    var title: String?

    @Option(help: "The format: csv, tsv, quizlet or anki (default: detected).")
    var format: DeckImporter.Format?

    @Option(help: "Quizlet's separator between term and definition (default: a tab).")
    var separator: String?

    @Option(help: "Quizlet's separator between cards (default: a new line).")
    var rowSeparator: String?

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    func validate() throws {
        try DeckFileOutput.validate(id: id)
    }

    func run() throws {
        let text = try TextFiles.read(file, hint: "export it again as UTF-8 (Quizlet and Anki both do by default)")
        let options = DeckImporter.Options(
            format: format, separator: separator, rowSeparator: rowSeparator,
            deckID: id, title: title)
        let result: DeckImporter.Result
        do {
            result = try DeckImporter.importDeck(text, fileName: file, options: options)
        } catch {
            for skipped in error.skipped { Stderr.write("\(file):\(skipped.line): skipped: \(skipped.reason)") }
            Stderr.write("error: \(error)")
            throw ExitCode(1)
        }
        let destination = out ?? ((file as NSString).deletingPathExtension + ".yaml")
        try DeckFileOutput.refuseExisting(destination, force: force)
        let yaml = DeckWriter.yaml(
            result.deck, comment: "Imported by recall import from \((file as NSString).lastPathComponent).")
        // The deck must load as written: check it before it reaches the disk.
        let check = DeckLoader.decode(bytes: Array(yaml.utf8), path: destination, syntax: .yaml)
        guard check.errors.isEmpty else {
            check.errors.forEach { Stderr.write($0.formatted) }
            Stderr.write(
                "error: the imported deck does not pass recall check; this is a bug in recall import, please report it")
            throw ExitCode(1)
        }
        try DeckFileOutput.write(yaml, to: destination)
        for skipped in result.skipped { Stderr.write("\(file):\(skipped.line): skipped: \(skipped.reason)") }
        let kinds = Dictionary(grouping: result.deck.facts, by: \.kind).mapValues(\.count)
        let mix = FactKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }.joined(
            separator: ", ")
        print(
            "imported \(result.deck.facts.count) card\(result.deck.facts.count == 1 ? "" : "s") from \(file) "
                + "(\(result.format.rawValue)) into \(destination): \(mix)"
        )
        if !result.skipped.isEmpty {
            print("skipped \(result.skipped.count) row\(result.skipped.count == 1 ? "" : "s"); see the lines above")
        }
    }
}

extension DeckImporter.Format: ExpressibleByArgument {}
