import ArgumentParser
import DeckFormat
import Foundation

/// The `recall` command: with no subcommand it lists the decks; subcommands do the rest.
@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Drill facts: a quiz and flashcard trainer for the terminal.",
        discussion: """
            With no subcommand, Recall opens its full-screen app on the shipped decks and the
            decks in $RECALL_HOME/decks; `recall my-deck.yaml` adds deck files to them.

            Environment:
              RECALL_NOW   an ISO-8601 date and time used instead of the clock,
                           e.g. 2026-03-01T09:00:00Z (for simulations and tests)
              RECALL_HOME  the folder for progress and settings
                           (default: $XDG_DATA_HOME/recall, else ~/.local/share/recall)
            """,
        version: "0.1.0",
        subcommands: [Check.self, StudyCommand.self, QuizCommand.self, QuestionsCommand.self, CardsCommand.self, StatsCommand.self, ImportCommand.self, DiffCommand.self, ExamCommand.self, ExamPolicyCommand.self]
    )

    func run() throws {
        try InteractiveApp(extraDecks: []).run()
    }

    /// Runs the command, mapping failures to Recall's exit codes: 0 success, 1 a failure
    /// the command reported (such as a deck with errors), 2 a usage error.
    static func main() {
        // Past a file size limit (`ulimit -f`) a write should fail with a message, as on a
        // full disk, not kill Recall mid-session.
        signal(SIGXFSZ, SIG_IGN)
        do {
            // `recall deck.yaml ...` opens the app with those decks. ArgumentParser cannot mix
            // a root argument list with subcommands, so deck files are picked out here.
            // With no arguments at all the parser is skipped too: it costs the first frame
            // a millisecond.
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.allSatisfy(Self.isDeckArgument) {
                try InteractiveApp(extraDecks: arguments).run()
                Foundation.exit(0)
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { Stderr.write(message) }
            Foundation.exit(code == .validationFailure || error is UsageError ? 2 : code.rawValue)
        }
    }
}

extension Recall {
    /// A command-line word that names a deck file rather than a subcommand.
    static func isDeckArgument(_ argument: String) -> Bool {
        guard !argument.hasPrefix("-") else { return false }
        return DeckSyntax(path: argument) != nil || FileManager.default.fileExists(atPath: argument)
    }
}

/// A mistake in how the command was called (exit code 2).
struct UsageError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Writes lines to standard error.
enum Stderr {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
