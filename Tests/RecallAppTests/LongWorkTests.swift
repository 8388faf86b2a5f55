import DeckModel
import Review
import Study
import TerminalUI
import TestSupport
import Testing

@testable import RecallApp

/// Long work runs off the loop: the exam forecast shows its progress, Esc stops it, and
/// keys, resizes and signals are taken while it runs.
@Suite struct LongWorkTests {
    /// A shell whose forecasts never finish by themselves; it raises `signal` on the
    /// terminal once one has started, as a learner pressing Ctrl-C would.
    final class SlowServices: AppServices, @unchecked Sendable {
        let inner = TestServices()
        var terminal: TestTerminal?
        var signal: Int32?
        var started: [String] = []

        func clock() -> AppClock { inner.clock() }

        func start(_ effect: Effect, report: @escaping @Sendable (AppEvent) -> Void) {
            started.append(String("\(effect)".prefix { $0.isLetter }))
            guard case .forecast = effect else { return inner.start(effect, report: report) }
            report(.progress(0.25))
            if let signal { terminal?.raise(signal) }
        }

        func finish() { started.append("finish") }
    }

    /// The app with an exam set on the Solar System deck, its exam plan screen open.
    func examScreen(
        services: SlowServices, keys: [Key], size: Size = Size(columns: 80, rows: 24),
        date: PartialDate = PartialDate(year: 2026, month: 12, day: 21)!
    ) -> (TestTerminal, AppRunner.Exit) {
        var settings = RecallSettings()
        settings.exams["solar"] = ExamSetting(date: date, budget: .minutes(5))
        let data = AppData(decks: testDecks, book: CardBook(), settings: settings, calendar: services.inner.calendar)
        var model = AppModel(
            data: data, size: size, capabilities: .init(color: true, unicode: true),
            clock: services.clock(), seed: 1)
        let terminal = TestTerminal(size: size, keys: [.enter, .character("7")] + keys)
        services.terminal = terminal
        return (terminal, AppRunner.run(&model, terminal: terminal, services: services))
    }

    @Test func theForecastShowsItsProgressAndEscStopsIt() {
        let services = SlowServices()
        let (working, _) = examScreen(services: services, keys: [])
        #expect(working.screen!.text.contains("Working out the forecast… 25% (Esc stops it)"))
        #expect(working.screen!.lines.last!.contains("Esc stop the forecast"))
        #expect(services.started.contains("forecast"))

        let (stopped, _) = examScreen(services: SlowServices(), keys: [.escape])
        #expect(stopped.screen!.text.contains("The forecast was stopped"))
        #expect(stopped.screen!.lines[0].contains("Exam plan"), "the first Esc stops the work, not the screen")

        let (back, _) = examScreen(services: SlowServices(), keys: [.escape, .escape])
        #expect(back.screen!.lines[0].hasPrefix(" The Solar System"), "the second Esc goes back to the deck")
    }

    @Test func anExamTooFarAheadIsNotForecast() {
        let services = SlowServices()
        let (terminal, _) = examScreen(services: services, keys: [], date: PartialDate(year: 9999, month: 12, day: 31)!)
        #expect(terminal.screen!.text.contains("more than five years ahead"), "\(terminal.screen!.text)")
        #expect(!services.started.contains("forecast"))
        let (back, _) = examScreen(
            services: SlowServices(), keys: [.escape], date: PartialDate(year: 9999, month: 12, day: 31)!)
        #expect(back.screen!.lines[0].hasPrefix(" The Solar System"), "nothing runs, so Esc goes back")
    }

    @Test func keysAndResizesAreTakenWhileWorkRuns() {
        let services = SlowServices()
        let (terminal, _) = examScreen(services: services, keys: [.resize(Size(columns: 100, rows: 30)), .down])
        #expect(terminal.screen!.size == Size(columns: 100, rows: 30))
        #expect(terminal.screen!.text.contains("Working out the forecast"))
        #expect(terminal.screen!.text.contains("› Daily budget"))
    }

    @Test func aSignalWhileWorkRunsEndsTheAppAtOnce() {
        let services = SlowServices()
        services.signal = 15
        let (_, exit) = examScreen(services: services, keys: [.down, .down])
        #expect(exit == .signal(15))
        #expect(services.started.suffix(2) == ["cancelWork", "finish"], "the work is stopped and the writes finished")
    }
}
