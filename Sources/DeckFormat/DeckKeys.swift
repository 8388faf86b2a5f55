import DeckModel

/// Every key the deck format knows, by where it may appear (the contract in
/// `deck-format.md`).
enum DeckKeys {
    static let topLevel = [
        "recall", "id", "title", "description", "author", "source", "updated", "pools", "aliases", "facts", "template",
    ]

    /// Keys every fact may carry, whatever its kind.
    static let common = ["id", "tags", "note", "pool", "source", "as-of", "review"]

    /// Keys that belong to one kind only (besides the kind key itself).
    static func specific(to kind: FactKind) -> [String] {
        switch kind {
        case .term: ["means", "accept", "wrong"]
        case .date: ["when", "where", "wrong"]
        case .set: ["members", "wrong"]
        case .sequence: ["items", "wrong"]
        case .number: ["value", "unit", "tolerance", "wrong"]
        case .cloze: ["wrong"]
        case .question: ["answer", "accept", "wrong"]
        }
    }

    static func allowed(for kind: FactKind) -> [String] {
        [kind.rawValue] + specific(to: kind) + common
    }

    /// Every key that may appear in some fact.
    static let allFactKeys = Set(FactKind.allCases.flatMap(allowed(for:)))

    /// The kinds a kind-specific key belongs to, for "belongs to set facts" messages.
    static func kinds(using key: String) -> [FactKind] {
        FactKind.allCases.filter { specific(to: $0).contains(key) }
    }
}
