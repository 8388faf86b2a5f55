/// The key of a card: `DECK/FACT/KIND`, plus `/N` for the Nth blank of a cloze.
///
/// Keys name ids and kinds only, never text, so a teacher can reword a fact and its cards
/// keep their progress. A key is its text alone, checked once when it is made or read: it
/// is as small as a string and hashes, compares and copies as one (a hundred thousand of
/// them key the card book, and `recall-bench` shows a wider key slows the replay and the
/// queue), and its parts are read from its bytes when asked for.
public struct CardKey: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// `deck/fact/kind[/n]`.
    public let description: String

    public init(deck: String, fact: String, kind: QuestionKind, blank: Int? = nil) {
        description = deck + "/" + fact + "/" + kind.rawValue + (blank.map { "/\($0)" } ?? "")
    }

    /// Reads `deck/fact/kind` or `deck/fact/kind/n`; nil for anything else.
    public init?(_ text: String) {
        var text = text
        guard text.withUTF8(Self.kindAndBlank) != nil else { return nil }
        description = text
    }

    /// The kind of question.
    public var kind: QuestionKind { parts.kind }

    /// The blank's number (from 1) for a cloze card.
    public var blank: Int? { parts.blank }

    /// The kind and blank, read again from the end of the text, which was checked when the
    /// key was made.
    private var parts: (kind: QuestionKind, blank: Int?) {
        var text = description
        return text.withUTF8 { bytes in
            let last = bytes.lastIndex(of: Self.slash)!
            let tail = bytes[(last + 1)...]
            guard tail.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                return (Self.kind(named: tail)!, nil)
            }
            let name = bytes[(bytes[..<last].lastIndex(of: Self.slash)! + 1)..<last]
            return (Self.kind(named: name)!, tail.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
        }
    }

    /// The deck's id.
    public var deck: String { String(deckID) }

    /// The fact's id, within its deck.
    public var fact: String {
        let utf8 = description.utf8
        let first = utf8.index(after: utf8.firstIndex(of: Self.slash)!)
        return String(Substring(utf8[first..<utf8[first...].firstIndex(of: Self.slash)!]))
    }

    /// The deck's id, without copying it.
    public var deckID: Substring {
        let utf8 = description.utf8
        return Substring(utf8[..<(utf8.firstIndex(of: Self.slash) ?? utf8.endIndex)])
    }

    /// `deck/fact`: the fact the card asks about, unique across decks, without copying it.
    public var factScope: Substring {
        let utf8 = description.utf8
        guard let first = utf8.firstIndex(of: Self.slash),
            let second = utf8[utf8.index(after: first)...].firstIndex(of: Self.slash)
        else { return Substring(description) }
        return Substring(utf8[..<second])
    }

    /// The kind, with the blank's number for a cloze: `which-member`, `fill 2`.
    public var kindLabel: String {
        kind.rawValue + (blank.map { " \($0)" } ?? "")
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

    private static let slash = UInt8(ascii: "/")
    private static let kindNames = QuestionKind.allCases.map { ($0, Array($0.rawValue.utf8)) }

    private static func kind(named name: Slice<UnsafeBufferPointer<UInt8>>) -> QuestionKind? {
        kindNames.first { $0.1.count == name.count && $0.1.elementsEqual(name) }?.0
    }

    /// Checks the bytes of `deck/fact/kind[/n]`, and returns its kind and blank.
    ///
    /// Hand-written over the bytes, with no string made: the journal replay and the snapshot
    /// reader make a key for every line and row, and `recall-bench` times both.
    private static func kindAndBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> (QuestionKind, Int?)? {
        guard let first = bytes.firstIndex(of: slash), first > 0,
            let second = bytes[(first + 1)...].firstIndex(of: slash), second > first + 1
        else { return nil }
        let rest = bytes[(second + 1)...]
        let third = rest.firstIndex(of: slash)
        let name = rest[..<(third ?? bytes.endIndex)]
        guard let kind = kind(named: name) else { return nil }
        guard let third else { return (kind, nil) }
        let digits = bytes[(third + 1)...]
        guard let lead = digits.first, lead != UInt8(ascii: "0"), digits.count <= 9 else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return (kind, value)
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
