import DeckModel

/// Every key the deck format knows, by where it may appear (the contract in
/// `deck-format.md`).
enum DeckKeys {
    static let topLevel = [
        "recall", "id", "title", "description", "author", "source", "updated", "pools", "aliases", "facts",
    ]

    /// Keys every fact may carry, whatever its kind.
    static let common = ["id", "tags", "note", "pool", "source", "as-of"]

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

/// Did-you-mean suggestions for misspelt keys and names.
enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely misspelling.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let allowance = lowered.count <= 3 ? 1 : lowered.count <= 6 ? 2 : 3
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = min(
                EditDistance.between(lowered, candidate.lowercased(), limit: allowance),
                EditDistance.between(lowered.replacingUnderscores(), candidate.lowercased(), limit: allowance))
            if distance <= allowance, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// " Did you mean 'x'?" or nothing.
    static func phrase(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" || $0 == " " ? "-" : $0 })
    }
}
