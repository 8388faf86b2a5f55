import DeckModel

/// Cuts a cloze text into plain runs and `{{answer|alt1|alt2}}` blanks.
enum ClozeParser {
    /// The segments, or nil after reporting a text with no blanks, an unclosed or empty
    /// blank, or a stray `}}`.
    static func segments(of text: String, owner: String, at location: SourceLocation, session: DecodeSession)
        -> [ClozeSegment]?
    {
        var segments: [ClozeSegment] = []
        var rest = Substring(text)
        var ok = true
        while let open = braces(UInt8(ascii: "{"), in: rest) {
            let before = rest[..<open.lowerBound]
            if braces(UInt8(ascii: "}"), in: before) != nil {
                session.error(
                    "cloze of \(owner) has '}}' with no '{{' before it; mark each blank as {{answer}}", at: location)
                ok = false
            }
            if !before.isEmpty { segments.append(.text(String(before))) }
            let inside = rest[open.upperBound...]
            guard let close = braces(UInt8(ascii: "}"), in: inside) else {
                session.error("cloze of \(owner) opens a blank with '{{' but never closes it; add '}}'", at: location)
                return nil
            }
            let body = inside[..<close.lowerBound]
            if braces(UInt8(ascii: "{"), in: body) != nil {
                session.error("cloze of \(owner) has a blank inside a blank; blanks cannot nest", at: location)
                return nil
            }
            let answers = body.split(separator: "|", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            if answers.contains(where: \.isEmpty) {
                session.error(
                    "cloze of \(owner) has an empty blank or alternative in '{{\(body)}}'; write {{answer}} or "
                        + "{{answer|other spelling}}",
                    at: location)
                ok = false
            } else {
                segments.append(.blank(ClozeBlank(answer: answers[0], accept: Array(answers.dropFirst()))))
            }
            rest = inside[close.upperBound...]
        }
        if braces(UInt8(ascii: "}"), in: rest) != nil {
            session.error(
                "cloze of \(owner) has '}}' with no '{{' before it; mark each blank as {{answer}}", at: location)
            ok = false
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        guard ok else { return nil }
        guard segments.contains(where: { if case .blank = $0 { true } else { false } }) else {
            session.error(
                "cloze of \(owner) has no blanks; put each hidden answer in double braces, e.g. `The capital is "
                    + "{{Beijing}}.`",
                at: location)
            return nil
        }
        return segments
    }

    /// Where the first doubled brace (`{{` or `}}`) is, found byte by byte (Foundation's
    /// `range(of:)` is many times slower, and a large deck has thousands of clozes).
    private static func braces(_ brace: UInt8, in text: Substring) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == brace, next < utf8.endIndex, utf8[next] == brace {
                return index..<utf8.index(after: next)
            }
            index = next
        }
        return nil
    }
}
