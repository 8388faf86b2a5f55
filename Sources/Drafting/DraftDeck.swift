import DeckFormat
import DeckModel

/// A draft written as a deck: every fact with an id of its own, its source line quoted in
/// a comment above it, `source: NAME:LINE`, and `review:` where the drafter is unsure. A
/// fact the deck loader would refuse is left out (and said so), so that the deck written
/// always passes `recall check`.
public struct DraftDeck: Sendable {
    public var yaml: String
    public var facts: [DraftFact]
    /// Facts drafted but refused by the deck's own checks, with the loader's reason.
    public var refused: [(fact: DraftFact, reason: String)]

    /// `notes` names the notes in the deck's opening comment.
    public init(facts drafted: [DraftFact], id: String, title: String, notes: String) {
        var (pools, facts) = DraftPools.infer(drafted)
        var refused: [(fact: DraftFact, reason: String)] = []
        while true {
            let (text, starts) = Self.write(facts, pools: pools, id: id, title: title, notes: notes)
            let result = DeckLoader.decode(bytes: Array(text.utf8), path: "draft.yaml", syntax: .yaml)
            let errors = result.diagnostics.filter { $0.severity == .error }
            guard let error = errors.first, !facts.isEmpty else {
                (yaml, self.facts, self.refused) = (text, facts, refused)
                return
            }
            // The fact whose lines hold the error; with none, the last one.
            let index = starts.lastIndex { $0 <= error.line } ?? facts.count - 1
            refused.append((facts[index], error.message))
            facts.remove(at: index)
            // What is left may no longer make a pool of the same kind.
            (pools, facts) = DraftPools.infer(facts.map { $0.withoutPool })
        }
    }

    /// The deck's text, and the line each fact starts on (its comment included).
    private static func write(
        _ facts: [DraftFact], pools: [(String, [String])], id: String, title: String, notes: String
    )
        -> (String, [Int])
    {
        var out = "# Drafted by recall draft from \(notes.escapingForComment). Review every fact before you study it.\n"
        out += "recall: 1\nid: \(QuotedText.quote(id))\ntitle: \(QuotedText.quote(title))\n"
        if !pools.isEmpty {
            out += "# Answers of a kind the notes share, the distractors of multiple choice.\npools:\n"
            for (name, members) in pools { out += "  \(name): \(DraftFact.list(members))\n" }
        }
        out += "facts:\n"
        var lineCount = out.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        var starts: [Int] = []
        var ids = Set<String>()
        for fact in facts {
            var slug = Slug.derive(from: fact.subject)
            if slug.isEmpty { slug = "fact" }
            slug = String(slug.prefix(48))
            while slug.hasSuffix("-") { slug.removeLast() }
            var unique = slug
            var counter = 2
            while ids.contains(unique) {
                unique = "\(slug)-\(counter)"
                counter += 1
            }
            ids.insert(unique)
            starts.append(lineCount + 1)
            let source = "\(fact.file):\(fact.line)"
            var lines = ["  # \(source.escapingForComment): \(fact.quote.escapingForComment)"]
            // What to look at, where the reviewer reads: the same reason as `review:`.
            if let review = fact.review { lines.append("  # check: \(review.escapingForComment)") }
            lines.append("  - id: \(unique)")
            for (key, value) in fact.keys { lines.append("    \(key): \(value)") }
            lines.append("    source: \(QuotedText.quote(source))")
            if let review = fact.review { lines.append("    review: \(QuotedText.quote(review))") }
            out += lines.joined(separator: "\n") + "\n"
            lineCount += lines.count
        }
        return (out, starts)
    }
}

extension DraftFact {
    /// The fact without the pool a draft gave it.
    var withoutPool: DraftFact {
        var fact = self
        fact.keys.removeAll { $0.0 == "pool" }
        return fact
    }
}

extension String {
    /// The line as a YAML comment holds it: on one line, trimmed, at most 200 characters.
    var escapingForComment: String {
        let line = NoteText.clean(split(whereSeparator: \.isNewline).joined(separator: " "))
        let visible = String(line.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return visible.count <= 200 ? visible : visible.prefix(197) + "…"
    }
}

extension DraftDeck {
    /// `drafted 61 facts from 118 lines: 17 dates, 9 lists, 11 terms, 24 fill-ins; 23 lines
    /// not used`, with the facts to review when there are any.
    public func summary(lines: Int, unused: Int) -> String {
        let counts = Dictionary(grouping: facts, by: \.category).mapValues(\.count)
        let mix = DraftFact.Category.allCases.compactMap { category in
            counts[category].map { "\($0) \($0 == 1 ? category.singular : category.rawValue)" }
        }
        let review = facts.filter { $0.review != nil }.count
        return "drafted \(facts.count) fact\(facts.count == 1 ? "" : "s") from \(lines) line\(lines == 1 ? "" : "s")"
            + (mix.isEmpty ? "" : ": " + mix.joined(separator: ", "))
            + "; \(unused) line\(unused == 1 ? "" : "s") not used"
            + (review == 0 ? "" : "; \(review) fact\(review == 1 ? "" : "s") to review (marked review:)")
    }
}

extension DraftFact.Category {
    var singular: String {
        switch self {
        case .date: "date"
        case .list: "list"
        case .term: "term"
        case .figure: "figure"
        case .place: "place"
        case .definition: "definition"
        case .fillIn: "fill-in"
        }
    }
}
