import Foundation
import TestSupport
import Testing

@testable import Storage

@Suite struct SeenDecksTests {
    @Test func whatIsSavedIsReadBack() throws {
        let folder = temporaryFolder()
        let seen = [
            "sco": ["charter": "a1b2", "evils \"three\"": "c3\\d4", "urdu-ذکر": "ff"],
            "empty": [:],
        ]
        try SeenDecks.save(seen, folder: folder)
        #expect(SeenDecks.read(folder: folder) == .seen(seen))
    }

    @Test func aFileThatIsNotOneReadsAsNothingSeen() throws {
        let folder = temporaryFolder()
        #expect(SeenDecks.read(folder: folder) == .seen([:]), "no file")
        let path = folder + "/" + SeenDecks.fileName
        let cases = [
            "", "{", "[]", #"{"decks": {"d": {"f": null}}}"#, #"{"decks": {"d": {"f": "x"}}} trailing"#,
            #"{"decks": {"d": {"f": "x",}}}"#,
        ]
        for text in cases {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            #expect(SeenDecks.read(folder: folder) == .unreadable, "\(text)")
        }
        try Data(#"{"format": 1, "later": [1, {"x": 2}], "decks": {"d": {"f": "x"}}}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(SeenDecks.read(folder: folder) == .seen(["d": ["f": "x"]]), "keys it does not know are skipped")
    }

    @Test func aNewerOrUnreadableFileIsToldApart() throws {
        let folder = temporaryFolder()
        let path = folder + "/" + SeenDecks.fileName
        #expect(SeenDecks.read(folder: folder) == .seen([:]))
        try Data(#"{"format": 2, "decks": {}}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(SeenDecks.read(folder: folder) == .newer(format: 2))
        try Data("{garbled".utf8).write(to: URL(fileURLWithPath: path))
        #expect(SeenDecks.read(folder: folder) == .unreadable)
        let aside = try #require(SeenDecks.setAside(folder: folder))
        #expect(aside.hasPrefix("decks-seen.json.corrupt-"))
        #expect(try String(contentsOfFile: folder + "/" + aside, encoding: .utf8) == "{garbled")
        #expect(SeenDecks.read(folder: folder) == .seen([:]))
    }
}
