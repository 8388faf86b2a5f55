import Synchronization
import TerminalUI

/// What the shell provides the run loop: the clock, and running effects.
public protocol AppServices: AnyObject {
    func clock() -> AppClock
    /// Starts `effect`, off the loop when it may take time. What comes of it is reported
    /// through `report`, from any thread: one final event, and for long work progress
    /// events before it. `cancelWork` reports nothing.
    func start(_ effect: Effect, report: @escaping @Sendable (AppEvent) -> Void)
    /// Waits until every write started has finished, before the app leaves.
    func finish()
}

/// The run loop, generic over the terminal: the real one draws with ncurses, tests drive it
/// with an in-memory terminal and scripted keys. Effects run off the loop: while any is in
/// flight the loop polls the terminal every 20 ms, so keys, resizes and signals are seen
/// at once, and long work can be stopped with Esc.
public enum AppRunner {
    /// How long the loop waits for a key when nothing else is going on, in milliseconds.
    static let idleWait = 100

    public enum Exit: Equatable, Sendable {
        case quit
        case signal(Int32)
        /// The terminal closed (a test terminal ran out of keys): long work is stopped, the
        /// writes in flight are finished.
        case endOfInput
    }

    public static func run(_ model: inout AppModel, terminal: some TerminalBackend, services: some AppServices) -> Exit
    {
        let inbox = Inbox()
        var inFlight = 0
        func start(_ effects: [Effect]) {
            for effect in effects {
                if effect.reports { inFlight += 1 }
                services.start(effect) { inbox.post($0) }
            }
        }
        func leave(_ exit: Exit) -> Exit {
            services.start(.cancelWork) { _ in }
            services.finish()
            return exit
        }
        model.size = terminal.size
        start(model.startEffects())
        terminal.draw(App.render(model))
        while true {
            if let signal = terminal.takePendingSignal() { return leave(.signal(signal)) }
            let events = inbox.take()
            for event in events {
                if event.isFinal { inFlight -= 1 }
                start(App.update(&model, event, clock: services.clock()))
            }
            if model.quitting { return leave(.quit) }
            if !events.isEmpty {
                terminal.draw(App.render(model))
                continue
            }
            let ticking = App.wantsTicks(model)
            // Never a wait without end: a signal that lands between the check above and the
            // read would otherwise go unseen until a key comes (`recall-bench` caught one
            // SIGTERM in thirty so).
            switch terminal.read(timeoutMilliseconds: ticking ? 250 : inFlight > 0 ? 20 : Self.idleWait) {
            case .key(let key):
                start(App.update(&model, .key(key), clock: services.clock()))
            case .timeout:
                guard ticking else { continue }
                start(App.update(&model, .tick, clock: services.clock()))
            case .closed:
                return leave(.endOfInput)
            }
            if model.quitting { return leave(.quit) }
            terminal.draw(App.render(model))
        }
    }
}

/// Events reported from the effects' threads, waiting for the loop.
final class Inbox: Sendable {
    private let events = Mutex<[AppEvent]>([])

    func post(_ event: AppEvent) {
        events.withLock { $0.append(event) }
    }

    func take() -> [AppEvent] {
        events.withLock { taken in
            defer { taken.removeAll() }
            return taken
        }
    }

}
