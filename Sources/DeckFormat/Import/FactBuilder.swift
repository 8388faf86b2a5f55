import DeckModel

/// Makes facts from imported cards: cleans the text, picks the kind, gives each a stable
/// unique id, and refuses cards that would not make a valid fact.
struct FactBuilder {
    private(set) var facts: [Fact] = []
    private var ids = Set<String>()
    /// Folded front and back of each card already taken, with its line, to spot repeats.
    private var seen: [String: Int] = [:]

    enum Outcome {
        case added
        case skipped(String)
    }

    mutating func add(_ card: Card) -> Outcome {
        let front = Self.clean(card.cloze ?? card.front)
        let back = Self.clean(card.back)
        guard !front.isEmpty else { return .skipped("the front is empty") }
        let key = front.folded() + "\u{1}" + back.folded()
        if let earlier = seen[key] { return .skipped("repeats the card on line \(earlier)") }
        let content: FactContent
        var note: String?
        if card.cloze != nil {
            guard let segments = Self.clozeSegments(front) else {
                return .skipped("its cloze deletions {{c1::...}} are malformed or empty")
            }
            content = .cloze(ClozeFact(text: front, segments: segments))
            note = back.isEmpty ? nil : back
        } else {
            guard !back.isEmpty else { return .skipped("the back is empty") }
            content =
                front.hasSuffix("?")
                ? .question(QuestionFact(prompt: front, answer: back))
                : .term(TermFact(term: front, means: back))
        }
        var id = Slug.derive(from: front)
        var suffix = 2
        while ids.contains(id) {
            id = Slug.derive(from: front) + "-\(suffix)"
            suffix += 1
        }
        ids.insert(id)
        seen[key] = card.line
        let tags = card.tags.map(Self.clean).filter { !$0.isEmpty }
        facts.append(Fact(id: id, content: content, tags: tags, note: note))
        return .added
    }

    /// Trimmed text with tabs as spaces and other control characters removed (line breaks kept).
    static func clean(_ text: String) -> String {
        let scalars = text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if scalar == "\t" { return " " }
            if scalar == "\n" { return scalar }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return nil }
            return scalar
        }
        return String(String.UnicodeScalarView(scalars)).trimmingWhitespace()
    }

    /// The segments of a cloze text, or nil when its blanks are not well formed.
    private static func clozeSegments(_ text: String) -> [ClozeSegment]? {
        let session = DecodeSession(file: "")
        return ClozeParser.segments(of: text, owner: "", at: .start, session: session)
    }
}
