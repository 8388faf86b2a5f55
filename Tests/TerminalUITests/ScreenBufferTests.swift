import Testing

@testable import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func writesWideAndCombiningCharacters() {
        var buffer = ScreenBuffer(size: Size(columns: 12, rows: 2))
        #expect(buffer.write("吉尔x", x: 0, y: 0) == 5)
        #expect(buffer[0, 0].width == 2 && buffer[1, 0].isContinuation && buffer[4, 0].text == "x")
        buffer.write("e\u{301}a", x: 0, y: 1)
        #expect(buffer[0, 1].text == "e\u{301}" && buffer[1, 1].text == "a")
        #expect(buffer.lines == ["吉尔x", "éa"])
    }

    @Test func clipsAtTheEdgeAndAtMaxWidth() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.write("abcdefgh", x: 2, y: 0)
        #expect(buffer.lines == ["  abcd"])
        buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.write("吉吉吉", x: 0, y: 0, maxWidth: 3)
        #expect(buffer.lines == ["吉"])
        buffer.write("xyz", x: 10, y: 0)
        buffer.write("xyz", x: 0, y: 5)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(columns: 4, rows: 1))
        buffer.write("吉吉", x: 0, y: 0)
        buffer.write("a", x: 1, y: 0)
        #expect(buffer.lines == [" a吉"])
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var buffer = ScreenBuffer(size: Size(columns: 20, rows: 1))
        buffer.write("a\u{1B}[31mb\u{7}c\u{9B}", x: 0, y: 0)
        #expect(
            !buffer.cells.contains {
                $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
            })
        #expect(buffer.lines == ["a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}"])
    }

    @Test func changesListOnlyWhatDiffers() {
        var first = ScreenBuffer(size: Size(columns: 5, rows: 2))
        first.write("hello", x: 0, y: 0)
        var second = first
        second.write("J", x: 0, y: 1)
        #expect(second.changes(since: first).map(\.position) == [Position(x: 0, y: 1)])
        #expect(second.changes(since: nil).count == 10)
        #expect(second.changes(since: ScreenBuffer(size: Size(columns: 4, rows: 2))).count == 10)
    }

    @Test func styleMapsNameEachStyleOnce() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.write("ab", x: 0, y: 0, style: Style(bold: true))
        buffer.write("c", x: 3, y: 0, style: Style(foreground: .red))
        #expect(buffer.styleMap == "A=b B=f1\nAA.B")
    }
}

@Suite struct TextTests {
    @Test(arguments: [
        ("a", 1), ("吉", 2), ("é", 1), ("\u{301}", 0), ("🇵🇰", 2), ("😀", 2),
        ("کرغیزستان", 9), ("\u{200B}", 0),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func wrapsByWordsAndDisplayWidth() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextLayout.wrap("吉尔吉斯 斯坦", width: 6) == ["吉尔吉", "斯", "斯坦"])
        #expect(TextLayout.wrap("a\nb", width: 5) == ["a", "b"])
        #expect(TextLayout.truncate("Shanghai Cooperation", width: 10) == "Shanghai…")
        #expect(TextLayout.pad("ab", width: 4) == "ab  ")
    }

    @Test func textFieldEditsWholeCharactersAndTracksTheCaret() {
        var field = TextField()
        for character in "Qırğız" { field.insert(character) }
        field.handle(.backspace)
        #expect(field.text == "Qırğı")
        field.handle(.home)
        field.insert("X")
        #expect(field.text == "XQırğı" && field.caret == 1)
        field.handle(.end)
        field.insert("e")
        field.insert("\u{301}")
        #expect(field.text == "XQırğıé" && field.caret == 7)
        field.handle(.control("u"))
        #expect(field.text == "")
    }

    @Test func textFieldPlacesTheCaretAfterWideText() {
        var field = TextField()
        for character in "吉尔吉斯斯坦" { field.insert(character) }
        var buffer = ScreenBuffer(size: Size(columns: 30, rows: 1))
        field.render(into: &buffer, x: 2, y: 0, width: 20)
        #expect(buffer.cursor == Position(x: 14, y: 0))
        var narrow = ScreenBuffer(size: Size(columns: 30, rows: 1))
        field.render(into: &narrow, x: 0, y: 0, width: 6)
        #expect(narrow.cursor!.x < 6)
        #expect(narrow.lines[0].hasSuffix("坦"))
    }
}
