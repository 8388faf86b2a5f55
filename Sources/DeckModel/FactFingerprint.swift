/// What a fact says, as named fields and as a short hash: the basis for telling that a
/// teacher changed a fact (a new answer, a corrected date), as opposed to its note, tags or
/// sources, which change no question's answer.
public enum FactFingerprint {
    /// The fact's kind and answer-bearing fields, in a fixed order, for display and diffs.
    public static func fields(of fact: Fact) -> [(name: String, value: String)] {
        var fields: [(String, String)] = []
        switch fact.content {
        case .term(let term):
            fields = [("term", term.term), ("means", term.means), ("accept", term.accept.joined(separator: ", "))]
        case .date(let date):
            fields = [("date", date.event), ("when", date.when.description), ("where", date.place ?? "")]
        case .set(let set):
            fields = [("set", set.name), ("members", set.members.joined(separator: ", "))]
        case .sequence(let sequence):
            fields = [("sequence", sequence.name), ("items", sequence.items.joined(separator: " → "))]
        case .number(let number):
            fields = [
                ("number", number.quantity), ("value", number.value.text), ("unit", number.unit ?? ""),
                ("tolerance", number.tolerance.text),
            ]
        case .cloze(let cloze):
            fields = [("cloze", cloze.text)]
        case .question(let question):
            fields = [
                ("question", question.prompt), ("answer", question.answer),
                ("accept", question.accept.joined(separator: ", ")),
                ("wrong", question.wrong.joined(separator: ", ")),
            ]
        }
        // A question's `wrong` always counted; for the other kinds it is new, and counts only
        // when given, so that the fingerprints of decks written before stay the same.
        if fact.kind != .question, !fact.content.wrong.isEmpty {
            fields.append(("wrong", fact.content.wrong.joined(separator: ", ")))
        }
        fields.append(("as-of", fact.asOf?.description ?? ""))
        return fields
    }

    /// 64-bit FNV-1a of the fields, as 16 hex digits: stable across runs and platforms.
    public static func hash(of fact: Fact) -> String {
        var hash = FNV1a()
        for (name, value) in fields(of: fact) {
            hash.add(name.utf8)
            hash.add(0x1F)
            hash.add(value.utf8)
            hash.add(0x1E)
        }
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// How a deck changed from one version to the next, fact by fact (matched by id).
public struct DeckDiff: Sendable {
    public struct Change: Sendable {
        public var id: String
        /// The fields that differ: name, old value, new value.
        public var fields: [(name: String, old: String, new: String)]
    }

    public var added: [String] = []
    public var removed: [String] = []
    public var updated: [Change] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && updated.isEmpty }

    /// "3 facts updated, 1 new, 2 removed", or "no changes".
    public var summary: String {
        var parts: [String] = []
        if !updated.isEmpty { parts.append("\(updated.count) fact\(updated.count == 1 ? "" : "s") updated") }
        if !added.isEmpty { parts.append("\(added.count) new") }
        if !removed.isEmpty { parts.append("\(removed.count) removed") }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }

    /// Compares two versions of a deck.
    public static func between(_ old: Deck, _ new: Deck) -> DeckDiff {
        var diff = DeckDiff()
        let oldFacts = Dictionary(old.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.facts.map(\.id))
        for fact in new.facts {
            guard let before = oldFacts[fact.id] else {
                diff.added.append(fact.id)
                continue
            }
            let was = FactFingerprint.fields(of: before), now = FactFingerprint.fields(of: fact)
            if was.map(\.value) == now.map(\.value) && was.map(\.name) == now.map(\.name) { continue }
            var fields: [(String, String, String)] = []
            if before.kind != fact.kind {
                fields.append(("kind", before.kind.rawValue, fact.kind.rawValue))
            } else {
                // By name: a field may be present in one version only (`wrong` when first given).
                let before = Dictionary(was, uniquingKeysWith: { first, _ in first })
                let after = Dictionary(now, uniquingKeysWith: { first, _ in first })
                let names = now.map(\.name) + was.map(\.name).filter { after[$0] == nil }
                for name in names where before[name, default: ""] != after[name, default: ""] {
                    fields.append((name, before[name, default: ""], after[name, default: ""]))
                }
            }
            diff.updated.append(Change(id: fact.id, fields: fields))
        }
        diff.removed = old.facts.map(\.id).filter { !newIDs.contains($0) }
        return diff
    }
}

extension DeckDiff {
    /// Compares the fingerprints remembered from a deck (fact id → hash) with the deck now:
    /// what a learner is told when a teacher updated it. `fingerprints`, when given, are the
    /// deck's own (fact id → hash), already worked out.
    public static func between(remembered: [String: String], now deck: Deck, fingerprints: [String: String]? = nil)
        -> DeckDiff
    {
        var diff = DeckDiff()
        var present = Set<String>()
        for fact in deck.facts {
            present.insert(fact.id)
            guard let before = remembered[fact.id] else {
                diff.added.append(fact.id)
                continue
            }
            let now = fingerprints?[fact.id] ?? FactFingerprint.hash(of: fact)
            if before != now { diff.updated.append(Change(id: fact.id, fields: [])) }
        }
        diff.removed = remembered.keys.filter { !present.contains($0) }.sorted()
        return diff
    }
}
