import TerminalUI

/// What the shell provides the run loop: the clock, and running effects.
public protocol AppServices: AnyObject {
    func clock() -> AppClock
    /// Runs an effect (journaling an answer, saving settings, reading history) and reports
    /// its result as an event, or nil when it has none.
    func perform(_ effect: AppEffect) -> AppEvent?
}

/// The run loop, generic over the terminal: the real one draws with ncurses, tests drive it
/// with `TestTerminal` and scripted keys.
public enum AppRunner {
    public enum Exit: Equatable, Sendable {
        case quit
        case signal(Int32)
        /// A test terminal ran out of keys.
        case endOfInput
    }

    public static func run(_ model: inout AppModel, terminal: some TerminalBackend, services: some AppServices) -> Exit {
        model.size = terminal.size
        terminal.draw(App.render(model))
        while true {
            if let signal = terminal.takePendingSignal() { return .signal(signal) }
            let key = terminal.readKey(timeoutMilliseconds: App.wantsTicks(model) ? 250 : -1)
            if key == nil, let test = terminal as? TestTerminal, !test.hasKeysLeft, !App.wantsTicks(model) { return .endOfInput }
            var pending = App.update(&model, key.map(AppEvent.key) ?? .tick, clock: services.clock())
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return .quit }
                if let result = services.perform(effect) {
                    pending += App.update(&model, result, clock: services.clock())
                }
            }
            terminal.draw(App.render(model))
            if let test = terminal as? TestTerminal, !test.hasKeysLeft, App.wantsTicks(model) { return .endOfInput }
        }
    }
}
