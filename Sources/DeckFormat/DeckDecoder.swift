import DeckModel

/// Options for checking a deck beyond its syntax.
public struct DeckCheckOptions: Sendable {
    /// Today's date, for the staleness of `as-of`; nil skips that check.
    public var today: PartialDate?
    /// An `as-of` older than this many months draws a warning.
    public var staleAfterMonths: Int

    public init(today: PartialDate? = nil, staleAfterMonths: Int = 24) {
        self.today = today
        self.staleAfterMonths = staleAfterMonths
    }
}

/// The outcome of loading a deck: the deck when the file has no error, and every
/// diagnostic (errors and warnings) in file order.
public struct DeckLoadResult: Sendable {
    public var deck: Deck?
    public var diagnostics: [Diagnostic]
    /// Where each fact starts in the file, by fact id.
    public var factLocations: [String: SourceLocation] = [:]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Turns a parsed source tree into a validated `Deck`, following `deck-format.md`.
public enum DeckDecoder {
    /// The format version this build reads.
    public static let formatVersion = 1

    /// Decodes `root` (nil when the syntax could not be read). `defaultID` is the deck id
    /// to use when the file gives none (the file name, made valid).
    public static func decode(
        _ root: SourceNode?, file: String, defaultID: String, options: DeckCheckOptions = .init()
    ) -> DeckLoadResult {
        let session = DecodeSession(file: file)
        guard let root else { return DeckLoadResult(deck: nil, diagnostics: []) }
        let deck = decodeDeck(root, defaultID: defaultID, options: options, session: session)
        let diagnostics = session.diagnostics.sorted(by: Diagnostic.inFileOrder)
        return DeckLoadResult(
            deck: session.hasErrors ? nil : deck, diagnostics: diagnostics, factLocations: session.factLocations)
    }

    private static func decodeDeck(
        _ root: SourceNode, defaultID: String, options: DeckCheckOptions, session: DecodeSession
    ) -> Deck? {
        guard case .mapping(let entries) = root.value else {
            session.error(
                "a deck must be a mapping with `recall: 1`, `title:` and `facts:`, not a \(root.shapeName)",
                at: root.location)
            return nil
        }
        guard readVersion(of: entries, at: root.location, session: session) else { return nil }
        let keyed = session.entries(of: entries, allowed: DeckKeys.topLevel, owner: "the deck") { key in
            guard DeckKeys.allFactKeys.contains(key) else { return nil }
            return
                "'\(key)' is a key of a fact, not of the deck; facts go in the `facts:` list, each starting with '- '"
        }

        var id = defaultID
        if let entry = keyed["id"], let text = session.text(entry.value, "the deck's 'id'", example: "`id: sco`") {
            if Slug.isValid(text) {
                id = text
            } else {
                session.error(
                    "deck id '\(text)' is not valid: use lowercase letters, digits and hyphens, e.g. "
                        + "'\(Slug.derive(from: text))'",
                    at: entry.value.location)
            }
        }
        let title = keyed["title"].flatMap { session.text($0.value, "the deck's 'title'", example: "`title: The SCO`") }
        if keyed["title"] == nil, !session.isMisspelt("title", among: entries, allowed: DeckKeys.topLevel) {
            session.error("the deck has no 'title'; add `title: ...`, the name shown in menus", at: root.location)
        }
        func optionalText(_ key: String) -> String? {
            keyed[key].flatMap { session.text($0.value, "the deck's '\(key)'", example: "`\(key): ...`") }
        }
        let sources = keyed["source"].flatMap {
            session.textList(
                $0.value, "the deck's 'source'", example: "`source: https://...`", allowsSingle: true,
                duplicates: .warning)
        }
        let pools = keyed["pools"].map { readPools($0.value, session: session) } ?? []
        let aliases = keyed["aliases"].map { readAliases($0.value, session: session) } ?? []
        let facts = readFacts(
            keyed["facts"], among: entries, at: root.location, pools: pools, options: options, session: session)

        // Read before any early return, so that their problems are reported too.
        let description = optionalText("description"), author = optionalText("author"),
            updated = optionalText("updated")
        let isTemplate = keyed["template"].map { readTemplate($0.value, session: session) } ?? false
        guard let title, let facts else { return nil }
        return Deck(
            id: id, title: title, description: description, author: author, sources: sources ?? [], updated: updated,
            pools: pools, aliases: aliases, facts: facts, isTemplate: isTemplate)
    }

    /// `template: true` or `false`.
    private static func readTemplate(_ node: SourceNode, session: DecodeSession) -> Bool {
        let example = "`template: true` (a teacher's template, left out of \"study all\")"
        guard let text = session.text(node, "the deck's 'template'", example: example) else { return false }
        switch text {
        case "true": return true
        case "false": return false
        default:
            session.error(
                "the deck's 'template' is '\(text)'; write it as \(example), or `template: false`",
                at: node.location)
            return false
        }
    }

