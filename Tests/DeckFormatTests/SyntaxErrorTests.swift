import DeckFormat
import Testing

/// Problems below the deck format: YAML and JSON syntax, duplicate keys, encodings.
@Suite struct SyntaxErrorTests {
    @Test func yamlSyntaxErrorsNameTheSpotAndAFix() {
        #expect(
            lines("recall: 1\ntitle: Syntax: bad\nfacts: []\n") == [
                "2:14: error: YAML syntax: mapping values are not allowed in this context; a value contains ': '; put "
                    + "the whole value in quotes, or check the indentation"
            ])
        #expect(
            lines("recall: 1\ntitle: T\nfacts:\n\t- term: A\n") == [
                "4:1: error: YAML syntax: found character that cannot start any token (while scanning for the next "
                    + "token at line 4); YAML is indented with spaces, never tabs; replace the tab with spaces"
            ])
    }

    @Test func everyDuplicateYAMLKeyIsReported() {
        let text = """
            recall: 1
            title: Dup
            title: Dup again
            facts:
              - id: a
                term: A
                means: B
                means: C
              - {id: b, term: X, means: Y, means: Z}
            """
        #expect(
            lines(text) == [
                "3:1: error: duplicate key 'title' (first at line 2); keep one of them",
                "8:5: error: duplicate key 'means' (first at line 7); keep one of them",
                "9:32: error: duplicate key 'means' (first at column 22); keep one of them",
            ])
        #expect(load(text).deck == nil)
    }

    @Test func aliasBombsAreRefusedQuickly() {
        var text = "recall: 1\ntitle: Bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        text += "facts: *a8\n"
        let result = load(text)
        #expect(result.deck == nil)
        #expect(result.errors.contains { $0.message.contains("expands to far more values than it has text") })
    }

    @Test func jsonSyntaxErrorsAndDuplicates() {
        let text = """
            {"recall": 1, "title": "J", "title": "K",
             "facts": [
               {"term": "A", "means": "B",},
             ]}
            """
        #expect(
            lines(text, syntax: .json) == [
                "1:29: error: duplicate key 'title' (first at line 1); keep one of them",
                "3:31: error: JSON syntax: expected a key in double quotes but found '}'; remove the comma before }",
            ])
        #expect(
            lines("{\"recall\": 1, // note\n}", syntax: .json) == [
                "1:15: error: JSON syntax: expected a key in double quotes but found '/' (JSON has no comments); keys "
                    + "must be text in double quotes"
            ])
        #expect(
            lines("{\"recall\": 1, \"title\": 'T'}", syntax: .json) == [
                "1:24: error: JSON syntax: unexpected ' (JSON text uses double quotes) where a value was expected; "
                    + "text must be in double quotes"
            ])
        #expect(
            lines("{\"title\": \"unclosed}", syntax: .json) == [
                "1:11: error: JSON syntax: this text in quotes is never closed; add the closing \""
            ])
    }

    @Test func filesThatAreNotTextAreRefused() {
        let bytes: [UInt8] = Array("recall: 1\ntitle: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = DeckLoader.decode(bytes: bytes, path: "bad.yaml", syntax: .yaml)
        #expect(
            result.diagnostics.map(\.formatted) == [
                "bad.yaml:2:8: error: the file is not UTF-8 text: byte 0xC3 at offset 17 (1 bad byte); save the file "
                    + "with UTF-8 encoding"
            ])
        let nul = DeckLoader.decode(bytes: Array("recall: 1\n\0".utf8), path: "nul.yaml", syntax: .yaml)
        #expect(nul.diagnostics.first?.message.hasPrefix("the file contains a NUL byte (at byte 10)") == true)
        #expect(
            lines("") == ["1:1: error: the file is empty; a deck needs `recall: 1`, a `title` and a list of `facts`"])
        #expect(lines("   \n", syntax: .json).first?.hasPrefix("1:1: error: JSON syntax: the file is empty") == true)
    }

    @Test func aByteOrderMarkAndCRLFLineEndsAreFine() throws {
        let text = "\u{FEFF}recall: 1\r\ntitle: T\r\nfacts:\r\n  - id: a\r\n    term: A\r\n    means: B\r\n"
        let result = load(text)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.deck).facts[0].content == .term(.init(term: "A", means: "B")))
        let json =
            "\u{FEFF}{\"recall\": 1,\r\n \"title\": \"T\", \"facts\": [{\"id\": \"a\", \"term\": \"A\", \"means\": "
            + "\"B\"}]}"
        #expect(load(json, syntax: .json).diagnostics.isEmpty)
    }
}
