import TerminalUI

/// One screen of the app, as a child model is in bubbletea: it owns its state, turns each
/// event into a `Step`, and draws itself. It reads the app's data through a `Context` and
/// changes nothing outside itself; the app keeps the stack of screens and applies the steps.
protocol Screen: Sendable {
    /// The title bar's and the help window's name for the screen.
    var name: String { get }
    /// The keys the help window lists, and the key bar shows.
    var keys: [KeyHelp] { get }
    /// True while a text field takes letter keys, so that `?` types rather than opens help.
    var takesText: Bool { get }
    /// True while the screen needs a tick every quarter second (a timed quiz's clock).
    var wantsTicks: Bool { get }
    /// What the screen asks for when it is first shown.
    func start(_ context: Context) -> [Effect]
    mutating func update(_ event: AppEvent, _ context: Context) -> Step
    func render(into chrome: inout Chrome, _ context: Context)
}

extension Screen {
    var takesText: Bool { false }
    var wantsTicks: Bool { false }
    func start(_ context: Context) -> [Effect] { [] }
}

/// What an update asks of the app.
enum Step: Sendable {
    /// Stay on this screen, and run these effects.
    case stay([Effect])
    /// Open a screen above this one.
    case push(any Screen)
    /// Go back to the screen below.
    case pop
    /// Put another screen in this one's place.
    case replace(any Screen)
    /// Leave the app.
    case quit

    static let stay = Step.stay([])
}

/// A key as the key bar and the help window show it: its name (arrows as `↑↓` and `←→`,
/// which ASCII terminals show in words), what it does in a word or two for the bar, and
/// at more length for the help window. Keys not `inBar` are listed in the help only.
struct KeyHelp: Sendable, Equatable {
    var key: String
    var label: String
    var detail: String
    var inBar: Bool

    init(_ key: String, _ label: String, detail: String? = nil, inBar: Bool = true) {
        self.key = key
        self.label = label
        self.detail = detail ?? label
        self.inBar = inBar
    }
}

/// A key a screen answers to: the keys that trigger it, its help, and its action. A screen
/// declares its keys as one array of these, so that its key handling, its key bar and its
/// help cannot drift apart.
struct KeyBinding<S: Screen>: Sendable {
    var keys: [Key]
    var help: KeyHelp
    /// What the key does to the screen; it is told which of its keys was pressed.
    var action: @Sendable (inout S, Key, Context) -> Step

    init(_ keys: [Key], _ help: KeyHelp, _ action: @escaping @Sendable (inout S, Key, Context) -> Step) {
        self.keys = keys
        self.help = help
        self.action = action
    }

    /// Esc going back, the binding every screen above home has.
    static var back: KeyBinding {
        KeyBinding([.escape, .backspace, .character("q")], KeyHelp("Esc", "back")) { _, _, _ in .pop }
    }
}

extension Array {
    /// The step of the first binding for `key`, or nil when no binding has it.
    func step<S>(for key: Key, on screen: inout S, _ context: Context) -> Step? where Element == KeyBinding<S> {
        first { $0.keys.contains(key) }.map { $0.action(&screen, key, context) }
    }

    /// The bindings' help, in order.
    func help<S>() -> [KeyHelp] where Element == KeyBinding<S> {
        map(\.help)
    }
}

extension Key {
    /// The digit keys from 1 to `count` (at most 9).
    static func digits(_ count: Int) -> [Key] {
        (1...max(1, min(9, count))).map { Key.character(Character(String($0))) }
    }

    /// The number of a digit key, 0 to 9.
    var digit: Int? {
        guard case .character(let character) = self, character.isASCII else { return nil }
        return character.wholeNumberValue
    }
}

/// A screen that scrolls a text up and down.
protocol Scrolling: Screen {
    var scroll: Int { get set }
}

extension KeyBinding where S: Scrolling {
    /// The arrows (and j, k) scrolling a line at a time.
    static var scroll: KeyBinding {
        KeyBinding([.up, .character("k"), .down, .character("j")], KeyHelp("↑↓", "scroll")) { screen, key, _ in
            screen.scroll = max(0, screen.scroll + (key == .down || key == .character("j") ? 1 : -1))
            return .stay
        }
    }
}

/// A screen that answers keys through its bindings alone: its keys and its update come
/// from them.
protocol KeyedScreen: Screen {
    static var bindings: [KeyBinding<Self>] { get }
}

extension KeyedScreen {
    var keys: [KeyHelp] { Self.bindings.help() }

    mutating func update(_ event: AppEvent, _ context: Context) -> Step {
        guard case .key(let key) = event else { return .stay }
        return Self.bindings.step(for: key, on: &self, context) ?? .stay
    }
}
