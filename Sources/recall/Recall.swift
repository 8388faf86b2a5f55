import ArgumentParser
import CMalloc
import DeckModel
import Foundation

/// The `recall` command. Its default subcommand opens the full-screen app, so `recall` and
/// `recall deck.yaml …` open it; every other subcommand is named first.
@main
struct Recall: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Drill facts: a quiz and flashcard trainer for the terminal.",
        discussion: """
            With no subcommand, Recall opens its full-screen app on the shipped decks and the decks in \
            $RECALL_HOME/decks; `recall my-deck.yaml` adds deck files to them (`recall open FILE` opens a \
            file whose name is also a subcommand's).

            Environment:
              RECALL_NOW   an ISO-8601 time used instead of the clock, e.g. 2026-03-01T09:00:00Z
              RECALL_HOME  the folder for progress and settings (default: $XDG_DATA_HOME/recall, \
            else ~/.local/share/recall)
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, Check.self, StudyCommand.self, QuizCommand.self, QuestionsCommand.self,
            CardsCommand.self, StatsCommand.self, ImportCommand.self, DraftCommand.self, DiffCommand.self,
            ExamCommand.self,
            ExamPolicyCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command, mapping failures to Recall's exit codes: 0 success, 1 a failure
    /// the command reported (such as a deck with errors), 2 a usage error.
    static func main() {
        // Past a file size limit (`ulimit -f`) a write should fail with a message, as on a
        // full disk, not kill Recall mid-session.
        signal(SIGXFSZ, SIG_IGN)
        // Blocks of 256 KB and more get pages of their own, handed back when freed. The
        // replay's and the snapshot's large arrays come and go, and under glibc's rising
        // default they stayed in the heap: 16 MB more at the peak of a rebuild, 40 MB more
        // resident after it (`recall-bench`'s large collection).
        _ = recall_map_blocks_from(256 << 10)
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

/// `recall [FILE…]`: the full-screen app, with any deck files given added to the decks.
struct OpenCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen app (the default): study, quiz, browse and plan, deck by deck.",
        discussion: """
            The app needs an interactive terminal of at least 60×16. Keys are listed at the foot of \
            every screen; ? (F1 while typing) shows them all.
            """)

    @Argument(help: ArgumentHelp("Deck files to add to the shipped decks and your own.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            let names = Recall.configuration.subcommands.compactMap { $0.configuration.commandName }
            let near = names.filter { EditDistance.between(file, $0) <= 2 }.first
            throw ValidationError(
                "no deck file '\(file)', and no subcommand of that name"
                    + (near.map { "; did you mean `recall \($0)`?" } ?? "; see recall --help"))
        }
    }

    func run() throws {
        try InteractiveApp(extraDecks: files).run()
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
