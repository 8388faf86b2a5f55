import DeckModel

/// What decoding one fact produced: the fact when it had no error, plus what the deck-wide
/// checks need (its id, pool and `as-of`, with their positions) even when it had errors.
struct DecodedFact {
    var fact: Fact?
    var location: SourceLocation
    var id: String?
    var idLocation: SourceLocation?
    var idIsDerived = false
    var pool: (name: String, location: SourceLocation)?
    var asOf: (date: PartialDate, location: SourceLocation)?
}

/// Decodes one entry of `facts:`, reporting every problem it has.
struct FactDecoder {
    let session: DecodeSession

    func decode(_ node: SourceNode, number: Int) -> DecodedFact {
        var decoded = DecodedFact(location: node.location)
        guard case .mapping(let entries) = node.value else {
            session.error(
                "fact \(number) must be a mapping of keys, such as `- term: RATS` followed by `means: ...` on the "
                    + "next line",
                at: node.location)
            return decoded
        }
        guard let (kind, kindEntry) = kindKey(of: entries, at: node.location) else { return decoded }

        // Named by its id when it gives one, even before the id is checked.
        let given = entries.first { $0.key == "id" }.flatMap { entry -> String? in
            guard case .scalar(let scalar) = entry.value.value, !scalar.text.isEmpty else { return nil }
            return "fact '\(scalar.text.trimmingWhitespace())'"
        }
        let prompt = session.text(
            kindEntry.value, "the '\(kind.rawValue)' text of \(given ?? "fact \(number)")",
            example: "`\(kind.rawValue): ...`")
        let keyed = session.entries(of: entries, allowed: DeckKeys.allowed(for: kind), owner: "a \(kind.rawValue) fact")
        { key in
            let owners = DeckKeys.kinds(using: key)
            guard !owners.isEmpty else { return nil }
            let names = owners.map { "\($0.rawValue) facts" }.joined(separator: " and ")
            return "'\(key)' belongs to \(names), not to \(kind.rawValue) facts; remove it or change the fact's kind"
        }

        readID(keyed["id"], prompt: prompt, into: &decoded)
        let owner = decoded.id.map { "fact '\($0)'" } ?? "fact \(number)"
        let common = readCommon(keyed, owner: owner, into: &decoded)
        // The other keys are read even when the prompt is bad, so that every problem is told at
        // once (a cloze's keys need its text).
        let content =
            (prompt != nil || kind != .cloze)
            ? readContent(kind, prompt: prompt ?? "", keyed, entries: entries, owner: owner, at: node.location) : nil
        let checkedContent = prompt == nil ? nil : content

        if let content = checkedContent, let common, let id = decoded.id {
            decoded.fact = Fact(
                id: id, idIsDerived: decoded.idIsDerived, content: content, tags: common.tags, note: common.note,
                pool: decoded.pool?.name, sources: common.sources, asOf: decoded.asOf?.date, review: common.review)
        }
        return decoded
    }

    // MARK: - Kind

    /// The one key that names the fact's kind, or nil after reporting none or several.
    private func kindKey(of entries: [SourceEntry], at location: SourceLocation) -> (FactKind, SourceEntry)? {
        let kinds = entries.compactMap { entry in FactKind(rawValue: entry.key).map { ($0, entry) } }
        if kinds.count > 1 {
            let names = kinds.map { "'\($0.0.rawValue)'" }.joined(separator: " and ")
            session.error(
                "this fact has \(kinds.count) kind keys, \(names); a fact has exactly one kind, so split it into "
                    + "separate facts",
                at: kinds[1].1.keyLocation)
            return nil
        }
        if let only = kinds.first { return only }
        let kindNames = FactKind.allCases.map(\.rawValue)
        let misspelt = entries.first { Suggestion.closest(to: $0.key, among: kindNames) != nil }
        if let misspelt, let guess = Suggestion.closest(to: misspelt.key, among: kindNames) {
            session.error(
                "this fact has no kind key: unknown key '\(misspelt.key)'; did you mean '\(guess)'?",
                at: misspelt.keyLocation)
        } else {
            session.error(
                "this fact has no kind key; start it with one of "
                    + "\(kindNames.map { "'\($0):'" }.joined(separator: ", "))",
                at: location)
        }
        return nil
    }

