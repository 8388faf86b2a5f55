import DeckFormat
import DeckModel
import Foundation
import Questions
import Review
import Scheduler
import Study
import TerminalUI
import TestSupport
import Testing

@testable import RecallApp

/// Stands in for the shell: keeps progress in memory, answers each effect at once (so the
/// run is the same every time), and tells a clock that is fixed in calendar time and moves
/// 3 seconds per question of uptime.
final class TestServices: AppServices, @unchecked Sendable {
    var book = CardBook()
    var now = Timestamp(iso: "2026-11-29T09:00:00Z")!
    var uptime = 0
    var step = 3000
    var journal: [JournalEntry] = []
    /// Each card's latest review id, as the store keeps its own, for an override to name.
    var reviewIDs: [CardKey: String] = [:]
    /// The next effect of this kind fails, with this message.
    var failNext: (kind: String, message: String)?
    /// Every effect started, in order, by its kind.
    var started: [String] = []
    let calendar = DayCalendar(zone: TimeZone(identifier: "UTC")!)
    var scheduler = FSRS(settings: SchedulerSettings())

    func clock() -> AppClock {
        uptime += step
        return AppClock(now: now, uptimeMilliseconds: uptime)
    }

    func start(_ effect: Effect, report: @escaping @Sendable (AppEvent) -> Void) {
        let kind = "\(effect)".prefix { $0.isLetter }
        started.append(String(kind))
        if let failing = failNext, failing.kind == kind {
            failNext = nil
            report(.failed(effect, failing.message))
            return
        }
        switch effect {
        case .record(var review):
            review.id = review.id ?? "review-\(journal.count)"
            reviewIDs[review.card] = review.id
            apply(.review(review))
        case .override(let review):
            apply(.override(card: review.card, time: now, overrides: reviewIDs[review.card]!, rating: review.rating))
        case .undo(let card, let time):
            apply(.undo(card: card, time: time))
        case .rerate(let review):
            apply(.undo(card: review.card, time: now))
            apply(.review(review))
        case .saveSettings(let settings, _):
            scheduler = FSRS(settings: settings.scheduler)
            book = CardBook.rebuild(from: journal, scheduler: scheduler, calendar: calendar)
            return report(.settingsSaved(settings, book))
        case .loadHistory(let fact):
            var history = FactHistory(fact: fact)
            journal.forEach { history.add($0) }
            return report(.historyLoaded(fact, history.reviews))
        case .loadAnswerTimes(let deck):
            return report(.answerTimesLoaded(deck: deck, AnswerTimes()))
        case .forecast(let id, let request):
            return report(.forecastReady(id: id, ExamReport.make(request)))
        case .cancelWork:
            return
        }
        report(.saved(book))
    }

    func finish() {}

    private func apply(_ entry: JournalEntry) {
        journal.append(entry)
        if book.apply(entry, scheduler: scheduler, calendar: calendar) == .needsRebuild {
            book = CardBook.rebuild(from: journal, scheduler: scheduler, calendar: calendar)
        }
    }
}

/// The screens' own test decks (`Decks/`), loaded once: the Solar System, then Rivers.
let testDecks: [QuestionGenerator] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Decks")
    return ["solar.yaml", "rivers.yaml"].map { name in
        QuestionGenerator(deck: DeckLoader.load(path: folder.appendingPathComponent(name).path).deck!)
    }
}()

/// The settings the screens are tested with: the defaults, without fuzz.
let testSettings: RecallSettings = {
    var settings = RecallSettings()
    settings.fuzz = false
    return settings
}()

/// Runs the real loop on a test terminal with the given keys; returns what it drew.
@discardableResult
func runApp(
    _ keys: [Key], size: Size = Size(columns: 80, rows: 24), services: TestServices = TestServices(),
    capabilities: TerminalCapabilities = .init(color: true, unicode: true), opening: AppModel.Opening = .home,
    decks: [QuestionGenerator] = testDecks, settings: RecallSettings = testSettings
) -> (terminal: TestTerminal, model: AppModel, exit: AppRunner.Exit) {
    let data = AppData(
        decks: decks, book: services.book, settings: settings, calendar: services.calendar,
        deckPaths: ["solar": "Decks/solar.yaml", "rivers": "Decks/rivers.yaml"])
    var model = AppModel(
        data: data, size: size, capabilities: capabilities, clock: services.clock(), seed: 1,
        opening: opening)
    let terminal = TestTerminal(size: size, keys: keys, capabilities: capabilities)
    let exit = AppRunner.run(&model, terminal: terminal, services: services)
    return (terminal, model, exit)
}

/// Keys for typing a text.
func typing(_ text: String) -> [Key] {
    text.map { Key.character($0) }
}

/// Compares a frame with `Snapshots/NAME.txt`; `RECORD_SNAPSHOTS=1` (re)writes the files.
/// With `styles`, the frame's style map is compared too, with `Snapshots/NAME.styles.txt`.
func assertSnapshot(
    _ screen: ScreenBuffer?, named name: String, styles: Bool = false,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    guard let screen else {
        Issue.record("no frame drawn", sourceLocation: sourceLocation)
        return
    }
    let base = "\(name)-\(screen.size.columns)x\(screen.size.rows)"
    compare(screen.text + "\n", file: base + ".txt", sourceLocation: sourceLocation)
    if styles { compare(screen.styleMap + "\n", file: base + ".styles.txt", sourceLocation: sourceLocation) }
}

private func compare(_ text: String, file name: String, sourceLocation: Testing.SourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "no snapshot \(name); record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    #expect(
        text == expected, "\(name) differs; if the change is intended, re-record with RECORD_SNAPSHOTS=1",
        sourceLocation: sourceLocation)
}
