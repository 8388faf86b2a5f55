import DeckModel
import Foundation

/// The facts one sentence of notes yields: an acronym's expansion, a date, a place, a
/// figure, a definition, a list in prose, or else a fill-in on its names and numbers.
struct SentenceFacts {
    var line: Int
    var quote: String

    func make(_ category: DraftFact.Category, _ subject: String, _ keys: [(String, String)], review: String? = nil)
        -> DraftFact
    {
        DraftFact(category, subject: subject, keys: keys, line: line, quote: quote, review: review)
    }

    /// What `sentence` yields, or why it yields nothing.
    func facts(_ sentence: String) -> Result<[DraftFact], Reason> {
        if let reason = Reason.noise(sentence) { return .failure(reason) }
        var facts: [DraftFact] = []
        var covered = false
        var rest = sentence
        if let acronym = Acronyms.find(in: sentence) {
            // The rest is read without the bracket: "The SCO (Shanghai …) has meetings" as "The SCO has meetings".
            for bracket in ["(\(acronym.acronym))", "(\(acronym.expansion))", "( \(acronym.acronym) )"] {
                rest = NoteText.clean(rest.replacingOccurrences(of: bracket, with: ""))
            }
            facts.append(
                make(
                    .term, acronym.acronym,
                    [("term", DraftFact.text(acronym.acronym)), ("means", DraftFact.text(acronym.expansion))],
                    review: acronym.review))
            if let rest = acronym.rest, let fact = about(acronym.acronym, rest) { facts.append(fact) }
            // A line that only defines the acronym, or does so with an arrow, says nothing more.
            covered =
                sentence.count <= acronym.expansion.count + acronym.acronym.count + 8 || Arrows.split(sentence) != nil
        }
        if !covered, let definition = definition(rest) {
            facts.append(definition)
            covered = true
        }
        // Clauses apart, unless a quotation runs across them.
        let quoted = sentence.contains { "\"“”'".contains($0) }
        let clauses = quoted ? [rest] : rest.split(separator: ";").map { NoteText.clean(String($0)) }
        for clause in clauses where !covered {
            let found = clauseFacts(clause)
            facts += found
        }
        return facts.isEmpty ? .failure(.nothingToAsk) : .success(facts)
    }

    /// A date, a place or a figure, a list in prose, else a fill-in.
    private func clauseFacts(_ clause: String) -> [DraftFact] {
        let words = clause.split(separator: " ")
        let dates = DatePhrases.find(in: words)
        let figures = Figures.find(in: words, outside: dates.map(\.words))
        if let place = place(clause) { return [place] }
        // Three names or more in prose ("by Iran, Pakistan and Turkey") are a list as well.
        let list =
            InlineLists.find(in: clause).map { list in
                [
                    make(
                        .list, list.name,
                        [("set", DraftFact.text(list.name)), ("members", DraftFact.list(list.members))])
                ]
            } ?? []
        if dates.count == 1, let date = dates[0].date, figures.isEmpty, let fact = dateFact(words, dates[0], date) {
            return [fact] + list
        }
        if dates.isEmpty, figures.count == 1, let fact = figure(words, figures[0]) { return [fact] + list }
        if dates.isEmpty, figures.isEmpty, !list.isEmpty { return list }
        let blanks = dates.map(\.core) + figures.map(\.core)
        return (fillIn(clause, spans: blanks).map { [$0] } ?? []) + list
    }

    /// What follows an acronym's expansion ("headquarters Paris"): a question whose answer
    /// is the name it ends with, else a fill-in.
    private func about(_ acronym: String, _ rest: String) -> DraftFact? {
        let words = rest.split(separator: " ")
        if let last = Names.spans(in: words).last, last.upperBound == words.count, last.lowerBound > 0 {
            let asked = words[..<last.lowerBound].joined(separator: " ")
            let answer = words[last].joined(separator: " ").trimming(",.;:()")
            return make(
                .definition, acronym + " " + asked,
                [("question", DraftFact.text("\(acronym): \(asked)?")), ("answer", DraftFact.text(answer))])
        }
        return fillIn(acronym + ": " + rest)
    }

