import Foundation
import Testing

/// The hostile deck corpus (`Tests/DeckFormatTests/Hostile/`, and a few files too large to
/// commit, written here): each is refused by `recall check` with a message at a line and
/// column, in bounded time and memory, and nothing it prints carries a control character.
/// A byte-order mark, CRLF line ends and a large valid deck are accepted instead.
@Suite struct HostileDeckTests {
    static let corpus = RecallProcess.repository.appendingPathComponent("Tests/DeckFormatTests/Hostile")

    /// Generous bounds for a debug build: they catch a hang or a blow-up, not a slowdown.
    static let secondsAllowed = 60.0
    static let megabytesAllowed = 512.0

    static let refused: [(file: String, says: String)] = [
        ("malformed.yaml", "YAML syntax: found unexpected end of stream"),
        ("alias-bomb.yaml", "expands to far more values"),
        ("deep-nesting.yaml", "nested too deep"),
        ("deep-nesting.json", "nested more than 128 deep"),
        ("binary-junk.yaml", "is not UTF-8 text"),
        ("invalid-utf8.yaml", "is not UTF-8 text"),
        ("nul-bytes.yaml", "NUL byte"),
        ("control-characters.yaml", "contains a control character"),
        ("enormous-numbers.yaml", "a number too large"),
        ("impossible-date.yaml", "February 2001 has 28 days, not 30"),
        ("duplicate-keys.yaml", "duplicate key 'means'"),
    ]

    @Test(arguments: refused.map(\.file))
    func aHostileFileIsRefusedClearly(file: String) throws {
        let says = Self.refused.first { $0.file == file }!.says
        try expectRefused(Self.corpus.appendingPathComponent(file).path, saying: says)
    }

    /// Every text field of a deck is checked for control characters, each with its own error.
    @Test func everyTextFieldWithAControlCharacterIsNamed() throws {
        let run = try MeasuredRun.recall(["check", Self.corpus.appendingPathComponent("control-characters.yaml").path])
        #expect(run.text.components(separatedBy: "contains a control character").count - 1 == 24)
    }

    @Test(arguments: ["bom.yaml", "crlf.yaml"])
    func aByteOrderMarkAndCRLFAreAccepted(file: String) throws {
        try expectAccepted(Self.corpus.appendingPathComponent(file).path)
    }

    @Test func filesTooLargeToCommitAreRefusedOrAccepted() throws {
        let folder = try RecallProcess.temporaryFolder()
        // 10 MB of valid facts with long notes: over the 8 MB limit.
        let tenMegabytes = folder.appendingPathComponent("ten-megabytes.yaml")
        try Self.deck(facts: 10_400, noteLength: 900).write(to: tenMegabytes, atomically: true, encoding: .utf8)
        try expectRefused(tenMegabytes.path, saying: "a deck can be at most 8 MB", line: 1)
        // One text of 6 MB: within the file limit, far over the limit for a text.
        let longText = folder.appendingPathComponent("long-text.yaml")
        try
            ("recall: 1\ntitle: \"" + String(repeating: "y", count: 6_000_000)
            + "\"\nfacts:\n  - {id: a, term: A, means: B}\n")
            .write(to: longText, atomically: true, encoding: .utf8)
        try expectRefused(longText.path, saying: "is too long (6000000 bytes", line: 2)
        // A large deck that is fine: 4 MB, 6,000 facts.
        let large = folder.appendingPathComponent("large.yaml")
        try Self.deck(facts: 6_000, noteLength: 600).write(to: large, atomically: true, encoding: .utf8)
        try expectAccepted(large.path, questions: false)
    }

    // MARK: - Helpers

    /// A deck of term facts with ids and notes of the given length.
    static func deck(facts: Int, noteLength: Int) -> String {
        let note = String(repeating: "n", count: noteLength)
        return "recall: 1\ntitle: Big\nfacts:\n"
            + (0..<facts).map {
                "  - id: f\($0)\n    term: T\($0)\n    means: meaning \($0)\n    note: \(note)\n"
            }.joined()
    }

    private func expectRefused(
        _ path: String, saying: String, line: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let run = try MeasuredRun.recall(["check", path])
        #expect(run.status == 1, "exit \(run.status): \(run.text.prefix(500))", sourceLocation: sourceLocation)
        #expect(run.text.contains(saying), "\(run.text.prefix(800))", sourceLocation: sourceLocation)
        let errors = run.text.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty, sourceLocation: sourceLocation)
        for error in errors {
            #expect(
                error.range(of: #"^.+:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(error)",
                sourceLocation: sourceLocation)
        }
        if let line { #expect(errors.contains { $0.hasPrefix("\(path):\(line):") }, sourceLocation: sourceLocation) }
        expectBounded(run, sourceLocation: sourceLocation)
    }

    private func expectAccepted(
        _ path: String, questions: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let run = try MeasuredRun.recall(["check", path])
        #expect(run.status == 0, "exit \(run.status): \(run.text.prefix(500))", sourceLocation: sourceLocation)
        expectBounded(run, sourceLocation: sourceLocation)
        guard questions else { return }
        for format in ["text", "markdown", "html", "json"] {
            let sheet = try MeasuredRun.recall(["questions", path, "--all", "--format", format])
            #expect(
                sheet.status == 0 && !sheet.output.isEmpty, "\(format): \(sheet.text.prefix(300))",
                sourceLocation: sourceLocation)
            expectBounded(sheet, sourceLocation: sourceLocation)
        }
    }

    /// Bounded time and memory, and no control character but a line break in the output.
    private func expectBounded(_ run: MeasuredRun, sourceLocation: SourceLocation) {
        #expect(run.seconds < Self.secondsAllowed, "took \(run.seconds) s", sourceLocation: sourceLocation)
        #expect(
            run.peakMegabytes < Self.megabytesAllowed, "peaked at \(run.peakMegabytes) MB",
            sourceLocation: sourceLocation)
        let controls = run.output.filter { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
        #expect(controls.isEmpty, "control bytes \(Set(controls)) in the output", sourceLocation: sourceLocation)
        let text = run.text
        #expect(
            !text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "C1 control in the output",
            sourceLocation: sourceLocation)
    }
}
