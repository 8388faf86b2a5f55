import DeckModel

/// Each fact stated rightly in one clause, to follow "not 7 July 2002: " when an answer
/// gives one of the fact's known mistakes.
extension Phrasing {
    static func correction(of fact: Fact) -> String {
        switch fact.content {
        case .term(let term):
            isAbbreviation(term.term) ? "\(term.term) stands for \(term.means)" : "\"\(term.term)\" means \(term.means)"
        case .date(let date):
            decapitalized(plain(date.event)) + " " + datePhrase(date.when)
        case .set(let set):
            "the \(groupName(set.name)) are \(series(set.members))"
        case .sequence(let sequence):
            "the \(groupName(sequenceName(sequence.name))) are, in order, \(series(sequence.items))"
        case .number(let number):
            number.quantity.hasSuffix("?")
                ? "the answer is \(withUnit(number.value.text, number.unit))"
                : "\(theQuantity(number.quantity)) is \(withUnit(number.value.text, number.unit))"
        case .cloze(let cloze):
            plain(cloze.plainText)
        case .question(let question):
            "the answer is \(question.answer)"
        }
    }

    /// "A", "A and B", "A, B and C".
    static func series(_ items: [String]) -> String {
        guard items.count > 2, let last = items.last else { return items.joined(separator: " and ") }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
