import Foundation
import Testing

/// A new user's first session, in the real binary at 80×24, as issue 15 walks it: open the
/// SCO deck, study ten cards with a "don't know", an undo and an "I was right", leave, read
/// the summary, open Stats and Browse, quit. And under `LANG=C`, nothing but ASCII reaches
/// the terminal on that path.
@Suite(.serialized) struct NewUserWalkTests {
    /// Starts the app on the shipped decks in a fresh home, its raw output copied to `raw`.
    func launch(_ tmux: Tmux, language: String, raw: URL? = nil) throws {
        let home = try RecallProcess.temporaryFolder()
        // A moment's wait, so that the copy of the output is in place before the first byte.
        let command =
            "sleep 0.3; env LANG=\(language) LC_ALL=\(language) TERM=xterm-256color SWIFT_BACKTRACE=interactive=no "
            + "RECALL_HOME=\(home.path) RECALL_NOW=2026-11-29T09:00:00Z \(RecallProcess.binary.path)"
        try tmux.start(command, columns: 80, rows: 24)
        if let raw { try tmux.run(["pipe-pane", "-o", "-t", "t", "cat > \(raw.path)"]) }
        try tmux.waitFor("across 1 deck")
    }

    /// The question showing, once it is ready for an answer: typed (true) or chosen.
    func question(_ tmux: Tmux) throws -> Bool {
        let screen = try tmux.waitFor("a question") { $0.contains("Enter answer") }
        return !screen.contains("1-9 answer")
    }

    func answered(_ screen: String) -> Int? {
        guard let range = screen.range(of: "answered ") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// Answers the question showing wrongly: text no answer has, or the first option.
    func answerWrongly(_ tmux: Tmux, typed: Bool) throws {
        if typed {
            try tmux.type("zzzx")
            try tmux.keys("Enter")
        } else {
            try tmux.keys("1")
        }
        try tmux.waitFor("a verdict") { $0.contains("Enter next") }
    }

    @Test func aNewUsersFirstSession() throws {
        let tmux = Tmux()
        try launch(tmux, language: "C.UTF-8")
        try tmux.keys("Enter")
        try tmux.waitFor("1. Study")
        try tmux.keys("Enter")
        var dontKnow = false, overridden = false, undone = false
        while try answered(tmux.screen()) ?? 0 < 10 {
            let typed = try question(tmux)
            if typed, !dontKnow {
                try tmux.keys("Enter")
                try tmux.waitFor("Not known")
                dontKnow = true
            } else {
                try answerWrongly(tmux, typed: typed)
                let verdict = try tmux.screen()
                if !overridden, verdict.contains("r I was right") {
                    try tmux.keys("r")
                    try tmux.waitFor("Counted as right")
                    overridden = true
                } else if overridden, !undone {
                    let before = answered(verdict) ?? 0
                    try tmux.keys("u")
                    try tmux.waitFor("the answer undone") { answered($0) == before - 1 && !$0.contains("Enter next") }
                    undone = true
                    continue
                }
            }
            try tmux.keys("Enter")
            try tmux.waitFor("the next question") { !$0.contains("Enter next") }
        }
        #expect(dontKnow && overridden && undone)
        try tmux.keys("Escape")
        try tmux.waitFor("Leave the session?")
        try tmux.keys("Enter")
        let summary = try tmux.waitFor("Session ended.")
        #expect(summary.contains("Answered 10 in "), "\(summary)")
        // The answer counted as right is right, and no longer among the cards missed.
        #expect(!summary.contains(": 0 right") && summary.contains("Missed ("), "\(summary)")
        try tmux.keys("Enter")
        try tmux.waitFor("1. Study")
        try tmux.keys("5")
        let stats = try tmux.waitFor("Stats ·")
        #expect(stats.contains("new 354") && stats.contains("streak 1 day"), "\(stats)")
        try tmux.keys("Escape")
        try tmux.waitFor("1. Study")
        try tmux.keys("4")
        try tmux.waitFor("Search:")  // the Browse screen itself, not the menu line "4. Browse"
        try tmux.keys("Escape")
        try tmux.waitFor("1. Study")
        try tmux.keys("Escape")
        try tmux.waitFor("streak 1 day")
        try tmux.keys("q")
        let end = try tmux.waitFor("TTY_")
        #expect(end.contains("EXIT=0") && end.contains("TTY_RESTORED"), "\(end)")
    }

    @Test func underLangCNothingButASCIIReachesTheTerminal() throws {
        let tmux = Tmux()
        let raw = try RecallProcess.temporaryFolder().appendingPathComponent("raw.bin")
        try launch(tmux, language: "C", raw: raw)
        // Home, the help, the deck's menu, a question and its verdict, Browse, a fact's page.
        try tmux.keys("?")
        try tmux.waitFor("any key closes")
        // One key at a time: Esc and Enter together read as Alt-Enter.
        try tmux.keys("Escape")
        try tmux.waitFor("the help closed") { !$0.contains("any key closes") }
        try tmux.keys("Enter")
        try tmux.waitFor("1. Study")
        try tmux.keys("Enter")
        try answerWrongly(tmux, typed: try question(tmux))
        try tmux.keys("Escape")
        try tmux.waitFor("Leave the session?")
        try tmux.keys("Enter")
        try tmux.waitFor("Session ended.")
        try tmux.keys("Enter")
        try tmux.waitFor("1. Study")
        try tmux.keys("4")
        try tmux.waitFor("Search:")  // the Browse screen itself, not the menu line "4. Browse"
        try tmux.keys("End")
        try tmux.keys("Enter")
        try tmux.waitFor("History")
        for screen in ["Search:", "1. Study", "streak"] {
            try tmux.keys("Escape")
            try tmux.waitFor(screen)
        }
        try tmux.keys("q")
        try tmux.waitFor("TTY_")
        let bytes = try Data(contentsOf: raw)
        #expect(bytes.count > 1000)
        let high = bytes.filter { $0 > 0x7F }
        #expect(high.isEmpty, "\(high.count) bytes above 0x7F: \(String(decoding: bytes, as: UTF8.self).prefix(400))")
    }
}