    /// Checks `recall: 1`. Returns false when the file is from a newer format, whose other
    /// keys this build cannot judge.
    private static func readVersion(of entries: [SourceEntry], at location: SourceLocation, session: DecodeSession)
        -> Bool
    {
        guard let entry = entries.first(where: { $0.key == "recall" }) else {
            // A misspelt `recall` is reported as an unknown key, with a did-you-mean.
            if session.isMisspelt("recall", among: entries, allowed: DeckKeys.topLevel) { return true }
            session.error("the file does not say it is a Recall deck; add `recall: 1` as its first line", at: location)
            return true
        }
        guard case .scalar(let scalar) = entry.value.value, let version = Int(scalar.text.trimmingWhitespace()) else {
            session.error(
                "'recall' must be the format version, the whole number 1; write `recall: 1`", at: entry.value.location)
            return true
        }
        if version > formatVersion {
            session.error(
                "this deck was made by a newer version of Recall (format \(version)); this Recall reads format "
                    + "\(formatVersion), so update Recall to open it",
                at: entry.value.location)
            return false
        }
        if version < 1 {
            session.error("'recall' must be the format version, 1; write `recall: 1`", at: entry.value.location)
        }
        return true
    }

    private static func readPools(_ node: SourceNode, session: DecodeSession) -> [Pool] {
        guard case .mapping(let entries) = node.value else {
            session.error(
                "'pools' must map each pool's name to a list, such as `pools: {country: [China, India]}`",
                at: node.location)
            return []
        }
        return entries.compactMap { entry in
            guard session.plainKey(entry),
                let members = session.textList(
                    entry.value, "pool '\(entry.key)'", example: "`\(entry.key): [China, India]`", duplicates: .warning)
            else { return nil }
            guard !members.isEmpty else {
                session.error(
                    "pool '\(entry.key)' is empty; list at least one answer in it, or remove it",
                    at: entry.value.location)
                return nil
            }
            return Pool(name: entry.key, members: members)
        }
    }

    private static func readAliases(_ node: SourceNode, session: DecodeSession) -> [AliasGroup] {
        guard case .mapping(let entries) = node.value else {
            session.error(
                "'aliases' must map each answer to its other spellings, such as `aliases: {Kyrgyzstan: [Kyrgyz "
                    + "Republic]}`",
                at: node.location)
            return []
        }
        var owners: [String: String] = [:]
        var groups: [AliasGroup] = []
        for entry in entries where session.plainKey(entry) {
            guard
                let alternatives = session.textList(
                    entry.value, "the aliases of '\(entry.key)'", example: "`\(entry.key): [other spelling]`",
                    allowsSingle: true, duplicates: .warning)
            else { continue }
            if alternatives.isEmpty {
                session.error(
                    "the aliases of '\(entry.key)' are an empty list; list its other spellings, or remove it",
                    at: entry.value.location)
                continue
            }
            for alternative in alternatives + [entry.key] {
                let key = alternative.folded()
                if let owner = owners[key], owner != entry.key {
                    session.error(
                        "'\(alternative)' is an alias of both '\(owner)' and '\(entry.key)'; an alias may stand for "
                            + "one answer only",
                        at: entry.value.location)
                }
                owners[key] = entry.key
            }
            groups.append(AliasGroup(canonical: entry.key, alternatives: alternatives))
        }
        return groups
    }

    private static func readFacts(
        _ entry: SourceEntry?, among entries: [SourceEntry], at location: SourceLocation, pools: [Pool],
        options: DeckCheckOptions, session: DecodeSession
    ) -> [Fact]? {
        guard let entry else {
            if !session.isMisspelt("facts", among: entries, allowed: DeckKeys.topLevel) {
                session.error("the deck has no 'facts'; add `facts:` followed by a list of facts", at: location)
            }
            return nil
        }
        guard case .sequence(let nodes) = entry.value.value else {
            session.error(
                "'facts' must be a list, each fact starting with '- ' (for example `- term: RATS`)",
                at: entry.value.location)
            return nil
        }
        guard !nodes.isEmpty else {
            session.error("'facts' is empty; a deck needs at least one fact", at: entry.value.location)
            return nil
        }
        let decoder = FactDecoder(session: session)
        var decoded = nodes.enumerated().map { decoder.decode($0.element, number: $0.offset + 1) }
        DeckChecks.run(on: &decoded, pools: pools, options: options, session: session)
        let facts = decoded.compactMap(\.fact)
        for fact in decoded where fact.fact != nil { session.factLocations[fact.fact!.id] = fact.location }
        return facts.count == nodes.count ? facts : nil
    }
}
