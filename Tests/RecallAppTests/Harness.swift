import DeckFormat
import Foundation
import Review
import Questions
@testable import RecallApp
import Scheduler
import TerminalUI
import Testing

/// Stands in for the shell: keeps progress in memory, answers effects, and tells a clock
/// that is fixed in calendar time and moves 3 seconds per question of uptime.
final class TestServices: AppServices {
    var book = CardBook()
    var now = Timestamp(iso: "2026-11-29T09:00:00Z")!
    var uptime = 0
    var step = 3000
    var journal: [JournalEntry] = []
    var failNextSave = false
    let calendar = DayCalendar(zone: TimeZone(identifier: "UTC")!)
    var scheduler = FSRS(settings: SchedulerSettings())

    func clock() -> AppClock {
        uptime += step
        return AppClock(now: now, uptimeMilliseconds: uptime)
    }

    func perform(_ effect: AppEffect) -> AppEvent? {
        if failNextSave, effect != .quit {
            failNextSave = false
            return .saveFailed("disk full")
        }
        switch effect {
        case .record(let review):
            apply(.review(review))
        case .undo(let card, let time):
            apply(.undo(card: card, time: time))
        case .rerate(let review):
            apply(.undo(card: review.card, time: now))
            apply(.review(review))
        case .saveSettings(let settings):
            scheduler = FSRS(settings: settings.scheduler)
            return .settingsSaved(settings)
        case .loadHistory(let fact):
            let reviews = journal.compactMap { entry -> ReviewRecord? in
                if case .review(let review) = entry, review.card.factScope == fact { return review }
                return nil
            }
            return .historyLoaded(fact: fact, reviews)
        case .loadAnswerTimes(let deck):
            return .answerTimesLoaded(deck: deck, AnswerTimes())
        case .quit:
            return nil
        }
        return .saved(book)
    }

    private func apply(_ entry: JournalEntry) {
        journal.append(entry)
        if book.apply(entry, scheduler: scheduler, calendar: calendar) == .needsRebuild {
            book = CardBook.rebuild(from: journal, scheduler: scheduler, calendar: calendar)
        }
    }
}

/// The shipped decks, loaded once.
let shippedDecks: [QuestionGenerator] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Decks")
    return DeckDiscovery.deckFiles(in: folder.path).compactMap { DeckLoader.load(path: $0).deck }.map { QuestionGenerator(deck: $0) }
}()

/// Runs the real loop on a test terminal with the given keys; returns what it drew.
@discardableResult
func runApp(
    _ keys: [Key], size: Size = Size(columns: 80, rows: 24), services: TestServices = TestServices(),
    capabilities: TerminalCapabilities = .init(color: true, unicode: true)
) -> (terminal: TestTerminal, model: AppModel, exit: AppRunner.Exit) {
    var settings = RecallSettings()
    settings.fuzz = false
    let data = AppData(decks: shippedDecks, book: services.book, settings: settings, calendar: services.calendar,
                       deckPaths: ["sco": "Decks/sco.yaml", "united-nations": "Decks/example.yaml"])
    var model = AppModel(data: data, size: size, capabilities: capabilities, clock: services.clock(), seed: 1)
    let terminal = TestTerminal(size: size, keys: keys, capabilities: capabilities)
    let exit = AppRunner.run(&model, terminal: terminal, services: services)
    return (terminal, model, exit)
}

/// Keys for typing a text.
func typing(_ text: String) -> [Key] {
    text.map { Key.character($0) }
}

/// Compares a frame with `Snapshots/NAME.txt`; `RECORD_SNAPSHOTS=1` (re)writes the files.
func assertSnapshot(_ screen: ScreenBuffer?, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard let screen else {
        Issue.record("no frame drawn", sourceLocation: sourceLocation)
        return
    }
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name)-\(screen.size.columns)x\(screen.size.rows).txt")
    let text = screen.text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot \(file.lastPathComponent); record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "\(file.lastPathComponent) differs; if the change is intended, re-record with RECORD_SNAPSHOTS=1",
            sourceLocation: sourceLocation)
}
