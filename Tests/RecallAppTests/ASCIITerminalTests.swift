import DeckFormat
import Questions
import TerminalUI
import Testing

@testable import RecallApp

/// Under a locale that is not UTF-8 the app draws ASCII alone, deck text too: diacritics
/// stripped, typographic punctuation in ASCII, anything else `?`.
@Suite struct ASCIITerminalTests {
    let deck: QuestionGenerator = {
        let text = """
            recall: 1
            id: world
            title: "Türkiye – “capitals” … 北京"
            facts:
              - id: ankara
                term: Ankara
                means: "The capital of Türkiye — since 1923…"
              - id: bogota
                term: Bogotá
                means: "The capital of Colombia, at 2,640 m — ‘the Athens of South America’"
            """
        return QuestionGenerator(
            deck: DeckLoader.decode(bytes: Array(text.utf8), path: "world.yaml", syntax: .yaml).deck!)
    }()

    @Test func deckTextReachesAnASCIITerminalFolded() {
        let ascii = TerminalCapabilities(color: false, unicode: false)
        let paths: [[Key]] = [[], [.enter], [.enter, .enter], [.enter, .enter, .enter], [.enter, .character("4")]]
        var seen = ""
        for keys in paths {
            let run = runApp(keys, capabilities: ascii, decks: [deck])
            for frame in run.terminal.frames {
                let wide = frame.text.unicodeScalars.filter { $0.value > 0x7F }
                #expect(wide.isEmpty, "\(keys): \(String(String.UnicodeScalarView(wide)))")
                seen += frame.text
            }
        }
        #expect(seen.contains("Turkiye - \"capitals\" ... ??"), "\(seen)")
        #expect(seen.contains("Turkiye") && !seen.contains("Türkiye"))
    }
}
