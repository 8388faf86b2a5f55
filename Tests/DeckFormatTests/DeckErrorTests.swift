import DeckFormat
import Foundation
import Testing

/// Each class of deck error, with the exact line and column it is reported at.
@Suite struct DeckErrorTests {
    @Test func unknownKeysGetADidYouMean() {
        let text = """
            recall: 1
            titel: Test
            facts:
              - term: RATS
                meens: Regional Anti-Terrorist Structure
                tgas: [x]
            """
        #expect(
            lines(text) == [
                "2:1: error: unknown key 'titel' in the deck; did you mean 'title'?",
                "5:5: error: unknown key 'meens' in a term fact; did you mean 'means'?",
                "6:5: error: unknown key 'tgas' in a term fact; did you mean 'tags'?",
            ])
    }

    @Test func unknownKeyWithoutAGuessListsTheAllowedKeys() {
        let text = deck("  - id: a\n    term: A\n    means: B\n    colour: red\n")
        #expect(
            lines(text) == [
                "7:5: error: unknown key 'colour' in a term fact; the keys allowed here are 'term', 'means', "
                    + "'accept', 'wrong', 'id', 'tags', 'note', 'pool', 'source', 'as-of', 'review'"
            ])
    }

    @Test func aMissingKeyIsReportedBesideAnAllowedKeyCloseToIt() {
        let text = deck("  - id: a\n    date: The Charter was signed\n    where: San Francisco\n")
        #expect(lines(text) == ["4:5: error: fact 'a' has kind 'date' but no 'when'; add `when: YYYY-MM-DD`"])
        let misspelt = deck("  - id: a\n    date: The Charter was signed\n    whn: 1945-06-26\n")
        #expect(lines(misspelt) == ["6:5: error: unknown key 'whn' in a date fact; did you mean 'when'?"])
    }

    /// The deck-loader fuzz target's seeds, among them the inputs it once failed on: a deck
    /// that does not load says why, in YAML and in JSON.
    @Test func everyFuzzSeedThatFailsSaysWhy() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fuzz/Seeds/FuzzDeckLoader").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        #expect(files.contains("date-where-without-when.yaml"))
        for file in files {
            let bytes = Array(try Data(contentsOf: seeds.appendingPathComponent(file)))
            for syntax in [DeckSyntax.yaml, .json] {
                let result = DeckLoader.decode(bytes: bytes, path: file, syntax: syntax)
                #expect(result.deck != nil || result.diagnostics.contains { $0.severity == .error }, "\(file)")
            }
        }
    }

    @Test func aPipeOrADeviceIsNamedForWhatItIs() throws {
        let fifo = NSTemporaryDirectory() + "recall-fifo-\(UUID().uuidString)"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let link = fifo + "-link.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
        defer { unlink(link) }
        for (path, kind) in [(fifo, "a pipe (FIFO)"), (link, "a pipe (FIFO)"), ("/dev/zero", "a device")] {
            let messages = DeckLoader.load(path: path).diagnostics.map(\.message)
            #expect(messages == ["this is \(kind), not a file; give the path of a deck file (.yaml or .json)"])
        }
    }

    @Test func everyBadTextOfAFactIsToldByItsID() {
        let text = deck("  - id: a\n    term: \"A\\u0007B\"\n    means: \"C\\u001bD\"\n")
        let control = "which could take over the terminal; decks hold plain text, so remove it"
        #expect(
            lines(text) == [
                "5:11: error: the 'term' text of fact 'a' contains a control character (U+0007, bell), \(control)",
                "6:12: error: 'means' of fact 'a' contains a control character (U+001B, escape), \(control)",
            ])
    }

    @Test func aKeyOfAnotherKindIsNamedAsSuch() {
        let text = deck("  - id: a\n    term: A\n    means: B\n    members: [x, y]\n")
        #expect(
            lines(text) == [
                "7:5: error: 'members' belongs to set facts, not to term facts; remove it or change the fact's kind"
            ])
    }

    @Test func versionProblems() {
        #expect(
            lines("title: T\nfacts:\n  - {id: a, term: A, means: B}\n") == [
                "1:1: error: the file does not say it is a Recall deck; add `recall: 1` as its first line"
            ])
        #expect(
            lines("recall: 2\ntitle: T\nnewkey: 1\n") == [
                "1:9: error: this deck was made by a newer version of Recall (format 2); this Recall reads format 1, "
                    + "so update Recall to open it"
            ])
        #expect(
            lines("recall: one\ntitle: T\nfacts:\n  - {id: a, term: A, means: B}\n") == [
                "1:9: error: 'recall' must be the format version, the whole number 1; write `recall: 1`"
            ])
    }

    @Test func missingTitleAndFacts() {
        #expect(
            lines("recall: 1\n") == [
                "1:1: error: the deck has no 'title'; add `title: ...`, the name shown in menus",
                "1:1: error: the deck has no 'facts'; add `facts:` followed by a list of facts",
            ])
        #expect(
            lines("recall: 1\ntitle: T\nfacts: []\n") == [
                "3:8: error: 'facts' is empty; a deck needs at least one fact"
            ])
        #expect(
            lines("recall: 1\ntitle: T\nfacts: RATS\n") == [
                "3:8: error: 'facts' must be a list, each fact starting with '- ' (for example `- term: RATS`)"
            ])
    }

    @Test func factKindProblems() {
        let text = deck(
            """
              - just text
              - id: a
                trem: RATS
              - id: b
                means: nothing
              - id: c
                term: A
                date: B
            """)
        #expect(
            lines(text) == [
                "4:5: error: fact 1 must be a mapping of keys, such as `- term: RATS` followed by `means: ...` on the "
                    + "next line",
                "6:5: error: this fact has no kind key: unknown key 'trem'; did you mean 'term'?",
                "7:5: error: this fact has no kind key; start it with one of 'term:', 'date:', 'set:', 'sequence:', "
                    + "'number:', 'cloze:', 'question:'",
                "11:5: error: this fact has 2 kind keys, 'term' and 'date'; a fact has exactly one kind, so split it "
                    + "into separate facts",
            ])
    }

    @Test func missingRequiredKeysOfEachKind() {
        let text = deck(
            """
              - {id: t, term: A}
              - {id: d, date: B}
              - {id: s, set: C}
              - {id: q, sequence: D}
              - {id: n, number: E}
              - {id: a, question: F}
            """)
        #expect(
            lines(text) == [
                "4:5: error: fact 't' has kind 'term' but no 'means'; add `means: the meaning`",
                "5:5: error: fact 'd' has kind 'date' but no 'when'; add `when: YYYY-MM-DD`",
                "6:5: error: fact 's' has kind 'set' but no 'members'; add `members: [A, B]`",
                "7:5: error: fact 'q' has kind 'sequence' but no 'items'; add `items: [first, second]`",
                "8:5: error: fact 'n' has kind 'number' but no 'value'; add `value: 60`",
                "9:5: error: fact 'a' has kind 'question' but no 'answer'; add `answer: the answer`",
            ])
    }

    @Test func listsThatAreTooShortOrRepeat() {
        let text = deck(
            """
              - id: s
                set: Shanghai Five
                members: [China]
              - id: q
                sequence: order
                items: [A, B, a]
              - id: m
                set: x
                members: China
            """)
        #expect(
            lines(text) == [
                "6:14: error: 'members' of fact 's' has 1 item; it needs at least 2",
                "9:19: error: 'items' of fact 'q' lists 'a' twice (as 'A' too); remove one",
                "12:14: error: 'members' of fact 'm' must be a list, such as `members: [China, Russia]`",
            ])
    }

    @Test func datesThatAreNotDates() {
        let text = deck(
            """
              - {id: a, date: A, when: 2001-02-30}
              - {id: b, date: B, when: 2001-13}
              - {id: c, date: C, when: 15 June 2001}
              - {id: d, term: D, means: E, as-of: 2025-9}
            """)
        #expect(
            lines(text) == [
                "4:28: error: 'when' of fact 'a' is '2001-02-30', which is not a real date: February 2001 has 28 "
                    + "days, not 30",
                "5:28: error: 'when' of fact 'b' is '2001-13', which is not a date: there is no month 13; months run "
                    + "from 01 to 12",
                "6:28: error: 'when' of fact 'c' is '15 June 2001', which is not a date; write YYYY, YYYY-MM or "
                    + "YYYY-MM-DD, e.g. 2002-06-07",
                "7:39: error: 'as-of' of fact 'd' is '2025-9', which is not a date; write YYYY, YYYY-MM or "
                    + "YYYY-MM-DD, e.g. 2002-06-07",
            ])
    }

    @Test func idsMustBeValidAndUnique() {
        let text = deck(
            """
              - {id: Bad Id, term: A, means: B}
              - {id: dup, term: C, means: D}
              - {id: dup, term: E, means: F}
            """)
        #expect(
            lines(text) == [
                "4:10: error: fact id 'Bad Id' is not valid: use lowercase letters, digits and hyphens, starting with "
                    + "a letter or digit, e.g. 'bad-id'",
                "6:10: error: duplicate fact id 'dup' (also at line 5); give each fact its own id",
            ])
    }

    @Test func missingIdsAreDerivedWithAWarning() throws {
        let result = load(deck("  - term: The SCO Charter\n    means: x\n  - term: The SCO Charter!\n    means: y\n"))
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.line) == [4, 6])
        #expect(result.warnings[0].message.contains("its id 'sco-charter' comes from its text"))
        let facts = try #require(result.deck).facts
        #expect(facts.map(\.id) == ["sco-charter", "sco-charter-2"])
        #expect(facts.allSatisfy { $0.idIsDerived })
    }

    @Test func poolsMustExistAndHoldAnswers() {
        let text = """
            recall: 1
            title: T
            pools:
              country: [China, India]
              empty: []
            facts:
              - {id: a, set: S, members: [China, India], pool: countrys}
              - {id: b, question: Q, answer: A, pool: person}
            """
        #expect(
            lines(text) == [
                "5:10: error: pool 'empty' is empty; list at least one answer in it, or remove it",
                "7:52: error: pool 'countrys' is not defined in the deck; did you mean 'country'?",
                "8:43: error: pool 'person' is not defined in the deck; the deck's pools are 'country'",
            ])
    }

    @Test func clozeBlanksMustBeWellFormed() {
        let text = deck(
            """
              - {id: a, cloze: no blanks here}
              - {id: b, cloze: "open {{blank"}
              - {id: c, cloze: "empty {{}} blank"}
              - {id: d, cloze: "stray }} close {{ok}}"}
            """)
        #expect(
            lines(text) == [
                "4:20: error: cloze of fact 'a' has no blanks; put each hidden answer in double braces, e.g. `The "
                    + "capital is {{Beijing}}.`",
                "5:20: error: cloze of fact 'b' opens a blank with '{{' but never closes it; add '}}'",
                "6:20: error: cloze of fact 'c' has an empty blank or alternative in '{{}}'; write {{answer}} or "
                    + "{{answer|other spelling}}",
                "7:20: error: cloze of fact 'd' has '}}' with no '{{' before it; mark each blank as {{answer}}",
            ])
    }

    @Test func numbersMustBeNumbers() {
        let text = deck(
            """
              - {id: a, number: share, value: 60%}
              - {id: b, number: count, value: 10, tolerance: -1}
              - {id: c, number: big, value: "1,300", tolerance: 5}
              - {id: d, number: wide, value: 100, tolerance: 1e308}
              - {id: e, number: huge, value: 1e309}
            """)
        #expect(
            lines(text) == [
                "4:35: error: 'value' of fact 'a' is '60%', which is not a number; write the number alone and put its "
                    + "unit in `unit:`",
                "5:50: error: 'tolerance' of fact 'b' is negative; write how far off an answer may be, e.g. "
                    + "`tolerance: 5`",
                "7:50: error: 'tolerance' of fact 'd' is 1e308, more than 10^9 (1000000000); a tolerance that wide "
                    + "accepts any answer: give the value in a larger unit",
                "8:34: error: 'value' of fact 'e' is '1e309', a number too large for Recall; give it in a larger unit",
            ])
    }
}
