import DeckModel

/// Anki's "Notes in Plain Text" export: `#key:value` header lines (separator, html,
/// tags column, deck, notetype, guid column...), then one note per row.
struct AnkiExport {
    private var separator = "\t"
    private var html = false
    private var tagsColumn: Int?
    private var skipColumns = Set<Int>()
    private(set) var deckName: String?
    private var body = ""
    /// Lines the headers take, to number the rows as the file does.
    private var headerLines = 0

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.hasPrefix("#"), let colon = first.firstIndex(of: ":") {
            let key = first[first.index(after: first.startIndex)..<colon].lowercased()
            let value = String(first[first.index(after: colon)...]).trimmingWhitespace()
            apply(key: key, value: value)
            lines.removeFirst()
            headerLines += 1
        }
        body = lines.joined(separator: "\n")
    }

    private mutating func apply(key: String, value: String) {
        switch key {
        case "separator":
            separator =
                ["tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"][
                    value.lowercased()] ?? value
        case "html":
            html = value.lowercased() == "true"
        case "tags column":
            tagsColumn = Int(value).map { $0 - 1 }
        case "deck":
            deckName = value
        case "deck column", "notetype column", "guid column":
            if let column = Int(value) { skipColumns.insert(column - 1) }
        default:
            break
        }
    }

    func cards() -> ([Card], [DeckImporter.Skipped]) {
        var cards: [Card] = []
        var skipped: [DeckImporter.Skipped] = []
        for row in DelimitedText.parse(body, fieldSeparator: separator, quoting: true) {
            let line = row.line + headerLines
            let fields = row.fields.indices.filter { !skipColumns.contains($0) && $0 != tagsColumn }.map {
                text(row.fields[$0])
            }
            var card = Card(line: line, front: fields.first ?? "", back: fields.count > 1 ? fields[1] : "")
            if let tagsColumn, tagsColumn < row.fields.count {
                card.tags = row.fields[tagsColumn].split(separator: " ").map(String.init)
            }
            if card.front.contains("{{c") {
                card.cloze = Self.convertCloze(card.front)
            } else if fields.count < 2 {
                skipped.append(
                    .init(
                        line: line, reason: "has one field; a card needs a front and a back (is the separator right?)"))
                continue
            }
            cards.append(card)
        }
        return (cards, skipped)
    }

    private func text(_ field: String) -> String {
        html ? HTMLText.plain(field) : field
    }

    /// `{{c1::answer}}` and `{{c1::answer::hint}}` → `{{answer}}`.
    static func convertCloze(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{c") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let marker = after.range(of: "::"), after[..<marker.lowerBound].allSatisfy(\.isASCIIDigit),
                let close = after.range(of: "}}")
            else {
                out += "{{c"
                rest = after
                continue
            }
            let inner = after[marker.upperBound..<close.lowerBound]
            let answer = inner.range(of: "::").map { inner[..<$0.lowerBound] } ?? inner
            out += "{{" + answer + "}}"
            rest = after[close.upperBound...]
        }
        return out + rest
    }
}
