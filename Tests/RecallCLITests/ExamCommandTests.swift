import Foundation
import Testing

/// `recall exam`: setting, showing and clearing a deck's exam, and its effect on study.
@Suite struct ExamCommandTests {
    @Test func setShowStudyAndClear() throws {
        let home = try RecallProcess.temporaryFolder()
        let environment = ["RECALL_HOME": home.path, "RECALL_NOW": "2026-12-01T09:00:00Z"]
        let none = try RecallProcess.run(["exam", "sco"], environment: environment)
        #expect(none.status == 0 && none.stdout.contains("has no exam set"))

        let cards = try RecallProcess.run(["cards", "sco"], environment: environment).stdout.split(separator: "\n")
            .count
        // A date as a person writes it, read as the answer checker reads one.
        let set = try RecallProcess.run(
            ["exam", "sco", "--date", "21 Dec 2026", "--budget", "5m"], environment: environment)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("on 2026-12-21, 5 min a day"))
        #expect(set.stdout.contains("20 days left; \(cards) cards, \(cards) never studied"))
        // 20 days of 300 s at 31 s a new card.
        #expect(set.stdout.contains("warning: at 5 min a day you can first-see 193 of \(cards) cards before the exam."))
        #expect(set.stdout.contains("recall exam sco --fewer-cards"))
        let saved = try #require(exams(in: home)["sco"] as? [String: Any])
        #expect(saved["date"] as? String == "2026-12-21" && saved["budget"] as? String == "5m")
        #expect(saved["fewerCardsKnownWell"] as? Bool == false)

        let json = try RecallProcess.run(["exam", "sco", "--json"], environment: environment)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(
            root["daysLeft"] as? Int == 20 && root["neverStudied"] as? Int == cards
                && root["firstSeeable"] as? Int == 193)
        let projected = try #require(root["projected"] as? [String: Double])
        #expect((0.3...0.8).contains(projected["meanRecall"] ?? -1), "\(projected)")

        // Studying follows the plan: no cap of 20 new cards; the budget is what limits the day.
        let study = try RecallProcess.run(
            ["study", "sco", "--plain"], environment: environment,
            input: String(repeating: "pass\n", count: 25))
        #expect(study.stdout.contains("[21/"), "more than 20 new cards in a day: \(study.stdout.suffix(300))")

        let fewer = try RecallProcess.run(["exam", "sco", "--fewer-cards"], environment: environment)
        #expect(fewer.stdout.contains("fewer cards known well") && !fewer.stdout.contains("--fewer-cards"))
        let cleared = try RecallProcess.run(["exam", "sco", "--clear"], environment: environment)
        #expect(cleared.status == 0 && cleared.stdout.contains("Cleared the exam"))
        #expect(try exams(in: home).isEmpty)
    }

    /// The exams in the settings file.
    func exams(in home: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: home.appendingPathComponent("settings.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["exams"] as? [String: Any])
    }

    @Test(arguments: [
        (["exam", "sco", "--date", "2026-02-30", "--budget", "5m"], "--date must be a real day"),
        (["exam", "sco", "--date", "March 2027", "--budget", "5m"], "--date must be a real day"),
        (["exam", "sco", "--date", "2026-12-21", "--budget", "lots"], "--budget must be minutes a day"),
        (["exam", "sco", "--date", "2026-11-01", "--budget", "5m"], "the exam date 2026-11-01 has passed"),
        (["exam", "sco", "--budget", "5m"], "has no exam yet; give both --date and --budget"),
        (
            ["exam", "sco", "--date", "9999-12-31", "--budget", "5m"],
            "the exam date 9999-12-31 is more than five years ahead; give a date up to 2031-12-01"
        ),
        (["exam", "sco", "--clear", "--budget", "5m"], "--clear takes no other option"),
    ])
    func badOptionsSayWhatIsWrong(arguments: [String], message: String) throws {
        let run = try RecallProcess.run(arguments, environment: ["RECALL_NOW": "2026-12-01T09:00:00Z"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func anExamSetTooFarAheadByHandIsRefusedAtOnce() throws {
        let home = try RecallProcess.temporaryFolder()
        try Data(#"{"exams": {"sco": {"date": "9999-12-31", "budget": "5m"}}}"#.utf8)
            .write(to: home.appendingPathComponent("settings.json"))
        let run = try RecallProcess.run(
            ["exam", "sco"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2026-12-01T09:00:00Z"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("is more than five years ahead; give a date up to 2031-12-01"), "\(run.stderr)")
    }
}
