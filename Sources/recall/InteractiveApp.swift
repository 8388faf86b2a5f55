import ArgumentParser
import CursesBackend
import DeckFormat
import Dispatch
import Foundation
import Progress
import Questions
import RecallApp
import Scheduler
import TerminalUI

/// `recall` with no subcommand: the full-screen app, on the shipped decks, those in
/// `$RECALL_HOME/decks` and any deck files given on the command line.
struct InteractiveApp {
    let extraDecks: [String]

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Stderr.write("recall: the full-screen app needs an interactive terminal, and stdin or stdout is redirected. For scripts and screen readers use the line mode: recall study --plain, recall quiz DECK --plain (see recall --help).")
            throw ExitCode(2)
        }
        let (decks, paths, notes) = try loadDecks()
        let now = try RecallClock.timestamp()
        let fixedNow = ProcessInfo.processInfo.environment["RECALL_NOW"].map { !$0.isEmpty } ?? false
        let context = try ProgressContext.open(now: now)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: ProcessInfo.processInfo.environment)
        } catch {
            Stderr.write("recall: \(error)")
            throw ExitCode(2)
        }
        let services = Services(context: context, fixedNow: fixedNow ? now : nil)
        let data = AppData(decks: decks, book: context.store.book, settings: context.settings, calendar: context.calendar,
                           deckPaths: paths, notices: notes + context.store.notices)
        var model = AppModel(data: data, size: terminal.size, capabilities: terminal.capabilities, clock: services.clock(),
                             seed: SeededRandom.freshSeed())
        let exit = AppRunner.run(&model, terminal: terminal, services: services)
        try? context.store.saveSnapshot(now: services.clock().now)
        terminal.restore()
        if case .signal(let signal) = exit { CursesTerminal.reraise(signal) }
    }

    /// The decks to show; a deck named on the command line must load, others with errors are
    /// skipped with a note on the home screen.
    private func loadDecks() throws -> ([QuestionGenerator], [String: String], [String]) {
        var generators: [QuestionGenerator] = []
        var paths: [String: String] = [:]
        var notes: [String] = []
        for path in extraDecks {
            let result = DeckLoader.load(path: path)
            guard let deck = result.deck else {
                result.diagnostics.forEach { Stderr.write($0.formatted) }
                Stderr.write("\(path) has errors; fix them (see `recall check \(path)`) and try again")
                throw ExitCode(1)
            }
            generators.append(QuestionGenerator(deck: deck))
            paths[deck.id] = path
        }
        for file in DeckLocator.searchFolders().flatMap(DeckDiscovery.deckFiles(in:)) {
            let result = DeckLoader.load(path: file)
            guard let deck = result.deck else {
                notes.append("\((file as NSString).lastPathComponent) has errors and is not shown; run `recall check \(file)`.")
                continue
            }
            guard paths[deck.id] == nil else { continue }
            generators.append(QuestionGenerator(deck: deck))
            paths[deck.id] = file
        }
        return (generators, paths, notes)
    }
}

/// Runs the app's effects against the progress store, and tells the time.
final class Services: AppServices {
    let context: ProgressContext
    let fixedNow: Timestamp?

    init(context: ProgressContext, fixedNow: Timestamp?) {
        self.context = context
        self.fixedNow = fixedNow
    }

    func clock() -> AppClock {
        AppClock(now: fixedNow ?? Timestamp(Date()), uptimeMilliseconds: Int(DispatchTime.now().uptimeNanoseconds / 1_000_000))
    }

    func perform(_ effect: AppEffect) -> AppEvent? {
        let store = context.store
        let now = clock().now
        do {
            switch effect {
            case .record(let review):
                try store.record(review, now: now)
                return .saved(store.book)
            case .undo(let card, let time):
                try store.undo(card: card, at: time)
                return .saved(store.book)
            case .rerate(let review):
                try store.undo(card: review.card, at: now)
                try store.record(review, now: now)
                return .saved(store.book)
            case .saveSettings(let settings):
                try settings.save(folder: context.folder)
                store.use(FSRS(settings: settings.scheduler))
                return .settingsSaved(settings)
            case .loadHistory(let fact):
                return .historyLoaded(fact: fact, try store.history(ofFact: fact))
            case .quit:
                return nil
            }
        } catch {
            return .saveFailed("\(error)")
        }
    }
}
