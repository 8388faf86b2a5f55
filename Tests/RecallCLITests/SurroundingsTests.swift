import Foundation
import Glibc
import Testing

/// Hostile surroundings: two Recalls at once, a data folder that cannot be written, a full
/// disk (a file size limit) and files that cannot be read. Each gives a clear message, and
/// nothing already saved is lost.
@Suite struct SurroundingsTests {
    static let now = "2026-12-01T09:00:00Z"

    @Test func twoStudySessionsAtOnceLoseNoAnswer() throws {
        let home = try RecallProcess.temporaryFolder()
        let environment = ["RECALL_HOME": home.path, "RECALL_NOW": Self.now]
        let first = try InteractiveProcess(["study", "sco", "--plain", "--seed", "1"], environment: environment)
        let second = try InteractiveProcess(["study", "sco", "--plain", "--seed", "2"], environment: environment)
        var sent: [String] = []
        for index in 0..<6 {
            let session = index % 2 == 0 ? first : second
            let answer = "answer #\(index)"
            session.send(answer)
            #expect(session.readLine(where: InteractiveProcess.isVerdict) != nil, "\(answer) was judged")
            sent.append(answer)
        }
        first.kill()
        second.kill()
        #expect(Self.journaledAnswers(home) == sent, "both sessions' answers, in the order they were given")
        let stats = try RecallProcess.run(["stats", "--json"], environment: environment)
        #expect(stats.status == 0, "\(stats.stderr)")
    }

    @Test func aFileSizeLimitStopsTheSessionWithAMessageAndTearsNothing() throws {
        let home = try Self.homeWithOneAnswer()
        let before = try Data(contentsOf: home.appendingPathComponent("reviews.jsonl"))
        let run = try RecallProcess.run(
            ["study", "sco", "--plain"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now],
            input: "China\n",
            launcher: ["/usr/bin/prlimit", "--fsize=\(before.count + 10)", "--"])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("was not saved, so the session stops here") && run.stderr.contains("file size limit"),
            "\(run.stderr)")
        #expect(
            !run.stdout.contains("correct:") && !run.stdout.contains("wrong:"),
            "no verdict for an answer that was not saved")
        #expect(try Data(contentsOf: home.appendingPathComponent("reviews.jsonl")) == before)
    }

    @Test func aReadOnlyFolderIsRefusedClearly() throws {
        let home = try Self.homeWithOneAnswer()
        let before = try Data(contentsOf: home.appendingPathComponent("reviews.jsonl"))
        try Self.handToTheUnprivilegedUser(home)
        for name in try FileManager.default.contentsOfDirectory(atPath: home.path) {
            chmod(home.appendingPathComponent(name).path, 0o444)
        }
        chmod(home.path, 0o555)
        defer { chmod(home.path, 0o755) }
        for arguments in [["study", "sco", "--plain"], ["stats"]] {
            let run = try RecallProcess.run(
                arguments, environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now], input: "China\n",
                launcher: Self.unprivileged, executable: Self.unprivilegedBinary)
            #expect(run.status == 1, "\(arguments): exit \(run.status)")
            #expect(
                run.stderr.contains("Permission denied") && run.stderr.contains("check the folder's permissions"),
                "\(run.stderr)")
        }
        #expect(try Data(contentsOf: home.appendingPathComponent("reviews.jsonl")) == before)
    }

    @Test(arguments: ["reviews.jsonl", "progress.json"])
    func anUnreadableFileIsNamed(file: String) throws {
        let home = try Self.homeWithOneAnswer()
        let before = try Data(contentsOf: home.appendingPathComponent("reviews.jsonl"))
        try Self.handToTheUnprivilegedUser(home)
        chmod(home.appendingPathComponent(file).path, 0o000)
        let run = try RecallProcess.run(
            ["stats"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": Self.now], launcher: Self.unprivileged,
            executable: Self.unprivilegedBinary)
        #expect(run.status == 1)
        #expect(run.stderr.contains(file) && run.stderr.contains("Permission denied"), "\(run.stderr)")
        chmod(home.appendingPathComponent(file).path, 0o644)
        #expect(try Data(contentsOf: home.appendingPathComponent("reviews.jsonl")) == before)
    }

    @Test func anUnreadableDeckIsSkippedWithANote() throws {
        let home = try RecallProcess.temporaryFolder()
        let decks = home.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        let deck = decks.appendingPathComponent("mine.yaml")
        try "recall: 1\ntitle: Mine\nfacts:\n  - {id: a, term: A, means: B}\n".write(
            to: deck, atomically: true, encoding: .utf8)
        try Self.handToTheUnprivilegedUser(home)
        chmod(deck.path, 0o000)
        let stats = try RecallProcess.run(
            ["stats"], environment: ["RECALL_HOME": home.path], launcher: Self.unprivileged,
            executable: Self.unprivilegedBinary)
        #expect(stats.status == 0 && stats.stderr.contains("mine.yaml has errors and is skipped"), "\(stats.stderr)")
        let check = try RecallProcess.run(
            ["check", deck.path], launcher: Self.unprivileged, executable: Self.unprivilegedBinary)
        #expect(
            check.status == 1 && (check.stdout + check.stderr).contains("cannot read the file: permission denied"),
            "\(check.stdout)\(check.stderr)")
    }

    // MARK: - Helpers

    /// The binary as `nobody` can run it: a checkout may sit in a folder only its owner can
    /// enter (`mktemp -d` makes one), so the binary and the shipped decks are copied to one
    /// anybody can. As anyone else, the binary itself.
    static let unprivilegedBinary: URL = {
        guard getuid() == 0 else { return RecallProcess.binary }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "recall-unprivileged-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent("recall")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        try! FileManager.default.copyItem(at: RecallProcess.binary, to: copy)
        try! FileManager.default.copyItem(
            at: RecallProcess.repository.appendingPathComponent("Decks"), to: folder.appendingPathComponent("Decks"))
        return copy
    }()

    /// Root can read and write anything, so as root the program runs as `nobody`.
    static let unprivileged: [String] =
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    static func handToTheUnprivilegedUser(_ folder: URL) throws {
        guard getuid() == 0 else { return }
        let paths =
            [folder.path]
            + (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .map { folder.appendingPathComponent($0).path }
        for path in paths { chown(path, 65534, 65534) }
    }

    /// A data folder with one answer journaled and a snapshot.
    static func homeWithOneAnswer() throws -> URL {
        let home = try RecallProcess.temporaryFolder()
        let run = try RecallProcess.run(
            ["study", "sco", "--plain"], environment: ["RECALL_HOME": home.path, "RECALL_NOW": now], input: "China\n")
        #expect(run.status == 0 && journaledAnswers(home) == ["China"], "\(run.stderr)")
        return home
    }

    static func journaledAnswers(_ home: URL) -> [String] {
        let journal = (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
        return journal.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["answer"] as? String
        }
    }
}
