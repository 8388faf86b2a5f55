import RecallApp
import TerminalUI
import Testing

/// Every screen, at 80×24 and 120×40, as text snapshots under `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    /// The key sequences that reach each screen from home (the SCO deck is the second).
    static let screens: [(String, [Key])] = [
        ("home", []),
        ("help", [.character("?")]),
        ("deck", [.character("j"), .enter]),
        ("quiz-setup", [.character("j"), .enter, .character("2")]),
        ("study-typed", [.character("j"), .enter, .enter]),
        ("study-verdict", [.character("j"), .enter, .enter] + typing("Eurasia") + [.enter]),
        ("study-wrong", [.character("j"), .enter, .enter, .enter] + typing("trade bloc") + [.enter]),
        ("quiz-question", [.character("j"), .enter, .character("2"), .enter]),
        ("quiz-score", [.character("j"), .enter, .character("2"), .enter] + typing("9") + [.enter, .enter, .escape]),
        // The first question is a true/false whose answer is True: 2 picks False.
        ("quiz-mistake", [.character("j"), .enter, .character("2"), .enter, .character("2"), .enter, .escape, .enter]),
        ("flashcard-front", [.character("j"), .enter, .character("3")]),
        ("flashcard-back", [.character("j"), .enter, .character("3"), .character(" ")]),
        ("browse", [.character("j"), .enter, .character("4")]),
        ("browse-search", [.character("j"), .enter, .character("4"), .character("/")] + typing("charter")),
        ("fact", [.character("j"), .enter, .character("4"), .enter]),
        ("stats", [.character("j"), .enter, .enter] + typing("Eurasia") + [.enter, .escape, .character("5")]),
        ("settings", [.character(",")]),
        ("info", [.character("j"), .enter, .character("6")]),
        ("exam", [.character("j"), .enter, .character("7")] + typing("2026-12-21") + [.enter, .backspace, .backspace, .backspace]
            + typing("5m") + [.enter, .enter, .enter]),
    ]

    @Test(arguments: screens.map(\.0))
    func screenMatchesItsSnapshots(name: String) {
        let keys = Self.screens.first { $0.0 == name }!.1
        for size in Self.sizes {
            let run = runApp(keys, size: size)
            assertSnapshot(run.terminal.screen, named: name)
        }
    }

    @Test func tooSmallScreen() {
        let run = runApp([], size: Size(columns: 50, rows: 12))
        assertSnapshot(run.terminal.screen, named: "too-small")
    }
}
