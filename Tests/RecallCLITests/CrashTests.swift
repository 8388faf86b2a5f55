import Foundation
import Testing

/// SIGKILL `recall study --plain` at 100 random points, half of them while answers are being
/// saved and half while snapshots are being written (every answer writes one there, with
/// `RECALL_SNAPSHOT_EVERY=1`, on a collection large enough that writing takes a while).
/// After every kill: each answer whose verdict was printed is in the journal, in order; the
/// journal and the snapshots are whole; the store reloads without repairs; and no temporary
/// file is left behind.
@Suite struct CrashTests {
    @Test func killingTheStudySessionLosesNothingAndLeavesNothingHalfWritten() throws {
        let home = try RecallProcess.temporaryFolder()
        try Self.earlierReviews(6_000, cards: 4_000).write(
            to: home.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        let first = try RecallProcess.run(
            ["stats", "--json"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2026-12-01T08:00:00Z"])
        #expect(first.status == 0, "\(first.stderr)")

        var generator = SplitMix(seed: 2026)
        var shown: [String] = []
        var killedMidSnapshot = 0
        let answers = ["Eurasian", "regional organisation", "65", "42", "23", "security", "no idea", "1", "2", "China"]
        for round in 0..<100 {
            let duringSnapshots = round % 2 == 1
            let now =
                "2026-12-\(String(format: "%02d", round % 28 + 1))T\(String(format: "%02d", 9 + round / 28)):00:00Z"
            var environment = ["RECALL_HOME": home.path, "RECALL_NOW": now]
            if duringSnapshots { environment["RECALL_SNAPSHOT_EVERY"] = "1" }
            let session = try InteractiveProcess(
                ["study", "sco", "--plain", "--seed", "\(round)"], environment: environment)
            var answeredThisRound = 0
            for _ in 0..<Int(generator.next() % 3) {
                let answer = "\(answers[Int(generator.next() % UInt64(answers.count))]) #\(shown.count)"
                session.send(answer)
                guard session.readLine(where: InteractiveProcess.isVerdict) != nil else { break }
                shown.append(answer)
                answeredThisRound += 1
            }
            // Kill while a further answer is on its way. In the snapshot rounds, wait until its
            // verdict is shown: the snapshot (one after every answer here) is written after it.
            session.send("in flight #\(round)")
            if duringSnapshots {
                let deadline = Date().addingTimeInterval(2)
                while !session.hasPrinted(where: InteractiveProcess.isVerdict, after: answeredThisRound)
                    && Date() < deadline
                {
                    usleep(100)
                }
                usleep(UInt32(generator.next() % 2_000))
            } else {
                usleep(UInt32(generator.next() % 3_000))
            }
            let verdictShown = session.hasPrinted(where: InteractiveProcess.isVerdict, after: answeredThisRound)
            session.kill()

            let files = try FileManager.default.contentsOfDirectory(atPath: home.path)
            let journal = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
            let entries = journal.split(separator: "\n").map {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            #expect(!entries.contains { $0 == nil }, "round \(round): every journal line is whole")
            #expect(journal.hasSuffix("\n"), "round \(round): the journal ends with a whole line")
            let saved = entries.compactMap { $0?["answer"] as? String }.filter {
                $0.contains("#") && !$0.hasPrefix("in flight")
            }
            #expect(saved == shown, "round \(round): every answer with a printed verdict is journaled, in order")
            // Its verdict shown, the snapshot not covering it: the kill came before the snapshot
            // after it was in place, while it was being written.
            let covered = (try? Data(contentsOf: home.appendingPathComponent("progress.json")))
                .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
                .flatMap { ($0["journal"] as? [String: Any])?["entries"] as? Int }
            if duringSnapshots, verdictShown, let covered, covered < entries.count { killedMidSnapshot += 1 }
            for name in ["progress.json", "progress.json.bak"] where files.contains(name) {
                let data = try Data(contentsOf: home.appendingPathComponent(name))
                let snapshot = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                #expect(snapshot?["format"] != nil, "round \(round): \(name) is whole")
            }
            let reload = try RecallProcess.run(
                ["stats", "--json"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": now])
            #expect(reload.status == 0, "round \(round): \(reload.stderr)")
            #expect(
                !reload.stderr.contains("damaged") && !reload.stderr.contains("rebuilt"),
                "round \(round): \(reload.stderr)")
            let left = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains(".tmp-") }
            #expect(left.isEmpty, "round \(round): \(left) left behind")
        }
        #expect(shown.count >= 60)
        #expect(killedMidSnapshot >= 20, "only \(killedMidSnapshot) kills landed while a snapshot was being written")
    }

    /// A journal of `count` earlier answers to `cards` cards of another deck, so that every
    /// snapshot has that many cards to write.
    static func earlierReviews(_ count: Int, cards: Int) -> String {
        (0..<count).map { index in
            let day = 1 + index * 28 / count
            let time = "2026-11-\(String(format: "%02d", day))T07:00:00Z"
            return #"{"card":"earlier/f\#(index % cards)/answer","time":"\#(time)","rating":3}"# + "\n"
        }.joined()
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
