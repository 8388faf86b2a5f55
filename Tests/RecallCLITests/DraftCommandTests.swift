import Foundation
import Testing

/// `recall draft`: notes in, a deck that passes `recall check` out, the same bytes each
/// time, and what was not used said line by line.
@Suite struct DraftCommandTests {
    let notes = """
        Economic Cooperation Organization (ECO):

        The ECO was founded in 1985 by Iran, Pakistan and Turkey.

        Members of ECO (10) :
          1. Iran.
          2. Pakistan.
          3. Turkey.

        The ECO secretariat is based in Tehran, Iran.
        Sensitivity with the west.
        """

    func folder(with files: [String: String]) throws -> URL {
        let folder = try RecallProcess.temporaryFolder()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func run(_ arguments: [String], in folder: URL) throws -> RecallProcess.Output {
        try RecallProcess.run(arguments, environment: ["RECALL_HOME": folder.appendingPathComponent("home").path])
    }

    @Test func notesBecomeADeckThatPassesCheckAndTheSameBytesTwice() throws {
        let folder = try folder(with: ["eco.txt": notes])
        let notesPath = folder.appendingPathComponent("eco.txt").path
        let first = try run(["draft", notesPath], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let deck = folder.appendingPathComponent("eco.yaml")
        let written = try String(contentsOf: deck, encoding: .utf8)
        #expect(written.contains("id: \"eco\"") && written.contains("source: \"eco.txt:3\""), "\(written)")
        #expect(written.contains("# eco.txt:3: The ECO was founded in 1985 by Iran, Pakistan and Turkey."))
        #expect(first.stdout.hasPrefix("drafted "), "\(first.stdout)")
        #expect(first.stdout.contains("; 1 fact to review (marked review:)"), "\(first.stdout)")
        #expect(first.stdout.contains("eco.txt:11: not used: nothing to ask"), "\(first.stdout)")
        let check = try run(["check", deck.path], in: folder)
        #expect(check.status == 0 && check.stderr.contains("1 fact to review"), "\(check.stderr)")
        // Again: the file is there, so --force; the same bytes.
        let refused = try run(["draft", notesPath], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("already exists"), "\(refused.stderr)")
        let again = try run(["draft", notesPath, "--force"], in: folder)
        #expect(again.status == 0)
        #expect(try String(contentsOf: deck, encoding: .utf8) == written)
    }

    @Test func usageErrorsAndNothingToDraft() throws {
        let folder = try folder(with: ["a.txt": notes, "b.txt": notes, "empty.txt": "Sensitivity with west.\n"])
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let several = try run(["draft", path("a.txt"), path("b.txt")], in: folder)
        #expect(several.status == 2 && several.stderr.contains("--out FILE"), "\(several.stderr)")
        let badID = try run(["draft", path("a.txt"), "--id", "Not An Id"], in: folder)
        #expect(badID.status == 2 && badID.stderr.contains("'not-an-id'"), "\(badID.stderr)")
        let nothing = try run(["draft", path("empty.txt")], in: folder)
        #expect(nothing.status == 1 && nothing.stderr.contains("could be drafted"), "\(nothing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path("empty.yaml")))
        let missing = try run(["draft", path("missing.txt")], in: folder)
        #expect(missing.status == 1 && missing.stderr.contains("cannot read"), "\(missing.stderr)")
        let both = try run(
            ["draft", path("a.txt"), path("b.txt"), "--out", path("both.yaml"), "--id", "sco"], in: folder)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stderr.contains("an installed deck already has the id 'sco'"), "\(both.stderr)")
        let deck = try String(contentsOfFile: path("both.yaml"), encoding: .utf8)
        #expect(deck.contains("source: \"a.txt:3\"") && deck.contains("source: \"b.txt:3\""))
        let unwritable = try run(["draft", path("a.txt"), "--out", "/proc/nowhere/x.yaml"], in: folder)
        #expect(unwritable.status == 1 && unwritable.stderr.contains("cannot write /proc/nowhere/x.yaml"))
    }

    /// The team's seed notes, beside the project (or beside the clone's origin).
    static let seed = [
        RecallProcess.repository.appendingPathComponent("../shared/seed/sco-notes.txt").standardized,
        URL(fileURLWithPath: "/work/shared/seed/sco-notes.txt"),
    ].first { FileManager.default.fileExists(atPath: $0.path) }

    @Test(.enabled(if: seed != nil, "the seed notes are not on this machine"))
    func theSeedNotesDraftIntoADeckThatPassesCheck() throws {
        let folder = try RecallProcess.temporaryFolder()
        let seed = try #require(Self.seed)
        let out = folder.appendingPathComponent("sco.yaml").path
        let draft = try run(["draft", seed.path, "--out", out], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        let check = try run(["check", out], in: folder)
        #expect(check.status == 0 && check.stderr.contains(": 0 errors"), "\(check.stderr)")
    }
}
