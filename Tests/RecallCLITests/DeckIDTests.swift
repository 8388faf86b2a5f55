import Foundation
import Testing

/// One deck id, one deck: a stranger's file with a taken id is refused where progress is
/// kept, and a deck in `$RECALL_HOME/decks` with a shipped id replaces it.
@Suite struct DeckIDTests {
    static let now = "2026-11-29T09:00:00Z"

    /// A copy of the shipped SCO deck under another title: the same id, `sco`.
    func stranger(in folder: URL, name: String = "other.yaml") throws -> URL {
        let shipped = try String(
            contentsOf: RecallProcess.repository.appendingPathComponent("Decks/sco.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent(name)
        try shipped.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Stranger's ").write(
            to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test(arguments: [["study", "--plain"], ["quiz", "--plain"], ["stats"], ["exam"]])
    func aFileWithATakenIdIsRefusedWhereProgressIsKept(command: [String]) throws {
        let home = try RecallProcess.temporaryFolder()
        let file = try stranger(in: home)
        let arguments = [command[0], file.path] + command.dropFirst()
        let run = try RecallProcess.run(
            arguments, environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now], input: "x\n")
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path) has the deck id 'sco', as "), "\(run.stderr)")
        #expect(run.stderr.contains("Decks/sco.yaml does") && run.stderr.contains("`id: sco-2`"))
        let journal = home.appendingPathComponent("reviews.jsonl")
        #expect(((try? Data(contentsOf: journal)) ?? Data()).isEmpty, "nothing journaled")
    }

    @Test func commandsThatKeepNoProgressWorkOnSuchACopy() throws {
        let home = try RecallProcess.temporaryFolder()
        let file = try stranger(in: home)
        for arguments in [["check", file.path], ["questions", file.path, "--count", "2"], ["cards", file.path]] {
            let run = try RecallProcess.run(arguments, environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
    }

    @Test func aDeckInTheHomeFolderReplacesTheShippedOneWithANotice() throws {
        let home = try RecallProcess.temporaryFolder()
        let decks = home.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        _ = try stranger(in: decks, name: "sco.yaml")
        let environment = ["RECALL_HOME": home.path, "RECALL_NOW": Self.now]
        let study = try RecallProcess.run(["study", "sco", "--plain"], environment: environment, input: "Eurasian\n")
        #expect(study.stderr.contains("decks/sco.yaml replaces the shipped deck 'sco'; its progress is kept."))
        let all = try RecallProcess.run(["study", "--plain"], environment: environment, input: "")
        #expect(all.stderr.contains("replaces the shipped deck 'sco'"))
        let stats = try RecallProcess.run(["stats"], environment: environment)
        #expect(stats.stdout.split(separator: "\n").filter { $0.hasPrefix("sco ") }.count == 1)
        #expect(stats.stdout.contains("sco ") && stats.status == 0)
    }
}
