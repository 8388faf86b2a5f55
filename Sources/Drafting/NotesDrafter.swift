import DeckModel
import Foundation

/// Reads study notes (plain text or Markdown) into draft facts: headings (a line ending in
/// `:`) name the lists under them and tag the facts, list items (`1.`, `a)`, `•`, `-`, `*`)
/// make sets or sequences, and every other line is read sentence by sentence
/// (`SentenceFacts`). Nothing is invented: every answer is text from the notes.
public enum NotesDrafter {
    /// The facts `text` yields, in the order of its lines, and the lines it did not use.
    public static func draft(_ text: String) -> (facts: [DraftFact], unused: [UnusedLine]) {
        var facts: [DraftFact] = []
        var unused: [UnusedLine] = []
        var heading: (text: String, line: Int, quote: String)?
        var list: [(item: String, line: Int)] = []
        /// The line before the list: its name, a heading or a sentence ("To fight against three
        /// evils."), whose own facts then give way to the list's.
        var previous: (text: String, line: Int, quote: String, isHeading: Bool)?
        func closeList() {
            guard !list.isEmpty else { return }
            // After a list, the next line is under no heading of its own.
            defer { (list, previous) = ([], nil) }
            let name = previous.map { ($0.text, $0.line, $0.quote) } ?? heading
            if let previous, !previous.isHeading {
                facts.removeAll { $0.line == previous.line }
                unused.removeAll { $0.line == previous.line }
            }
            guard let name, list.count >= 2 else {
                for item in list {
                    unused.append(UnusedLine(line: item.line, text: item.item, reason: "\(Reason.listWithoutHeading)"))
                }
                return
            }
            // The heading that names the list is used.
            unused.removeAll { $0.line == name.1 }
            facts.append(Lists.fact(name: name.0, line: name.1, quote: name.2, items: list.map(\.item)))
        }
        /// Short lines under a heading, without list markers ("Water protection.", "Violation
        /// of LOC."): the members of a list the heading names, when there are two or more.
        var shortRun: [(item: String, line: Int)] = []
        var runOpen = false
        func closeShortRun() {
            defer { (shortRun, runOpen) = ([], false) }
            guard shortRun.count >= 2, let heading else { return }
            let lines = Set(shortRun.map(\.line) + [heading.line])
            unused.removeAll { lines.contains($0.line) }
            facts.removeAll { $0.category == .definition && $0.subject == heading.text && lines.contains($0.line) }
            facts.append(
                Lists.fact(name: heading.text, line: heading.line, quote: heading.quote, items: shortRun.map(\.item)))
        }
        /// A heading: it names the lists under it and tags the facts; one that defines an
        /// acronym, or says something ("Afghanistan shares larger borders with Pakistan :"), is
        /// a fact too.
        func takeHeading(_ title: String, _ number: Int, _ raw: String) {
            heading = (title, number, raw)
            previous = (title, number, raw, true)
            let reader = SentenceFacts(line: number, quote: raw)
            let words = title.split(separator: " ")
            if let acronym = Acronyms.find(in: title), acronym.review == nil {
                facts.append(
                    reader.make(
                        .term, acronym.acronym,
                        [("term", DraftFact.text(acronym.acronym)), ("means", DraftFact.text(acronym.expansion))]))
            } else if words.count >= 4, words.contains(where: { Names.subjectVerbs.contains(String($0)) }),
                case .success(let said) = reader.facts(title)
            {
                facts += said
            } else {
                unused.append(UnusedLine(line: number, text: raw, reason: "\(Reason.heading)"))
            }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = markdown(NoteText.clean(raw))
            guard !line.isEmpty else { continue }
            if let item = NoteText.listItem(line), !item.isEmpty {
                if let reason = Reason.noise(item) {
                    unused.append(UnusedLine(line: number, text: raw, reason: "\(reason)"))
                    continue
                }
                if item.hasSuffix(":") || raw.hasSuffix(":") {
                    // "• Security :" is a heading of its own.
                    closeList()
                    closeShortRun()
                    takeHeading(NoteText.itemText(item), number, raw)
                    continue
                }
                list.append((item, number))
                continue
            }
            closeList()
            let afterHeading = previous?.isHeading == true ? heading : nil
            let short =
                line.split(separator: " ").count <= 6 && NoteText.sentences(line).count == 1 && !line.hasSuffix(":")
            if short, runOpen || afterHeading != nil {
                shortRun.append((NoteText.itemText(line), number))
                runOpen = true
            } else {
                closeShortRun()
            }
            if line.hasSuffix(":") {
                closeShortRun()
                takeHeading(NoteText.itemText(line), number, raw)
                continue
            }
            previous = (NoteText.itemText(line), number, raw, false)
            let reader = SentenceFacts(line: number, quote: raw)
            var found: [DraftFact] = []
            var reasons: [Reason] = []
            // `NATO  western alliance`: two parts set apart by a wide gap define the first.
            let parts = raw.replacingOccurrences(of: "\u{00A0}", with: " ").split(
                separator: "  ", omittingEmptySubsequences: true
            )
            .map {
                NoteText.itemText(String($0))
            }
            if parts.count == 2, (1...4).contains(parts[0].split(separator: " ").count), !parts[1].isEmpty {
                facts.append(
                    reader.make(
                        .definition, parts[0],
                        [("term", DraftFact.text(parts[0])), ("means", DraftFact.text(parts[1]))]))
                continue
            }
            for sentence in NoteText.sentences(line) {
                switch reader.facts(sentence) {
                case .success(let sentenceFacts): found += sentenceFacts
                case .failure(let reason): reasons.append(reason)
                }
            }
            // A heading and the one line under it: "Purpose of SCO: Strengthening …".
            if found.isEmpty, let afterHeading, reasons.allSatisfy({ $0 == .nothingToAsk }),
                afterHeading.text.split(separator: " ").count <= 6
            {
                let means = NoteText.withoutFullStop(line)
                found.append(
                    reader.make(
                        .definition, afterHeading.text,
                        [("term", DraftFact.text(afterHeading.text)), ("means", DraftFact.text(means))]))
            }
            if found.isEmpty {
                let reason = reasons.first { $0 != .nothingToAsk } ?? .nothingToAsk
                unused.append(UnusedLine(line: number, text: raw, reason: "\(reason)"))
            }
            facts += found
        }
        closeList()
        closeShortRun()
        // The heading a fact sits under tags it; an acronym spelt out again is the same fact.
        return (tagged(deduplicated(facts), headings: lines), unused.sorted { $0.line < $1.line })
    }

