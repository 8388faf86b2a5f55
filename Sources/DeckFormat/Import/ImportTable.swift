import DeckModel

/// CSV, TSV and Quizlet rows → cards: a header row names the columns when there is one
/// (front/term/question, back/definition/answer, tags), else the first two columns are the
/// front and the back and a third holds tags.
enum Table {
    static let frontNames: Set<String> = ["front", "term", "question", "word", "prompt", "q"]
    static let backNames: Set<String> = ["back", "definition", "answer", "meaning", "response", "a"]
    static let tagNames: Set<String> = ["tags", "tag"]

    static func cards(from rows: [DelimitedText.Row]) -> ([Card], [DeckImporter.Skipped]) {
        var rows = rows
        var front = 0, back = 1
        var tags: Int? = nil
        if let header = rows.first {
            let names = header.fields.map { $0.folded() }
            if let f = names.firstIndex(where: frontNames.contains), let b = names.firstIndex(where: backNames.contains)
            {
                front = f
                back = b
                tags = names.firstIndex(where: tagNames.contains)
                rows.removeFirst()
            }
        }
        var cards: [Card] = []
        var skipped: [DeckImporter.Skipped] = []
        for row in rows {
            guard row.fields.count > max(front, back) else {
                skipped.append(
                    .init(
                        line: row.line,
                        reason:
                            "has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"); a card needs a front "
                            + "and a back (check the separator)"
                    ))
                continue
            }
            var card = Card(line: row.line, front: row.fields[front], back: row.fields[back])
            let tagColumn = tags ?? (row.fields.count > 2 && tags == nil && front == 0 && back == 1 ? 2 : nil)
            if let tagColumn, tagColumn < row.fields.count {
                card.tags = row.fields[tagColumn].split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            }
            cards.append(card)
        }
        return (cards, skipped)
    }
}
