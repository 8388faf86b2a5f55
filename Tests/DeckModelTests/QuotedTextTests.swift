import DeckModel
import Foundation
import Testing

@Suite struct QuotedTextTests {
    /// One line of plain characters that JSON (and so YAML's double-quoted style) reads back
    /// as the same text.
    @Test func quotedTextIsOneLineAndReadsBack() throws {
        let text = "a \"b\" \\ c\nd\te\r\u{1}\u{7F}\u{85}\u{2028}\u{FEFF} é 😀"
        let quoted = QuotedText.quote(text)
        #expect(quoted == #""a \"b\" \\ c\nd\te\r\u0001\u007F\u0085\u2028\uFEFF é 😀""#)
        #expect(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)) == text)
        #expect(QuotedText.isPlain("sco/charter/when") && !QuotedText.isPlain(text))
    }
}
