/// The key of a card: `DECK/FACT/KIND`, plus `/N` for the Nth blank of a cloze.
///
/// Keys name ids and kinds only, never text, so a teacher can reword a fact and its cards
/// keep their progress. A key is its text, checked once when it is made or read: it hashes,
/// compares and copies as that text does (a hundred thousand of them key the card book),
/// and its parts are read from it when asked for.
public struct CardKey: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// `deck/fact/kind[/n]`.
    public let description: String

    public init(deck: String, fact: String, kind: QuestionKind, blank: Int? = nil) {
        description = deck + "/" + fact + "/" + kind.rawValue + (blank.map { "/\($0)" } ?? "")
    }

    /// Reads `deck/fact/kind` or `deck/fact/kind/n`; nil for anything else.
    public init?(_ text: String) {
        guard let parts = Parts(text), QuestionKind(rawValue: String(parts.kind)) != nil else { return nil }
        if let blank = parts.blank {
            guard let number = Int(blank), number >= 1, String(number) == blank else { return nil }
        }
        description = text
    }

    /// The deck's id.
    public var deck: String { String(deckID) }

    /// The fact's id, within its deck.
    public var fact: String { String(parts.fact) }

    /// The kind of question.
    public var kind: QuestionKind {
        // Checked when the key was made.
        QuestionKind(rawValue: String(parts.kind))!
    }

    /// The blank's number (from 1) for a cloze card.
    public var blank: Int? { parts.blank.flatMap { Int($0) } }

    /// The deck's id, without copying it.
    public var deckID: Substring {
        let utf8 = description.utf8
        return Substring(utf8[..<(utf8.firstIndex(of: Parts.slash) ?? utf8.endIndex)])
    }

    /// `deck/fact`: the fact the card asks about, unique across decks, without copying it.
    public var factScope: Substring {
        let utf8 = description.utf8
        guard let first = utf8.firstIndex(of: Parts.slash),
            let second = utf8[utf8.index(after: first)...].firstIndex(of: Parts.slash)
        else { return Substring(description) }
        return Substring(utf8[..<second])
    }

    /// The kind, with the blank's number for a cloze: `which-member`, `fill 2`.
    public var kindLabel: String {
        kind.rawValue + (blank.map { " \($0)" } ?? "")
    }

    private var parts: Parts { Parts(description)! }

    public static func < (a: CardKey, b: CardKey) -> Bool {
        a.description < b.description
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = CardKey(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a card key: \(text)"))
        }
        self = key
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// A key's text split at its slashes: three or four parts, none empty.
    private struct Parts {
        static let slash = UInt8(ascii: "/")

        var fact: Substring
        var kind: Substring
        var blank: Substring?

        init?(_ text: String) {
            let utf8 = text.utf8
            guard let first = utf8.firstIndex(of: Self.slash), first != utf8.startIndex,
                let second = utf8[utf8.index(after: first)...].firstIndex(of: Self.slash),
                second != utf8.index(after: first)
            else { return nil }
            let rest = utf8[utf8.index(after: second)...]
            let third = rest.firstIndex(of: Self.slash)
            let kindBytes = rest[..<(third ?? rest.endIndex)]
            guard !kindBytes.isEmpty else { return nil }
            fact = Substring(utf8[utf8.index(after: first)..<second])
            kind = Substring(kindBytes)
            blank = third.map { Substring(utf8[utf8.index(after: $0)...]) }
            if let blank, blank.isEmpty || blank.contains("/") { return nil }
        }
    }
}

/// A fact across decks: `deck/fact`, what a fact's history is read by.
public struct FactKey: Sendable, Hashable, CustomStringConvertible {
    public var deck: String
    public var fact: String

    public init(deck: String, fact: String) {
        (self.deck, self.fact) = (deck, fact)
    }

    public var description: String { deck + "/" + fact }
}

extension CardKey {
    /// The fact the card asks about.
    public var factKey: FactKey { FactKey(deck: deck, fact: fact) }
}
