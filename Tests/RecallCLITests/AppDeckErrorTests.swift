import Foundation
import Testing

/// A deck with errors given to the full-screen app: its problems stay on the screen after
/// Recall exits, where the learner can read them, with exit status 1.
@Suite struct AppDeckErrorTests {
    @Test func aDeckWithErrorsIsToldOnTheNormalScreen() throws {
        let home = try RecallProcess.temporaryFolder()
        let deck = home.appendingPathComponent("mydeck.yaml")
        try "recall: 1\ntitle: Mine\nfacts:\n  - id: a\n    term: SCO\n    menas: Shanghai Cooperation Organisation\n"
            .write(to: deck, atomically: true, encoding: .utf8)
        let tmux = Tmux()
        try tmux.start(
            "env LANG=C.UTF-8 TERM=xterm-256color RECALL_HOME=\(home.path) RECALL_NOW=2026-11-29T09:00:00Z "
                + "\(RecallProcess.binary.path) \(deck.path)")
        // The terminal's state is said after the exit status: wait for both.
        let screen = try tmux.waitFor("TTY_", seconds: 30)
        #expect(screen.contains("EXIT=1"))
        #expect(screen.contains("mydeck.yaml:6:"), "\(screen)")
        #expect(screen.contains("has errors; fix them"), "\(screen)")
        #expect(screen.contains("TTY_RESTORED"))
    }
}
