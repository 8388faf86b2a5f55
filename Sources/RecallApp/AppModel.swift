import Questions
import Review
import Study
import TerminalUI

/// The whole state of the app: a value. `App.update` changes it in response to events and
/// `App.render` draws it; neither reads a clock, a file or the terminal.
public struct AppModel: Sendable {
    /// Where the app opens.
    public enum Opening: Sendable, Equatable {
        case home
        /// A study session over these decks (the deck's menu below it when there is one).
        case study(decks: [String])
        /// A deck's quiz setup, above its menu.
        case quiz(deck: String)
    }

    public var data: AppData
    public var size: Size
    public var theme: Theme
    public var clock: AppClock
    /// The screens, home at the bottom; the last one shows.
    private(set) var stack: [any Screen] = [HomeScreen()]
    public var helpVisible = false
    /// A one-line message in the key bar's place (an error, a notice), cleared by the next key.
    public var status: String?
    /// Per-deck numbers for the home screen, worked out again when the screens change after
    /// progress or settings did.
    public private(set) var summaries: [DeckSummary] = []
    public private(set) var streak = 0
    private var summariesStale = true
    /// Seeds the screens' question draws; seeded by the shell, so sessions replay in tests.
    private var random: SeededRandom
    /// Set once the user asked to leave.
    public private(set) var quitting = false

    public init(
        data: AppData, size: Size, capabilities: TerminalCapabilities, clock: AppClock, seed: UInt64,
        opening: Opening = .home
    ) {
        self.data = data
        self.size = size
        self.theme = Theme(capabilities: capabilities)
        self.clock = clock
        self.random = SeededRandom(seed: seed)
        status = data.notices.isEmpty ? nil : data.notices.joined(separator: "  ")
        refreshSummaries()
        open(opening)
    }

    /// The screen showing.
    var top: any Screen { stack[stack.count - 1] }

    /// What screens read, with a fresh seed.
    mutating func context() -> Context {
        Context(
            data: data, clock: clock, size: size, theme: theme, summaries: summaries, streak: streak,
            seed: random.next())
    }

    /// What the screen showing is drawn from (drawing draws nothing at random).
    var renderContext: Context {
        Context(data: data, clock: clock, size: size, theme: theme, summaries: summaries, streak: streak, seed: 0)
    }

    private mutating func open(_ opening: Opening) {
        switch opening {
        case .home:
            break
        case .study(let decks):
            if decks.count == 1, data.generator(for: decks[0]) != nil { stack.append(DeckMenuScreen(deck: decks[0])) }
            stack.append(SessionScreen.study(decks, context()))
        case .quiz(let deck):
            guard data.generator(for: deck) != nil else { return }
            stack += [DeckMenuScreen(deck: deck), QuizSetupScreen(deck: deck)]
        }
    }

    /// The effects the screens that are open at the start ask for.
    mutating func startEffects() -> [Effect] {
        let context = context()
        return stack.flatMap { $0.start(context) }
    }

    /// Passes an event to the screen showing and applies the step it returns.
    mutating func deliver(_ event: AppEvent) -> [Effect] {
        var screen = top
        let context = context()
        let step = screen.update(event, context)
        stack[stack.count - 1] = screen
        return apply(step)
    }

    private mutating func apply(_ step: Step) -> [Effect] {
        switch step {
        case .stay(let effects):
            return effects
        case .push(let screen):
            stack.append(screen)
        case .replace(let screen):
            stack[stack.count - 1] = screen
        case .pop:
            guard stack.count > 1 else { return [] }
            stack.removeLast()
        case .quit:
            quitting = true
            return []
        }
        if summariesStale { refreshSummaries() }
        return top.start(context())
    }

    /// Leaves the app (the runner stops once the writes in flight are done).
    mutating func quit() {
        quitting = true
    }

    /// The learner's progress or settings changed: the home screen's numbers are out of date.
    mutating func progressChanged() {
        summariesStale = true
    }

    private mutating func refreshSummaries() {
        // Templates last: they are there to copy, not to study.
        summaries = (data.decks.filter { !$0.deck.isTemplate } + data.decks.filter(\.deck.isTemplate))
            .map { DeckSummary.compute($0, data: data, now: clock.now) }
        var days = Set<Int>()
        for (key, tally) in data.book.tallies where tally.answers > 0 { days.insert(key.day) }
        streak = DeckStatistics.streak(days: days, today: data.calendar.day(of: clock.now))
        summariesStale = false
    }
}
