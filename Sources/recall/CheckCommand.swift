import ArgumentParser
import DeckFormat
import DeckModel
import Foundation
import Questions

/// `recall check PATH...`: validates deck files and prints one line per problem.
struct Check: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        abstract: "Check deck files for errors and print one line per problem.",
        discussion: """
            Each problem is printed on standard error as PATH:LINE:COL: error: MESSAGE \
            (or warning:), followed by a summary line. Folders are searched for *.yaml, \
            *.yml and *.json files (JSON Schema files, *.schema.json, are skipped).

            Exit status: 0 when no file has an error (warnings are allowed), 1 when any \
            file has an error, 2 when the command is used wrongly.
            """
    )

    @Argument(help: ArgumentHelp("Deck files or folders of decks to check.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Print the problems as a JSON array on standard output (file, line, column, severity, message).")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Warn about `as-of` dates older than this: years (2y), months (18mo), or never.", valueName: "age"))
    var staleAfter: String = "2y"

    @Flag(
        help: ArgumentHelp(
            "Also check the questions each deck yields (seeds 1 to 5): answers given away, templates that read badly, "
                + "options whose form tells the answer."))
    var questions = false

    /// The age in months, or nil for never.
    private func staleMonths() throws -> Int? {
        let text = staleAfter.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "never" { return nil }
        for (unit, months) in [("mo", 1), ("months", 1), ("month", 1), ("y", 12), ("years", 12), ("year", 12)]
        where text.hasSuffix(unit) {
            if let count = Int(text.dropLast(unit.count).trimmingCharacters(in: .whitespaces)), count >= 0 {
                return count * months
            }
        }
        throw UsageError("--stale-after is '\(staleAfter)'; write years (2y), months (18mo) or never")
    }

    func run() throws {
        let files = try deckFiles()
        let months = try staleMonths()
        let options = DeckCheckOptions(
            today: months == nil ? nil : try RecallClock.today(), staleAfterMonths: months ?? 0)
        var diagnostics: [Diagnostic] = []
        var failedFiles = 0, toReview = 0
        for file in files {
            var result = DeckLoader.load(path: file, options: options)
            toReview += result.deck?.facts.filter { $0.review != nil }.count ?? 0
            if questions, let deck = result.deck {
                result.diagnostics = (result.diagnostics + questionWarnings(deck, result.factLocations, file: file))
                    .sorted(by: Diagnostic.inFileOrder)
            }
            diagnostics += result.diagnostics
            if !result.errors.isEmpty { failedFiles += 1 }
            if !json { result.diagnostics.forEach { Stderr.write($0.formatted) } }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(diagnostics), as: UTF8.self))
        } else {
            Stderr.write(summary(files: files.count, failed: failedFiles, diagnostics: diagnostics, toReview: toReview))
        }
        if failedFiles > 0 { throw ExitCode(1) }
    }

    /// The rules' findings on a deck's questions, as warnings at each fact.
    private func questionWarnings(_ deck: Deck, _ locations: [String: SourceLocation], file: String) -> [Diagnostic] {
        QuestionRules.findings(in: QuestionGenerator(deck: deck)).map { finding in
            Diagnostic(
                file: file, at: locations[finding.fact] ?? SourceLocation(line: 1, column: 1), .warning,
                "fact '\(finding.fact)', question \(finding.card): \(finding.message)")
        }
    }

    /// The files to check, in the order given, folders expanded. A path that does not exist
    /// is a usage error, reported before anything is checked.
    private func deckFiles() throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw UsageError("no such file or folder: \(path)")
            }
            if isFolder.boolValue {
                let found = DeckDiscovery.deckFiles(in: path)
                if found.isEmpty {
                    Stderr.write("\(path): warning: no deck files (*.yaml, *.yml, *.json) in this folder")
                }
                files += found
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// "checked 2 decks: 0 errors, 0 warnings", with the facts marked `review:` when any are.
    private func summary(files: Int, failed: Int, diagnostics: [Diagnostic], toReview: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let checked = "checked \(files) deck\(files == 1 ? "" : "s")"
        let counts =
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            + (toReview == 0 ? "" : ", \(toReview) fact\(toReview == 1 ? "" : "s") to review")
        return failed == 0
            ? "\(checked): \(counts)" : "\(checked): \(counts) (\(failed) deck\(failed == 1 ? "" : "s") failed)"
    }
}
