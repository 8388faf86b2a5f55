import DeckModel

/// Writes a deck as YAML in the deck format, every text double-quoted and escaped, so that
/// whatever a teacher's material contains, the file loads back to the same deck.
public enum DeckWriter {
    public static func yaml(_ deck: Deck, comment: String? = nil) -> String {
        var out = ""
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { out += "# \(line)\n" }
            out += "\n"
        }
        out += "recall: 1\n"
        out += "id: \(quote(deck.id))\n"
        out += "title: \(quote(deck.title))\n"
        if let description = deck.description { out += "description: \(quote(description))\n" }
        if let author = deck.author { out += "author: \(quote(author))\n" }
        if !deck.sources.isEmpty { out += "source: \(list(deck.sources))\n" }
        if let updated = deck.updated { out += "updated: \(quote(updated))\n" }
        if deck.isTemplate { out += "template: true\n" }
        if !deck.pools.isEmpty {
            out += "pools:\n"
            for pool in deck.pools { out += "  \(quote(pool.name)): \(list(pool.members))\n" }
        }
        if !deck.aliases.isEmpty {
            out += "aliases:\n"
            for group in deck.aliases { out += "  \(quote(group.canonical)): \(list(group.alternatives))\n" }
        }
        out += "facts:\n"
        for fact in deck.facts { out += self.fact(fact) }
        return out
    }

    private static func fact(_ fact: Fact) -> String {
        var lines = ["id: \(quote(fact.id))"]
        switch fact.content {
        case .term(let term):
            lines.append("term: \(quote(term.term))")
            lines.append("means: \(quote(term.means))")
            if !term.accept.isEmpty { lines.append("accept: \(list(term.accept))") }
        case .date(let date):
            lines.append("date: \(quote(date.event))")
            lines.append("when: \(quote(date.when.description))")
            if let place = date.place { lines.append("where: \(quote(place))") }
        case .set(let set):
            lines.append("set: \(quote(set.name))")
            lines.append("members: \(list(set.members))")
        case .sequence(let sequence):
            lines.append("sequence: \(quote(sequence.name))")
            lines.append("items: \(list(sequence.items))")
        case .number(let number):
            lines.append("number: \(quote(number.quantity))")
            lines.append("value: \(quote(number.value.text))")
            if let unit = number.unit { lines.append("unit: \(quote(unit))") }
            if number.tolerance.value != 0 { lines.append("tolerance: \(quote(number.tolerance.text))") }
        case .cloze(let cloze):
            lines.append("cloze: \(quote(cloze.text))")
        case .question(let question):
            lines.append("question: \(quote(question.prompt))")
            lines.append("answer: \(quote(question.answer))")
            if !question.accept.isEmpty { lines.append("accept: \(list(question.accept))") }
        }
        if !fact.content.wrong.isEmpty { lines.append("wrong: \(list(fact.content.wrong))") }
        if !fact.tags.isEmpty { lines.append("tags: \(list(fact.tags))") }
        if let note = fact.note { lines.append("note: \(quote(note))") }
        if let pool = fact.pool { lines.append("pool: \(quote(pool))") }
        if !fact.sources.isEmpty { lines.append("source: \(list(fact.sources))") }
        if let asOf = fact.asOf { lines.append("as-of: \(quote(asOf.description))") }
        if let review = fact.review { lines.append("review: \(quote(review))") }
        return "  - " + lines.joined(separator: "\n    ") + "\n"
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar.
    private static let quote = QuotedText.quote
}
