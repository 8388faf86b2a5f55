import RecallApp
import TerminalUI
import Testing

/// Every screen, at 80×24 and 120×40, as text snapshots under `Snapshots/`, on the screens'
/// own test decks (`Decks/`). Key screens have their styles compared too.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]
    static let study: [Key] = [.enter, .enter]
    static let planets = typing("Mercury, Venus, Earth, Mars")
    static let quiz: [Key] = [.enter, .character("2"), .enter]

    /// The key sequences that reach each screen from home (the Solar System deck is first),
    /// and whether its styles are compared.
    static let screens: [(name: String, keys: [Key], styles: Bool)] = [
        ("home", [], true),
        ("help", [.character("?")], false),
        ("deck", [.enter], false),
        ("quiz-setup", [.enter, .character("2")], false),
        ("study-typed", study, false),
        ("study-verdict", study + planets + [.enter], true),
        // The longest help: every line whole, inside a border.
        ("help-verdict", study + planets + [.enter, .character("?")], false),
        // Jupiter is a known mistake: the verdict says why.
        ("study-mistake", study + typing("Mercury, Venus, Jupiter") + [.enter], false),
        ("quiz-question", [.enter, .character("2"), .enter], false),
        // The first question puts three events in order: Sputnik, the Moon landing, Voyager.
        ("quiz-score", quiz + typing("2 1 3") + [.enter, .enter, .escape, .enter], false),
        ("quiz-mistake", quiz + typing("1 2 3") + [.enter, .escape, .enter, .enter], false),
        ("flashcard-front", [.enter, .character("3")], false),
        ("flashcard-back", [.enter, .character("3"), .character(" ")], false),
        ("browse", [.enter, .character("4")], false),
        ("browse-search", [.enter, .character("4"), .character("/")] + typing("launch"), false),
        ("fact", [.enter, .character("4"), .enter], false),
        ("stats", study + planets + [.enter, .escape, .enter, .enter, .character("5")], true),
        ("study-summary", study + typing("Pluto") + [.enter, .enter, .escape, .enter], false),
        ("settings", [.character(",")], false),
        ("info", [.enter, .character("6")], false),
        (
            "exam",
            [.enter, .character("7")] + typing("2026-12-21") + [.enter, .backspace, .backspace, .backspace]
                + typing("5m") + [.enter, .enter, .enter], false
        ),
    ]

    @Test(arguments: screens.map(\.name))
    func screenMatchesItsSnapshots(name: String) {
        let screen = Self.screens.first { $0.name == name }!
        for size in Self.sizes {
            let run = runApp(screen.keys, size: size)
            assertSnapshot(run.terminal.screen, named: name, styles: screen.styles)
        }
    }

    @Test func tooSmallScreen() {
        let run = runApp([], size: Size(columns: 50, rows: 12))
        assertSnapshot(run.terminal.screen, named: "too-small")
    }
}
