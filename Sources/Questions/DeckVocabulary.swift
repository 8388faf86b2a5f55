import DeckModel

/// Everything a deck knows about answers: which spellings stand for the same answer
/// (aliases), and the list of every answer it mentions (for refusing a typo that lands on
/// another real answer).
public struct DeckVocabulary: Sendable {
    /// Folded spelling → index of its alias group.
    private var groupIndex: [String: Int] = [:]
    /// Each alias group's spellings as written, canonical first.
    private var groups: [[String]] = []
    /// Folded forms of every answer the deck (or the world list) knows.
    public private(set) var known: Set<String> = []
    /// The deck's abbreviations (terms whose meaning spells them), folded, with the folded
    /// words they stand for: "LoC violations" reads as "Line of Control violations".
    public private(set) var acronyms: [String: String] = [:]
    /// The identity of every text the deck contains, worked out once: generating questions
    /// compares the same answers over and over.
    private var identities: [String: String] = [:]

    public init(deck: Deck) {
        for group in deck.aliases {
            let spellings = [group.canonical] + group.alternatives
            let index = groups.count
            groups.append(spellings)
            for spelling in spellings { groupIndex[spelling.folded()] = index }
        }
        // Everyday names of countries ("UK", "USA"), where the deck's own aliases say nothing.
        for spellings in WorldNames.aliases where !spellings.contains(where: { groupIndex[$0.folded()] != nil }) {
            let index = groups.count
            groups.append(spellings)
            for spelling in spellings { groupIndex[spelling.folded()] = index }
        }
        // Each text is folded once: a large deck has a hundred thousand of them.
        var folds: [String: String] = [:]
        let expected = deck.facts.count * 4
        folds.reserveCapacity(expected)
        identities.reserveCapacity(expected)
        known.reserveCapacity(expected)
        func fold(_ text: String) -> String {
            if let folded = folds[text] { return folded }
            let folded = text.folded()
            folds[text] = folded
            return folded
        }
        func remember(_ text: String) {
            let folded = fold(text)
            if !folded.isEmpty { known.insert(folded) }
            if identities[text] == nil { identities[text] = identity(folded: folded) }
        }
        for text in WorldNames.countries + deck.aliases.flatMap({ [$0.canonical] + $0.alternatives }) {
            let folded = fold(text)
            if !folded.isEmpty { known.insert(folded) }
        }
        deck.pools.flatMap(\.members).forEach(remember)
        var repeated = Set<String>()
        for fact in deck.facts {
            Self.answers(of: fact.content).forEach(remember)
            if case .term(let term) = fact.content, Phrasing.isAbbreviation(term.term),
                Acronym.fits(term.term, term.means)
            {
                let key = fold(term.term)
                if acronyms.updateValue(fold(term.means), forKey: key) != nil { repeated.insert(key) }
            }
            if case .date(let date) = fact.content, identities[date.event] == nil {
                identities[date.event] = identity(folded: fold(date.event))
            }
        }
        // An abbreviation with two meanings in one deck stands for neither.
        for key in repeated { acronyms[key] = nil }
    }

    /// The answer-like texts a fact mentions, its known mistakes among them.
    private static func answers(of content: FactContent) -> [String] {
        switch content {
        case .term(let term): [term.term, term.means] + term.accept + term.wrong
        case .date, .number: []
        case .set(let set): set.members + set.wrong
        case .sequence(let sequence): sequence.items + sequence.wrong
        case .cloze(let cloze): cloze.blanks.flatMap { [$0.answer] + $0.accept } + cloze.wrong
        case .question(let question): [question.answer] + question.accept + question.wrong
        }
    }

    /// `text` followed by the other spellings of its alias group, without repeats.
    public func spellings(of text: String) -> [String] {
        guard let index = groupIndex[text.folded()] else { return [text] }
        return [text] + groups[index].filter { $0.folded() != text.folded() }
    }

    /// True when the two texts stand for the same answer: equal once folded, or aliases.
    public func same(_ a: String, _ b: String) -> Bool {
        identity(a) == identity(b)
    }

    /// A key equal for every spelling of one answer.
    public func identity(_ text: String) -> String {
        identities[text] ?? computeIdentity(text)
    }

    private func computeIdentity(_ text: String) -> String {
        identity(folded: text.folded())
    }

    /// The identity of a folded text: its alias group's, or the text itself.
    private func identity(folded: String) -> String {
        groupIndex[folded].map { "#\($0)" } ?? folded
    }
}
