import ArgumentParser
import Foundation

/// The `recall` command: with no subcommand it lists the decks; subcommands do the rest.
@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Drill facts: a quiz and flashcard trainer for the terminal.",
        discussion: """
            With no subcommand, Recall lists the decks it ships with.

            Environment:
              RECALL_NOW   an ISO-8601 date and time used instead of the clock,
                           e.g. 2026-03-01T09:00:00Z (for simulations and tests)
              RECALL_HOME  the folder for progress and settings
                           (default: $XDG_DATA_HOME/recall, else ~/.local/share/recall)
            """,
        version: "0.1.0",
        subcommands: [Check.self, StudyCommand.self, QuizCommand.self, QuestionsCommand.self, CardsCommand.self, StatsCommand.self]
    )

    func run() throws {
        try DeckListing().run()
    }

    /// Runs the command, mapping failures to Recall's exit codes: 0 success, 1 a failure
    /// the command reported (such as a deck with errors), 2 a usage error.
    static func main() {
        do {
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
