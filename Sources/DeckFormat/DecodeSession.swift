import DeckModel

/// The state of one decoding pass: the file's name and the diagnostics found so far,
/// with readers for the value shapes the format uses. Each reader reports its own
/// problems and returns nil, so decoding goes on and every problem is found in one pass.
final class DecodeSession {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each fact starts, by id, for messages about a fact's questions.
    var factLocations: [String: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(file: file, at: location, .error, message))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(file: file, at: location, .warning, message))
    }

    func absorb(_ other: [Diagnostic]) {
        diagnostics += other
    }

    // MARK: - Mappings

    /// Reports keys not in `allowed`, with a did-you-mean, and returns the entries by key.
    func entries(
        of entries: [SourceEntry], allowed: [String], owner: String,
        explain: (String) -> String? = { _ in nil }
    ) -> [String: SourceEntry] {
        var byKey: [String: SourceEntry] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                byKey[entry.key] = entry
            } else if let reason = explain(entry.key) {
                error(reason, at: entry.keyLocation)
            } else {
                let reason: String
                if let guess = Suggestion.closest(to: entry.key, among: allowed) {
                    reason = "unknown key '\(entry.key)' in \(owner); did you mean '\(guess)'?"
                } else {
                    reason =
                        "unknown key '\(entry.key)' in \(owner); the keys allowed here are "
                        + "\(allowed.map { "'\($0)'" }.joined(separator: ", "))"
                }
                error(reason, at: entry.keyLocation)
            }
        }
        return byKey
    }

    /// True when some key of `entries` is unknown here and its did-you-mean is `key`, so
    /// that message already tells the user that `key` is missing. A key allowed here (a
    /// date's `where` beside a missing `when`) is no misspelling.
    func isMisspelt(_ key: String, among entries: [SourceEntry], allowed: [String]) -> Bool {
        entries.contains { !allowed.contains($0.key) && Suggestion.closest(to: $0.key, among: allowed) == key }
    }

    // MARK: - Scalars

    /// Non-empty text. `what` names the value in messages, e.g. "'means' of fact 'rats'".
    func text(_ node: SourceNode, _ what: @autoclosure () -> String, example: String) -> String? {
        guard case .scalar(let scalar) = node.value else {
            error("\(what()) must be text, not a \(node.shapeName); write it as \(example)", at: node.location)
            return nil
        }
        let text = scalar.text.trimmingWhitespace()
        guard !scalar.isNull, !text.isEmpty else {
            error("\(what()) is empty; write it as \(example)", at: node.location)
            return nil
        }
        if text.utf8.count > Self.maximumTextBytes {
            error(
                "\(what()) is too long (\(text.utf8.count) bytes, and a text can have at most "
                    + "\(Self.maximumTextBytes)); shorten it, or split the fact",
                at: node.location)
            return nil
        }
        if let control = text.firstControlCharacter {
            error(
                "\(what()) contains a control character (\(control.controlCharacterName)), which could take over the "
                    + "terminal; decks hold plain text, so remove it",
                at: node.location)
            return nil
        }
        return text
    }

    /// A decimal number (quoted or not).
    func number(_ node: SourceNode, _ what: String, example: String) -> DeckNumber? {
        guard let text = text(node, what, example: example) else { return nil }
        guard let number = DeckNumber(text) else {
            if text.allSatisfy({ $0.isASCIIDigit || "+-.,eE".contains($0) }),
                let value = Double(text.filter { $0 != "," }), !value.isFinite
            {
                error(
                    "\(what) is '\(Self.shortened(text))', a number too large for Recall; give it in a larger unit",
                    at: node.location)
                return nil
            }
            let unitHint =
                text.contains(where: { $0.isLetter || $0 == "%" })
                ? "write the number alone and put its unit in `unit:`" : "write it as \(example)"
            error("\(what) is '\(Self.shortened(text))', which is not a number; \(unitHint)", at: node.location)
            return nil
        }
        return number
    }

    /// The longest text a deck field may hold, in UTF-8 bytes: a long note is a few thousand.
    static let maximumTextBytes = 16_384

    /// A text as quoted in a message: at most 40 characters.
    static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : text.prefix(30) + "… (\(text.count) characters)"
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date.
    func date(_ node: SourceNode, _ what: String) -> PartialDate? {
        guard let text = text(node, what, example: "2002-06-07") else { return nil }
        switch PartialDate.parse(text) {
        case .success(let date):
            return date
        case .failure(.malformed):
            error(
                "\(what) is '\(text)', which is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2002-06-07",
                at: node.location)
        case .failure(.monthOutOfRange(let month)):
            error(
                "\(what) is '\(text)', which is not a date: there is no month \(month); months run from 01 to 12",
                at: node.location)
        case .failure(.noSuchDay(let year, let month, let day)):
            let name = PartialDate.monthNames[month - 1]
            error(
                "\(what) is '\(text)', which is not a real date: \(name) \(year) has "
                    + "\(PartialDate.daysIn(month: month, year: year)) days, not \(day)",
                at: node.location)
        }
        return nil
    }

    /// True when a key the deck names (a pool, an alias) holds no control character; else
    /// reports it.
    func plainKey(_ entry: SourceEntry) -> Bool {
        guard let control = entry.key.firstControlCharacter else { return true }
        error(
            "the key '\(entry.key)' contains a control character (\(control.controlCharacterName)); decks hold plain "
                + "text, so remove it",
            at: entry.keyLocation)
        return false
    }

    // MARK: - Lists

    /// The items of a list node; a single scalar is a one-item list when `allowsSingle` is set.
    func items(of node: SourceNode, _ what: String, example: String, allowsSingle: Bool = false) -> [SourceNode]? {
        switch node.value {
        case .sequence(let nodes):
            return nodes
        case .scalar(let scalar) where allowsSingle && !scalar.isNull:
            return [node]
        default:
            error("\(what) must be a list, such as \(example)", at: node.location)
            return nil
        }
    }

    /// A list of non-empty texts. A single text is taken as a one-item list when
    /// `allowsSingle` is set. Repeats (after folding) are reported as `duplicates` says.
    func textList(
        _ node: SourceNode, _ what: String, example: String,
        allowsSingle: Bool = false, duplicates: Diagnostic.Severity? = .error
    ) -> [String]? {
        guard let items = items(of: node, what, example: example, allowsSingle: allowsSingle) else { return nil }
        var texts: [String] = []
        var seen: [String: String] = [:]
        var failed = false
        for item in items {
            guard let text = text(item, "an item of \(what)", example: "a text") else {
                failed = true
                continue
            }
            let key = text.folded()
            if let earlier = seen[key], let severity = duplicates {
                let message = "\(what) lists '\(text)' twice (as '\(earlier)' too); remove one"
                severity == .error ? error(message, at: item.location) : warning(message, at: item.location)
                if severity == .error { failed = true }
                continue
            }
            seen[key] = text
            texts.append(text)
        }
        return failed ? nil : texts
    }
}
