import Review
import Questions
import Scheduler
import Study
import TerminalUI

/// The whole state of the app: a value. `update` changes it in response to events and
/// `render` draws it; neither reads a clock, a file or the terminal.
public struct AppModel: Sendable {
    public var data: AppData
    public var size: Size
    public var theme: Theme
    public var clock: AppClock
    /// The screen showing, and the ones to go back to.
    public var screen: Screen = .home(HomeState())
    public var backStack: [Screen] = []
    public var helpVisible = false
    /// A one-line message in the key bar's place (an error, a notice), cleared by the next key.
    public var status: String?
    /// Per-deck numbers for the home screen, recomputed when progress changes.
    public var summaries: [DeckSummary] = []
    public var streak = 0
    /// Draws the options of questions; seeded by the shell, so sessions replay in tests.
    public var random: SeededRandom
    /// Set once the user asked to leave.
    public var quitting = false

    public init(data: AppData, size: Size, capabilities: TerminalCapabilities, clock: AppClock, seed: UInt64) {
        self.data = data
        self.size = size
        self.theme = Theme(capabilities: capabilities)
        self.clock = clock
        self.random = SeededRandom(seed: seed)
        status = data.notices.isEmpty ? nil : data.notices.joined(separator: "  ")
        refreshSummaries()
    }

    /// Recomputes the home screen's numbers from the current progress.
    mutating func refreshSummaries() {
        summaries = data.decks.map { DeckSummary.compute($0, data: data, now: clock.now) }
        var days = Set<Int>()
        for (key, tally) in data.book.tallies where tally.answers > 0 { days.insert(key.day) }
        streak = Study.DeckStatistics.streak(days: days, today: data.calendar.day(of: clock.now))
    }

    /// Opens a screen, remembering the current one for Esc.
    mutating func push(_ next: Screen) {
        backStack.append(screen)
        screen = next
    }

    /// Goes back one screen (to home at the bottom).
    mutating func pop() {
        screen = backStack.popLast() ?? .home(HomeState())
        if case .home = screen { refreshSummaries() }
    }
}

/// The screens.
public enum Screen: Sendable {
    case home(HomeState)
    case deck(DeckMenuState)
    case quizSetup(QuizSetupState)
    case session(SessionState)
    case score(ScoreState)
    case browse(BrowseState)
    case fact(FactState)
    case stats(StatsState)
    case settings(SettingsState)
    case info(InfoState)
    case exam(ExamState)

    /// The title bar's name for the screen.
    var name: String {
        switch self {
        case .home: "Home"
        case .deck: "Deck"
        case .quizSetup: "Quiz"
        case .session(let session): session.mode.name
        case .score: "Quiz results"
        case .browse: "Browse"
        case .fact: "Fact"
        case .stats: "Stats"
        case .settings: "Settings"
        case .info: "Info"
        case .exam: "Exam plan"
        }
    }
}

/// A deck's line on the home screen.
public struct DeckSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var cards: Int
    public var dueNow: Int
    public var newAvailable: Int
    /// Mean retrievability now over all cards (new cards count 0): how much of the deck
    /// would be recalled today.
    public var mastery: Double
    public var lastStudied: Timestamp?

    static func compute(_ generator: QuestionGenerator, data: AppData, now: Timestamp) -> DeckSummary {
        let keys = generator.cardKeys
        var due = 0, new = 0, recall = 0.0
        var last: Timestamp?
        for key in keys {
            let state = data.book.state(of: key)
            if state.isNew {
                new += 1
                continue
            }
            if let d = state.due, d <= now { due += 1 }
            recall += data.scheduler.retrievability(of: state, at: now)
            if let l = state.lastReview, l > (last ?? Timestamp(microseconds: .min)) { last = l }
        }
        let today = data.calendar.day(of: now)
        let introduced = data.book.tallies[CardBook.TallyKey(deck: generator.deck.id, day: today)]?.introduced ?? 0
        var newAvailable = min(new, max(0, data.settings.newPerDay - introduced))
        // With an exam ahead, today's new cards are those the exam plan's budget reaches.
        if let plan = data.examPlans[generator.deck.id],
           let queue = StudyQueue.exam(deck: generator.deck.id, cards: keys, book: data.book, plan: plan, scheduler: data.scheduler,
                                       calendar: data.calendar, now: now) {
            newAvailable = queue.filter { data.book.state(of: $0).isNew }.count
        }
        return DeckSummary(
            id: generator.deck.id, title: generator.deck.title, cards: keys.count, dueNow: due, newAvailable: newAvailable,
            mastery: keys.isEmpty ? 0 : recall / Double(keys.count), lastStudied: last)
    }
}
