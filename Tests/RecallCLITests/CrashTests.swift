import Foundation
import Testing

/// SIGKILL `recall study --plain` at random points: every answer whose verdict was printed
/// must be in the journal, and the store must always reload.
@Suite struct CrashTests {
    @Test func killingTheStudySessionLosesNoAnswerWhoseVerdictWasShown() throws {
        let home = try RecallProcess.temporaryFolder()
        var generator = SplitMix(seed: 2026)
        var shown: [String] = []
        let answers = ["Eurasian", "regional organisation", "65", "42", "23", "security", "no idea", "1", "2", "China"]
        for round in 0..<12 {
            let now = "2026-12-\(String(format: "%02d", round + 1))T09:00:00Z"
            let session = try InteractiveProcess(
                ["study", "sco", "--plain", "--seed", "\(round)"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": now])
            let answersBeforeKill = Int(generator.next() % 4)
            for _ in 0..<answersBeforeKill {
                let answer = "\(answers[Int(generator.next() % UInt64(answers.count))]) #\(shown.count)"
                session.send(answer)
                guard session.readLine(where: InteractiveProcess.isVerdict) != nil else { break }
                shown.append(answer)
            }
            // Kill either while a further answer is being handled or while the session waits.
            if generator.next() % 2 == 0 {
                session.send("in flight #\(round)")
                usleep(UInt32(generator.next() % 3000))
            }
            session.kill()

            let journal = (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
            let saved = journal.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["answer"] as? String
            }
            let savedShown = saved.filter { !$0.hasPrefix("in flight") }
            #expect(savedShown == shown, "round \(round): every answer with a printed verdict is journaled, in order")
            let reload = try RecallProcess.run(["stats", "--json"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": now])
            #expect(reload.status == 0, "round \(round): \(reload.stderr)")
        }
        #expect(shown.count >= 8)
    }
}

/// A small seeded generator, so the kill points replay exactly.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
