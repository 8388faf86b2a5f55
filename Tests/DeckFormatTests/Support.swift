import DeckFormat
import DeckModel

/// Loads deck text as the file `deck.yaml` (or `deck.json`) and returns the result.
func load(_ text: String, syntax: DeckSyntax = .yaml, today: String? = nil) -> DeckLoadResult {
    let path = syntax == .yaml ? "deck.yaml" : "deck.json"
    let options = DeckCheckOptions(today: today.flatMap { try? PartialDate.parse($0).get() })
    return DeckLoader.decode(bytes: Array(text.utf8), path: path, syntax: syntax, options: options)
}

/// The diagnostics of `text` as `LINE:COL: severity: message` lines, derived-id warnings left out.
func lines(_ text: String, syntax: DeckSyntax = .yaml, today: String? = nil) -> [String] {
    load(text, syntax: syntax, today: today).diagnostics
        .filter { !$0.message.contains("comes from its text") }
        .map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
}

/// A deck header followed by the given fact lines (already indented as list items).
func deck(_ facts: String, header: String = "recall: 1\ntitle: Test\n") -> String {
    header + "facts:\n" + facts
}