    /// `On 15 June 2001, the leaders … met in Shanghai …`: the event without its date, and
    /// the place it names.
    private func dateFact(_ words: [Substring], _ found: DatePhrases.Found, _ date: PartialDate) -> DraftFact? {
        var rest = Array(words[..<found.words.lowerBound]) + Array(words[found.words.upperBound...])
        guard rest.count >= 3 else { return nil }
        if let last = rest.last, last.hasSuffix(",") { rest[rest.count - 1] = last.dropLast() }
        var event = NoteText.withoutFullStop(NoteText.clean(rest.joined(separator: " ")))
        while event.hasPrefix(",") || event.hasPrefix(" ") { event.removeFirst() }
        if event.hasSuffix(",") { event.removeLast() }
        guard let first = event.first else { return nil }
        event = first.uppercased() + event.dropFirst()
        var keys = [("date", DraftFact.text(event)), ("when", DraftFact.text(date.description))]
        if let place = Places.after("in", in: event, last: true) { keys.append(("where", DraftFact.text(place.name))) }
        return make(.date, event, keys)
    }

    /// `Present members = 193 states`, `It has 15 judges`: a figure with what it counts.
    private func figure(_ words: [Substring], _ found: Figures.Found) -> DraftFact? {
        let before = NoteText.clean(words[..<found.words.lowerBound].joined(separator: " "))
        var quantity = before.trimming(" =:")
        if quantity.lowercased().hasSuffix(" has") || quantity.lowercased().hasSuffix(" have") {
            guard let unit = found.unit else { return fillIn(words.joined(separator: " "), spans: [found.core]) }
            quantity =
                "How many \(unit) " + (quantity.hasSuffix(" has") ? "does " : "do ")
                + quantity.dropLast(quantity.hasSuffix(" has") ? 4 : 5) + " have?"
        } else if before.hasSuffix("=") || before.hasSuffix(":") {
            // `X = 193 states`: X is what is counted.
        } else {
            let after = NoteText.withoutFullStop(
                NoteText.clean(words[found.words.upperBound...].joined(separator: " ")))
            guard !before.isEmpty || !after.isEmpty else { return nil }
            quantity = NoteText.clean(before + " how much " + after.trimming(" %"))
        }
        let subject = NoteText.clean(quantity)
        let pronoun = ["it", "its", "they", "their", "this", "these"].contains(
            subject.split(separator: " ").first?.lowercased() ?? "")
        guard subject.split(separator: " ").count >= 2, !pronoun, let value = Double(found.value) else {
            return fillIn(words.joined(separator: " "), spans: [found.core])
        }
        var keys = [("number", DraftFact.text(subject)), ("value", DraftFact.text(found.value))]
        if let unit = found.unit { keys.append(("unit", DraftFact.text(unit))) }
        if found.approximate {
            let tolerance = max(1, (value / 10).rounded())
            keys.append(("tolerance", DraftFact.text(String(Int(tolerance)))))
        }
        return make(.figure, subject, keys)
    }

    /// `X is based in Y`, `X is located in Y`, `X's headquarters is in Y`, `X sits in Y`.
    private func place(_ clause: String) -> DraftFact? {
        for (phrase, verb) in [
            (" is based in ", "based"), (" is located in ", "located"), (" headquarters is in ", "headquartered"),
            (" headquarters are in ", "headquartered"), (" is headquartered in ", "headquartered"),
            (" sits in ", "based"),
        ] {
            guard let range = clause.range(of: phrase) else { continue }
            var subject = NoteText.clean(String(clause[..<range.lowerBound]))
            if subject.hasSuffix("'s") || subject.hasSuffix("’s") { subject = String(subject.dropLast(2)) }
            guard let place = Places.after("", in: String(clause[range.upperBound...])), !subject.isEmpty else {
                continue
            }
            // "Where is the International Court of Justice based?": an opening word in lowercase.
            let first = subject.split(separator: " ").first.map(String.init) ?? ""
            if NoteText.commonOpeners.contains(first.lowercased()) {
                subject = first.lowercased() + subject.dropFirst(first.count)
            }
            var keys = [
                ("question", DraftFact.text("Where is \(subject) \(verb)?")), ("answer", DraftFact.text(place.name)),
            ]
            if let whole = place.withCountry { keys.append(("accept", DraftFact.list([whole]))) }
            return make(.place, subject, keys)
        }
        return nil
    }

