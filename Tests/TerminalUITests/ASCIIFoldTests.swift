import Testing

@testable import TerminalUI

/// Text for a terminal without Unicode: letters without their marks, typographic
/// punctuation in ASCII, anything else `?`, and never a byte above 0x7F.
@Suite struct ASCIIFoldTests {
    @Test(arguments: [
        ("Türkiye", "Turkiye"), ("São Paulo", "Sao Paulo"), ("Kyrgyzstan", "Kyrgyzstan"), ("Straße", "Strasse"),
        ("Łódź", "Lodz"), ("Ærø", "AEro"), ("Đakovo", "Dakovo"), ("İstanbul", "Istanbul"),
        ("wait…", "wait..."), ("1996–2001", "1996-2001"), ("a — b", "a - b"),
        ("“three evils”", "\"three evils\""),
        ("it’s", "it's"), ("« non »", "\" non \""), ("5 × 3", "5 x 3"), ("→", "->"), ("北京", "??"),
        ("emoji 🙂", "emoji ?"), ("a\u{00A0}b", "a b"),
    ])
    func folds(text: String, ascii: String) {
        #expect(ASCIIFold.text(text) == ascii)
    }

    @Test func aBufferWithoutUnicodeHoldsASCIIAlone() {
        var buffer = ScreenBuffer(size: Size(columns: 30, rows: 2), asciiOnly: true)
        buffer.write("Türkiye — “北京” …", x: 0, y: 0)
        #expect(buffer.text.hasPrefix("Turkiye - \"??\" ..."), "\(buffer.text)")
        #expect(buffer.text.utf8.allSatisfy { $0 < 0x80 })
        var unicode = ScreenBuffer(size: Size(columns: 30, rows: 1))
        unicode.write("Türkiye", x: 0, y: 0)
        #expect(unicode.text.hasPrefix("Türkiye"))
    }
}