    /// The facts without a second term for the same expansion of the same acronym.
    private static func deduplicated(_ facts: [DraftFact]) -> [DraftFact] {
        var seen = Set<String>()
        return facts.filter { fact in
            guard let term = fact.value("term"), let means = fact.value("means") else { return true }
            return seen.insert((term + "\u{0}" + means).lowercased()).inserted
        }
    }

    /// `**bold**` and `# Heading` read as the text they mark.
    private static func markdown(_ line: String) -> String {
        var text = line
        while text.hasPrefix("#") { text.removeFirst() }
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        return NoteText.clean(text)
    }

    /// Each fact tagged with a slug of the heading above its line.
    private static func tagged(_ facts: [DraftFact], headings lines: [String]) -> [DraftFact] {
        var headingAt: [Int: String] = [:]
        var current: String?
        for (offset, raw) in lines.enumerated() {
            let line = NoteText.clean(raw)
            if line.hasSuffix(":") {
                let slug = Slug.derive(from: NoteText.itemText(NoteText.listItem(line) ?? line))
                current = slug.isEmpty ? nil : slug
            }
            headingAt[offset + 1] = current
        }
        return facts.map { fact in
            var fact = fact
            if let tag = headingAt[fact.line], fact.value("tags") == nil {
                fact.keys.append(("tags", DraftFact.list([tag])))
            }
            return fact
        }
    }
}