    /// `X: Y`, `X ==> Y`, `X means Y`, `X is the Y`, for a short X.
    private func definition(_ sentence: String) -> DraftFact? {
        let text = NoteText.withoutFullStop(sentence)
        var pair: (String, String)?
        if let (left, right) = Arrows.split(text) {
            pair = (left, right)
        } else if let colon = text.firstIndex(of: ":"), text.index(after: colon) < text.endIndex {
            pair = (String(text[..<colon]), String(text[text.index(after: colon)...]))
        } else if let range = text.range(of: " means ") ?? isThe(text) {
            pair = (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
        }
        guard let (left, right) = pair.map({ (NoteText.itemText($0.0), NoteText.itemText($0.1)) }),
            (1...6).contains(left.split(separator: " ").count), right.split(separator: " ").count >= 1,
            !left.isEmpty, !right.isEmpty
        else { return nil }
        return make(.definition, left, [("term", DraftFact.text(left)), ("means", DraftFact.text(right))])
    }

    /// ` is ` in `X is the Y`, for a name X of at most four words and a Y with no date or
    /// figure (those have facts of their own): "The HSC is the supreme body of the SCO".
    private func isThe(_ text: String) -> Range<String.Index>? {
        guard let the = text.range(of: " is the ") else { return nil }
        let range = the.lowerBound..<text.index(the.lowerBound, offsetBy: 4)
        let subject = text[..<range.lowerBound].split(separator: " ")
        let rest = text[range.upperBound...]
        guard (1...4).contains(subject.count), subject.contains(where: { NoteText.isName($0, first: false) }),
            !rest.contains(where: \.isNumber), !rest.contains(",")
        else { return nil }
        return range
    }

    /// A fill-in with blanks on `spans` (word positions), or else on the sentence's names
    /// and numbers; nil when it has none.
    func fillIn(_ sentence: String, spans given: [Range<Int>] = []) -> DraftFact? {
        let words = sentence.split(separator: " ")
        guard words.count >= 3 else { return nil }
        var spans = (given.isEmpty ? Names.spans(in: words) : given).sorted { $0.lowerBound < $1.lowerBound }
        func outside() -> Int { words.count - spans.reduce(0) { $0 + $1.count } }
        // Something to read around the blanks: three words, or a short line's one blank, its last name.
        if outside() < 3, spans.count > 1 { spans = [spans[spans.count - 1]] }
        guard !spans.isEmpty, spans.count <= 4, outside() >= (spans.count == 1 ? 2 : 3) else { return nil }
        var text = ""
        var index = 0
        for span in spans where span.lowerBound >= index {
            text += words[index..<span.lowerBound].map { $0 + " " }.joined()
            let blank = words[span].joined(separator: " ")
            let core = blank.trimming(",.;:()\"“”")
            guard !core.isEmpty, !core.contains("{"), !core.contains("}") else { return nil }
            let lead = blank.prefix { ",.;:()\"“”".contains($0) }
            let trail = String(blank.reversed().prefix { ",.;:()\"“”".contains($0) }.reversed())
            text += lead + "{{" + core + "}}" + trail + " "
            index = span.upperBound
        }
        text += words[index...].joined(separator: " ")
        let cloze = NoteText.clean(text)
        return make(.fillIn, NoteText.clean(sentence), [("cloze", DraftFact.text(cloze))])
    }
}
