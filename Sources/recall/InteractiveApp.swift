import ArgumentParser
import CursesBackend
import DeckFormat
import Dispatch
import Foundation
import Review
import Storage
import Questions
import RecallApp
import Scheduler
import Study
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
        // Decks load on other threads while this one opens the progress store and the
        // terminal: together they are most of the time to the first frame.
        let loading = DeckLoading(extraDecks: extraDecks)
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
        let decks: DeckLoading.Result
        do {
            decks = try loading.wait()
        } catch {
            terminal.restore()
            throw error
        }
        let services = Services(context: context, fixedNow: fixedNow ? now : nil)
        let updates = DeckUpdates.check(decks.generators, remembered: SeenDecks.load(folder: context.folder))
        try? SeenDecks.save(updates.remember, folder: context.folder)
        var data = AppData(decks: decks.generators, book: context.store.book, settings: context.settings, calendar: context.calendar,
                           deckPaths: decks.paths, notices: decks.notes + context.store.notices)
        data.deckChanges = updates.changes
        for deck in context.settings.exams.keys { data.answerTimes[deck] = try? context.store.answerTimes(deck: deck) }
        data.notices += decks.generators.compactMap { generator in updates.changes[generator.deck.id].map { "\(generator.deck.title) changed: \($0)" } }
        var model = AppModel(data: data, size: terminal.size, capabilities: terminal.capabilities, clock: services.clock(),
                             seed: SeededRandom.freshSeed())
        let exit = AppRunner.run(&model, terminal: terminal, services: services)
        try? context.store.saveSnapshot(now: services.clock().now)
        terminal.restore()
        if case .signal(let signal) = exit { CursesTerminal.reraise(signal) }
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
                try SettingsFile.save(settings, folder: context.folder)
                store.use(FSRS(settings: settings.scheduler))
                return .settingsSaved(settings)
            case .loadHistory(let fact):
                return .historyLoaded(fact: fact, try store.history(ofFact: fact))
            case .loadAnswerTimes(let deck):
                return .answerTimesLoaded(deck: deck, try store.answerTimes(deck: deck))
            case .quit:
                return nil
            }
        } catch {
            return .saveFailed("\(error)")
        }
    }
}
