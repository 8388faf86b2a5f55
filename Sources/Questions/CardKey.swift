/// The key of a card: `DECK/FACT/KIND`, plus `/N` for the Nth blank of a cloze.
///
/// Keys name ids and kinds only, never text, so a teacher can reword a fact and its
/// cards keep their progress.
public struct CardKey: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var deck: String
    public var fact: String
    public var kind: QuestionKind
    /// The blank's number (from 1) for a cloze card.
    public var blank: Int?

    public init(deck: String, fact: String, kind: QuestionKind, blank: Int? = nil) {
        self.deck = deck
        self.fact = fact
        self.kind = kind
        self.blank = blank
    }

    /// Reads `deck/fact/kind` or `deck/fact/kind/n`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4, let kind = QuestionKind(rawValue: parts[2]),
              !parts[0].isEmpty, !parts[1].isEmpty
        else { return nil }
        var blank: Int?
        if parts.count == 4 {
            guard let n = Int(parts[3]), n >= 1 else { return nil }
            blank = n
        }
        self.init(deck: parts[0], fact: parts[1], kind: kind, blank: blank)
    }

    public var description: String {
        "\(deck)/\(fact)/\(kind.rawValue)" + (blank.map { "/\($0)" } ?? "")
    }

    public static func < (a: CardKey, b: CardKey) -> Bool {
        a.description < b.description
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = CardKey(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a card key: \(text)"))
        }
        self = key
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