    // MARK: - Keys every kind shares

    private struct Common {
        var tags: [String]
        var note: String?
        var sources: [String]
        var review: String?
    }

    private func readID(_ entry: SourceEntry?, prompt: String?, into decoded: inout DecodedFact) {
        guard let entry else {
            decoded.id = prompt.map(Slug.derive(from:))
            decoded.idIsDerived = true
            return
        }
        decoded.idLocation = entry.value.location
        guard let id = session.text(entry.value, "the fact's 'id'", example: "`id: charter-signed`") else { return }
        guard Slug.isValid(id) else {
            session.error(
                "fact id '\(id)' is not valid: use lowercase letters, digits and hyphens, starting with a letter or "
                    + "digit, e.g. '\(Slug.derive(from: id))'",
                at: entry.value.location)
            return
        }
        decoded.id = id
    }

    private func readCommon(_ keyed: [String: SourceEntry], owner: String, into decoded: inout DecodedFact) -> Common? {
        var ok = true
        var common = Common(tags: [], note: nil, sources: [])
        if let entry = keyed["tags"] {
            let tags = session.textList(
                entry.value, "'tags' of \(owner)", example: "`tags: [history, pakistan]`", allowsSingle: true,
                duplicates: .warning)
            if let tags { common.tags = tags } else { ok = false }
        }
        if let entry = keyed["note"] {
            common.note = session.text(entry.value, "'note' of \(owner)", example: "`note: ...`")
            ok = ok && common.note != nil
        }
        if let entry = keyed["review"] {
            common.review = session.text(entry.value, "'review' of \(owner)", example: "`review: why to check it`")
            ok = ok && common.review != nil
        }
        if let entry = keyed["source"] {
            let sources = session.textList(
                entry.value, "'source' of \(owner)", example: "`source: https://...`", allowsSingle: true,
                duplicates: .warning)
            if let sources { common.sources = sources } else { ok = false }
        }
        if let entry = keyed["pool"] {
            if let name = session.text(entry.value, "'pool' of \(owner)", example: "`pool: country`") {
                decoded.pool = (name, entry.value.location)
            } else {
                ok = false
            }
        }
        if let entry = keyed["as-of"] {
            if let date = session.date(entry.value, "'as-of' of \(owner)") {
                decoded.asOf = (date, entry.value.location)
            } else {
                ok = false
            }
        }
        return ok ? common : nil
    }

    // MARK: - Keys of each kind

