/// The key of a card: `DECK/FACT/KIND`, plus `/N` for the Nth blank of a cloze.
///
/// Keys name ids and kinds only, never text, so a teacher can reword a fact and its
/// cards keep their progress. A key is its text, as the journal and the snapshot write it,
/// with the places of its parts kept: it hashes and compares as that text does, and its
/// parts are read without splitting it again.
public struct CardKey: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// `deck/fact/kind[/n]`.
    public let description: String
    public let kind: QuestionKind
    /// The blank's number (from 1) for a cloze card.
    public let blank: Int?
    /// Where the deck id and the fact id end, in UTF-8 bytes.
    private let deckEnd: Int32
    private let factEnd: Int32

    public init(deck: String, fact: String, kind: QuestionKind, blank: Int? = nil) {
        description = deck + "/" + fact + "/" + kind.rawValue + (blank.map { "/\($0)" } ?? "")
        self.kind = kind
        self.blank = blank
        deckEnd = Int32(deck.utf8.count)
        factEnd = deckEnd + 1 + Int32(fact.utf8.count)
    }

    /// Reads `deck/fact/kind` or `deck/fact/kind/n`; nil for anything else.
    public init?(_ text: String) {
        let bytes = text.utf8
        let slash = UInt8(ascii: "/")
        guard let first = bytes.firstIndex(of: slash), first != bytes.startIndex,
            let second = bytes[bytes.index(after: first)...].firstIndex(of: slash),
            second != bytes.index(after: first)
        else { return nil }
        let rest = bytes[bytes.index(after: second)...]
        let third = rest.firstIndex(of: slash)
        guard let kind = QuestionKind(rawValue: String(Substring(rest[..<(third ?? rest.endIndex)]))) else {
            return nil
        }
        var blank: Int?
        if let third {
            guard let number = Int(Substring(rest[bytes.index(after: third)...])), number >= 1 else { return nil }
            blank = number
        }
        description = text
        self.kind = kind
        self.blank = blank
        deckEnd = Int32(bytes.distance(from: bytes.startIndex, to: first))
        factEnd = Int32(bytes.distance(from: bytes.startIndex, to: second))
    }

    /// The deck's id.
    public var deck: String { String(deckID) }

    /// The fact's id, within its deck.
    public var fact: String {
        let bytes = description.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: Int(deckEnd) + 1)
        return String(Substring(bytes[start..<bytes.index(bytes.startIndex, offsetBy: Int(factEnd))]))
    }

    /// The deck's id, without copying it.
    public var deckID: Substring {
        let bytes = description.utf8
        return Substring(bytes[..<bytes.index(bytes.startIndex, offsetBy: Int(deckEnd))])
    }

    /// `deck/fact`: the fact the card asks about, unique across decks, without copying it.
    public var factScope: Substring {
        let bytes = description.utf8
        return Substring(bytes[..<bytes.index(bytes.startIndex, offsetBy: Int(factEnd))])
    }

    /// The kind, with the blank's number for a cloze: `which-member`, `fill 2`.
    public var kindLabel: String {
        kind.rawValue + (blank.map { " \($0)" } ?? "")
    }

    public static func == (a: CardKey, b: CardKey) -> Bool {
        a.description == b.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }

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
