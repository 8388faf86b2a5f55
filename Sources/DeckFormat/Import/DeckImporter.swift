import DeckModel
import Foundation

/// Turns flashcard exports into decks: CSV, TSV, Quizlet and Anki's notes text export.
///
/// Each row becomes a `term` fact (front → back), a `question` fact when the front is a
/// question, or a `cloze` fact for Anki cloze notes. Tags are kept; rows that cannot become
/// a fact are skipped and reported with their line.
public enum DeckImporter {
    public enum Format: String, Sendable, CaseIterable {
        case csv, tsv, quizlet, anki
    }

    public struct Options: Sendable {
        public var format: Format?
        /// Quizlet's "between term and definition" separator (default: a tab).
        public var separator: String?
        /// Quizlet's "between rows" separator (default: a new line).
        public var rowSeparator: String?
        public var deckID: String?
        public var title: String?

        public init(
            format: Format? = nil, separator: String? = nil, rowSeparator: String? = nil, deckID: String? = nil,
            title: String? = nil
        ) {
            self.format = format
            self.separator = separator
            self.rowSeparator = rowSeparator
            self.deckID = deckID
            self.title = title
        }
    }

    public struct Skipped: Sendable, Equatable {
        public var line: Int
        public var reason: String

        public init(line: Int, reason: String) {
            (self.line, self.reason) = (line, reason)
        }
    }

    public struct Result: Sendable {
        public var deck: Deck
        public var format: Format
        public var skipped: [Skipped]
    }

    /// No card could be imported; `skipped` says why for each row.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var reason: String
        public var skipped: [Skipped]
        public var description: String { reason }
    }

    /// Imports `text`, read from a file called `fileName` (its extension helps tell the format).
    public static func importDeck(_ text: String, fileName: String, options: Options = .init()) throws(Failure)
        -> Result
    {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let format = options.format ?? detect(body, fileName: fileName, options: options)
        var cards: [Card]
        var skipped: [Skipped] = []
        var deckName: String?
        switch format {
        case .anki:
            let export = AnkiExport(body)
            deckName = export.deckName
            (cards, skipped) = export.cards()
        case .csv, .tsv, .quizlet:
            let rows = DelimitedText.parse(
                body, fieldSeparator: options.separator.map(unescape) ?? (format == .csv ? csvSeparator(body) : "\t"),
                rowSeparator: options.rowSeparator.map(unescape) ?? "\n", quoting: format != .quizlet)
            (cards, skipped) = Table.cards(from: rows)
        }
        let base = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
        var builder = FactBuilder()
        for card in cards {
            switch builder.add(card) {
            case .added: break
            case .skipped(let reason): skipped.append(Skipped(line: card.line, reason: reason))
            }
        }
        guard !builder.facts.isEmpty else {
            throw Failure(
                reason: skipped.isEmpty
                    ? "\(fileName) has no cards to import" : "no card of \(fileName) could be imported",
                skipped: skipped.sorted { $0.line < $1.line })
        }
        let id = options.deckID ?? Slug.derive(from: base.isEmpty ? "imported" : base)
        let deck = Deck(
            id: id, title: options.title ?? deckName ?? base, description: nil, author: nil,
            sources: ["Imported from \((fileName as NSString).lastPathComponent) (\(format.rawValue))"],
            facts: builder.facts)
        return Result(deck: deck, format: format, skipped: skipped.sorted { $0.line < $1.line })
    }

    /// Anki when the file starts with its `#key:value` headers; else by extension; a .txt
    /// with tabs is Quizlet's default export.
    static func detect(_ text: String, fileName: String, options: Options) -> Format {
        if text.hasPrefix("#separator:") || text.hasPrefix("#html:") || text.hasPrefix("#notetype")
            || text.hasPrefix("#deck")
        {
            return .anki
        }
        if options.separator != nil || options.rowSeparator != nil { return .quizlet }
        switch (fileName as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        default: return text.contains("\t") ? .quizlet : .csv
        }
    }

    /// "," for CSV, or ";" when the first line has semicolons and no commas (spreadsheets
    /// in many European locales write CSV so).
    static func csvSeparator(_ text: String) -> String {
        let firstLine = text.prefix { $0 != "\n" }
        return firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
    }

    /// `\n`, `\t` and `\\` typed on the command line as separators.
    static func unescape(_ separator: String) -> String {
        separator.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
    }
}

/// One card read from an export, before it becomes a fact.
struct Card {
    var line: Int
    var front: String
    var back: String
    var tags: [String] = []
    /// Anki's cloze text (already in Recall's `{{...}}` form).
    var cloze: String?
}
