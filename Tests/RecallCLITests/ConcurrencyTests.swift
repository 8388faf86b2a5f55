import Foundation
import Testing

/// Two `recall study --plain` processes on one folder, as two terminals would be: an undo
/// in one takes back its own answer, never the other's, and a journal replaced under a
/// running session gets its later answers.
@Suite struct ConcurrencyTests {
    static let now = "2026-11-29T09:00:00Z"

    func session(_ home: URL) throws -> InteractiveProcess {
        try InteractiveProcess(
            ["study", "sco", "--plain", "--seed", "1"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now])
    }

    func journal(_ home: URL) throws -> [[String: Any]] {
        try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
            .split(separator: "\n").compactMap {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
    }

    @Test func anUndoInOneProcessNeverTakesBackAnothersAnswer() throws {
        let home = try RecallProcess.temporaryFolder()
        let a = try session(home), b = try session(home)
        // Both have built their queue (the same one) before either answers.
        #expect(a.readLine(where: { $0.hasPrefix("[1/") }) != nil && b.readLine(where: { $0.hasPrefix("[1/") }) != nil)
        a.send("Eurasian")
        #expect(a.readLine(where: InteractiveProcess.isVerdict) != nil)
        b.send("no idea")
        #expect(b.readLine(where: InteractiveProcess.isVerdict) != nil)
        a.send("=undo")
        #expect(a.readLine(where: { $0.hasPrefix("undone: ") }) != nil)
        a.kill()
        b.kill()
        let lines = try journal(home)
        #expect(lines.count == 3)
        let (first, second, undo) = (lines[0], lines[1], lines[2])
        #expect(first["card"] as? String == second["card"] as? String, "both answered the same card")
        #expect(undo["type"] as? String == "undo" && undo["undoes"] as? String == first["id"] as? String)
        // What stands is B's wrong answer alone (Again: back to the first step), not A's Good.
        let stats = try RecallProcess.run(
            ["stats", "sco", "--json", "--cards"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now])
        let card = try #require(first["card"] as? String)
        #expect(stats.stdout.contains(card), "\(stats.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let cards = try #require(root["cards"] as? [[String: Any]])
        let row = try #require(cards.first { $0["card"] as? String == card })
        #expect(row["reps"] as? Int == 1 && row["step"] as? Int == 0, "\(row)")
        #expect(row["due"] as? String == "2026-11-29T09:01:00Z", "\(row)")
    }

    @Test func aJournalReplacedUnderARunningSessionGetsItsLaterAnswers() throws {
        let home = try RecallProcess.temporaryFolder()
        let a = try session(home)
        a.send("Eurasian")
        #expect(a.readLine(where: InteractiveProcess.isVerdict) != nil)
        // As an editor saves: a new file renamed over the journal.
        let path = home.appendingPathComponent("reviews.jsonl")
        let copy = home.appendingPathComponent("reviews.jsonl.edited")
        try Data(contentsOf: path).write(to: copy)
        #expect(rename(copy.path, path.path) == 0)
        a.send("regional organisation")
        #expect(a.readLine(where: InteractiveProcess.isVerdict) != nil)
        a.kill()
        let answers = try journal(home).compactMap { $0["answer"] as? String }
        #expect(answers == ["Eurasian", "regional organisation"])
    }
}
