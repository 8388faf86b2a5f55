import Foundation
import Testing

/// Line mode as a script or a person feeds it: slips are asked about again, never graded.
@Suite struct LineModeTests {
    func journal(_ home: URL) -> [[String: Any]] {
        let text = (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// `7` for a question of four options names none: refused, the question asked again,
    /// and only the real answer journaled.
    @Test func aNumberNamingNoOptionIsAskedAgain() throws {
        let home = try RecallProcess.temporaryFolder()
        let result = try RecallProcess.run(
            ["quiz", "sco", "--plain", "--kind", "choice", "--count", "1", "--seed", "3"],
            environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"], input: "7\n0\n2\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("There is no option 7: type 1 to "), "\(result.stdout)")
        #expect(result.stdout.contains("There is no option 0: type 1 to "))
        #expect(result.stdout.components(separatedBy: "[1/1]").count == 4)
        #expect(journal(home).count == 1)
        #expect(journal(home).first?["answer"] as? String == "2")
    }

    /// An empty line is "don't know": the answer shown, journaled as such and rated Again.
    @Test func anEmptyLineIsDontKnow() throws {
        let home = try RecallProcess.temporaryFolder()
        let result = try RecallProcess.run(
            ["study", "sco", "--plain"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": "2026-11-29T09:00:00Z"],
            input: "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("don't know: "), "\(result.stdout)")
        let review = try #require(journal(home).first)
        #expect(review["verdict"] as? String == "don't know")
        #expect(review["rating"] as? Int == 1)
    }
}
