import ArgumentParser
import CursesBackend
import DeckFormat
import Dispatch
import Foundation
import Questions
import RecallApp
import Review
import Scheduler
import Storage
import Study
import TerminalUI

/// The full-screen app, on the shipped decks, those in `$RECALL_HOME/decks` and any deck
/// files given on the command line, opened on home or on a deck's study or quiz screen.
struct InteractiveApp {
    /// Where the app opens; a deck is named as on the command line, by file or by id.
    enum Target {
        case home
        /// Study one deck, or every deck when nil.
        case study(String?)
        case quiz(String)
    }

    var extraDecks: [String] = []
    var target = Target.home

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Stderr.write(
                "recall: the full-screen app needs an interactive terminal, and stdin or stdout is redirected. "
                    + "For scripts and screen readers use the line mode: recall study --plain, recall quiz DECK "
                    + "--plain "
                    + "(see recall --help).")
            throw ExitCode(2)
        }
        // A deck named by its file is loaded with the others.
        let named: String? =
            switch target {
            case .home, .study(nil): nil
            case .study(let deck?), .quiz(let deck): deck
            }
        let files = extraDecks + (named.map { FileManager.default.fileExists(atPath: $0) ? [$0] : [] } ?? [])
        // Decks load on other threads while this one opens the progress store and the
        // terminal: together they are most of the time to the first frame.
        let loading = DeckLoading(extraDecks: files)
        let now = try RecallClock.timestamp()
        let fixedNow = ProcessInfo.processInfo.environment["RECALL_NOW"].map { !$0.isEmpty } ?? false
        let context = try ProgressContext.open(now: now, inTerminalApp: true)
        // A deck with errors, or a deck name that is not one, is told on the normal screen
        // before the terminal is taken over: the alternate screen would wipe it on leaving.
        let decks = try loading.wait()
        let opening = try self.opening(in: decks)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: ProcessInfo.processInfo.environment)
        } catch {
            Stderr.write("recall: \(error)")
            throw ExitCode(2)
        }
        let services = Services(context: context, fixedNow: fixedNow ? now : nil)
        let (changes, seenNotes) = DeckChanges.sinceLastSeen(decks.generators, folder: context.folder)
        var data = AppData(
            decks: decks.generators, book: context.store.book, settings: context.settings, calendar: context.calendar,
            deckPaths: decks.paths,
            notices: decks.notes + context.store.notices + context.settings.misspeltKeyNotes + seenNotes)
        data.deckChanges = changes
        for deck in context.settings.exams.keys { data.answerTimes[deck] = try? context.store.answerTimes(deck: deck) }
        data.notices += decks.generators.compactMap { generator in
            changes[generator.deck.id].map { "\(generator.deck.title) changed: \($0)" }
        }
        var model = AppModel(
            data: data, size: terminal.size, capabilities: terminal.capabilities, clock: services.clock(),
            seed: SeededRandom.freshSeed(), opening: opening)
        let exit = AppRunner.run(&model, terminal: terminal, services: services)
        try? context.store.saveSnapshotIfBehind(now: services.clock().now)
        terminal.restore()
        if case .signal(let signal) = exit { CursesTerminal.reraise(signal) }
    }

    /// Where to open, with the deck named found among those loaded (by its file or its id).
    private func opening(in decks: DeckLoading.Result) throws -> AppModel.Opening {
        func id(of name: String) throws -> String {
            if let byFile = decks.paths.first(where: { $0.value == name })?.key { return byFile }
            if decks.generators.contains(where: { $0.deck.id == name }) { return name }
            let known = decks.generators.map(\.deck.id).joined(separator: ", ")
            throw UsageError("no deck file or deck id '\(name)'" + (known.isEmpty ? "" : "; known decks: \(known)"))
        }
        switch target {
        case .home: return .home
        case .study(nil): return .study(decks: decks.generators.filter { !$0.deck.isTemplate }.map(\.deck.id))
        case .study(let name?): return .study(decks: [try id(of: name)])
        case .quiz(let name): return .quiz(deck: try id(of: name))
        }
    }
}