    private func readContent(
        _ kind: FactKind, prompt: String, _ keyed: [String: SourceEntry], entries: [SourceEntry], owner: String,
        at location: SourceLocation
    ) -> FactContent? {
        /// The node of a required key, or nil after reporting that it is missing.
        func required(_ key: String, _ example: String) -> SourceNode? {
            if let entry = keyed[key] { return entry.value }
            if !session.isMisspelt(key, among: entries, allowed: DeckKeys.allowed(for: kind)) {
                session.error(
                    "\(owner) has kind '\(kind.rawValue)' but no '\(key)'; add `\(key): \(example)`", at: location)
            }
            return nil
        }
        /// A list key; repeats are errors in members and items (they would make a question
        /// ambiguous) and warnings elsewhere.
        func list(_ key: String, example: String, minimum: Int = 0, single: Bool = false) -> [String]? {
            guard let entry = keyed[key] else { return [] }
            let repeats: Diagnostic.Severity = minimum > 0 ? .error : .warning
            let items = session.textList(
                entry.value, "'\(key)' of \(owner)", example: example, allowsSingle: single, duplicates: repeats)
            return checkedCount(items, key: key, owner: owner, minimum: minimum, at: entry.value.location)
        }

        switch kind {
        case .term:
            let means = required("means", "the meaning").flatMap {
                session.text($0, "'means' of \(owner)", example: "`means: Regional Anti-Terrorist Structure`")
            }
            let accept = list("accept", example: "`accept: [another wording]`", single: true)
            guard let means, let accept, let wrong = wrongTexts(keyed, owner: owner, right: [means] + accept) else {
                return nil
            }
            return .term(TermFact(term: prompt, means: means, accept: accept, wrong: wrong))

        case .date:
            let when = required("when", "YYYY-MM-DD").flatMap { session.date($0, "'when' of \(owner)") }
            let place = keyed["where"].map {
                session.text($0.value, "'where' of \(owner)", example: "`where: Shanghai`")
            }
            guard let when, place.map({ $0 != nil }) ?? true,
                let wrong = wrongDates(keyed, owner: owner, right: when)
            else { return nil }
            return .date(DateFact(event: prompt, when: when, place: place ?? nil, wrong: wrong))

        case .set:
            guard required("members", "[A, B]") != nil,
                let members = list("members", example: "`members: [China, Russia]`", minimum: 2),
                let wrong = wrongTexts(keyed, owner: owner, right: members)
            else { return nil }
            return .set(SetFact(name: prompt, members: members, wrong: wrong))

        case .sequence:
            guard required("items", "[first, second]") != nil,
                let items = list("items", example: "`items: [first, second]`", minimum: 2),
                let wrong = wrongTexts(keyed, owner: owner, right: items)
            else { return nil }
            return .sequence(SequenceFact(name: prompt, items: items, wrong: wrong))

        case .number:
            let value = required("value", "60").flatMap {
                session.number($0, "'value' of \(owner)", example: "`value: 60`")
            }
            let unit = keyed["unit"].map { session.text($0.value, "'unit' of \(owner)", example: "`unit: \"%\"`") }
            var tolerance: DeckNumber? = .zero
            if let entry = keyed["tolerance"] {
                tolerance = session.number(entry.value, "'tolerance' of \(owner)", example: "`tolerance: 5`")
                if let given = tolerance, given.value < 0 {
                    session.error(
                        "'tolerance' of \(owner) is negative; write how far off an answer may be, e.g. `tolerance: 5`",
                        at: entry.value.location)
                    tolerance = nil
                } else if let given = tolerance, given.value > 1e9 {
                    session.error(
                        "'tolerance' of \(owner) is \(given.text), more than 10^9 (1000000000); a tolerance that wide "
                            + "accepts any answer: give the value in a larger unit", at: entry.value.location)
                    tolerance = nil
                }
            }
            guard let value, let tolerance, unit.map({ $0 != nil }) ?? true,
                let wrong = wrongNumbers(keyed, owner: owner, right: value, tolerance: tolerance)
            else { return nil }
            return .number(
                NumberFact(
                    quantity: prompt, value: value, unit: unit ?? nil, tolerance: tolerance, wrong: wrong))

        case .cloze:
            let segments = ClozeParser.segments(
                of: prompt, owner: owner, at: keyed["cloze"]?.value.location ?? location, session: session)
            let blanks = segments.map { ClozeFact(text: prompt, segments: $0).blanks } ?? []
            let fillers = blanks.flatMap { [$0.answer] + $0.accept }
            guard let segments, let wrong = wrongTexts(keyed, owner: owner, right: fillers) else { return nil }
            return .cloze(ClozeFact(text: prompt, segments: segments, wrong: wrong))

        case .question:
            let answer = required("answer", "the answer").flatMap {
                session.text($0, "'answer' of \(owner)", example: "`answer: Heads of State Council`")
            }
            let accept = list("accept", example: "`accept: [another wording]`", single: true)
            guard let answer, let accept, let wrong = wrongTexts(keyed, owner: owner, right: [answer] + accept) else {
                return nil
            }
            if wrong.count == 1, keyed["pool"] == nil, let entry = keyed["wrong"] {
                session.warning(
                    "'wrong' of \(owner) has 1 answer and the fact has no pool; "
                        + "a multiple-choice question needs at least 2 wrong options, so none will be asked",
                    at: entry.value.location)
            }
            return .question(QuestionFact(prompt: prompt, answer: answer, accept: accept, wrong: wrong))
        }
    }

    private func checkedCount(_ items: [String]?, key: String, owner: String, minimum: Int, at location: SourceLocation)
        -> [String]?
    {
        guard let items else { return nil }
        guard items.count >= minimum else {
            session.error(
                "'\(key)' of \(owner) has \(items.count) item\(items.count == 1 ? "" : "s"); it needs at least "
                    + "\(minimum)",
                at: location)
            return nil
        }
        return items
    }
}
