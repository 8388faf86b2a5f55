import Foundation
import Testing

/// The real binary in a real terminal (tmux on a private socket): a learner studies five
/// cards, typed and chosen, quits, and the journal has them; Ctrl-C and SIGTERM leave the
/// terminal as it was.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let deck = """
        recall: 1
        id: e2e
        title: End to end
        facts:
          - {id: rats, term: RATS, means: Regional Anti-Terrorist Structure}
          - {id: etim, term: ETIM, means: East Turkestan Islamic Movement}
          - {id: imu, term: IMU, means: Islamic Movement of Uzbekistan}
        """

    func launch(_ tmux: Tmux, home: URL) throws {
        let deck = home.appendingPathComponent("e2e.yaml")
        try Self.deck.write(to: deck, atomically: true, encoding: .utf8)
        let command = "env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no RECALL_HOME=\(home.path) RECALL_NOW=2026-11-29T09:00:00Z \(RecallProcess.binary.path) \(deck.path)"
        try tmux.start(command)
        try tmux.waitFor("End to end")
    }

    @Test func studyFiveCardsQuitAndFindThemInTheJournal() throws {
        let tmux = Tmux()
        let home = try RecallProcess.temporaryFolder()
        try launch(tmux, home: home)
        try tmux.keys("Enter")
        try tmux.waitFor("1. Study")
        try tmux.keys("Enter")
        let answers = ["Regional Anti-Terrorist Structure", "East Turkestan Islamic Movement", "Islamic Movement of Uzbekistan", "RATS"]
        for answer in answers {
            try tmux.waitFor("Answer:")
            try tmux.type(answer)
            try tmux.keys("Enter")
            try tmux.waitFor("Correct")
            try tmux.keys("Enter")
        }
        try tmux.waitFor("1. ")          // the fifth card is multiple choice
        try tmux.keys("2")
        try tmux.waitFor("you said")
        try tmux.keys("Enter")
        try tmux.keys("Escape")
        try tmux.waitFor("1. Study")
        try tmux.keys("Escape")
        try tmux.waitFor("streak 1 day")
        try tmux.keys("q")
        let end = try tmux.waitFor("TTY_")
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("TTY_RESTORED"))
        #expect(try tmux.variable("alternate_on") == "0")

        let journal = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        let entries = journal.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(entries.map { $0["card"] as? String } == ["e2e/rats/define", "e2e/etim/define", "e2e/imu/define", "e2e/rats/name", "e2e/rats/choose"])
        #expect(entries.prefix(4).allSatisfy { $0["verdict"] as? String == "correct" })
        #expect(entries[4]["answer"] as? String == "2")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let tmux = Tmux()
        try launch(tmux, home: try RecallProcess.temporaryFolder())
        try tmux.keys("C-c")
        let end = try tmux.waitFor("TTY_")
        #expect(end.contains("EXIT=130"))
        #expect(end.contains("TTY_RESTORED"))
        #expect(try tmux.variable("alternate_on") == "0")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = Tmux()
        try launch(tmux, home: try RecallProcess.temporaryFolder())
        let pid = try #require(try tmux.programID())
        kill(pid, SIGTERM)
        let end = try tmux.waitFor("TTY_")
        #expect(end.contains("EXIT=143"))
        #expect(end.contains("TTY_RESTORED"))
    }
}
