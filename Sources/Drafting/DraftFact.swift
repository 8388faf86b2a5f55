import DeckModel

/// One fact a draft proposes, before it is written: its kind key and value, its other keys
/// in order, and where in the notes it comes from.
public struct DraftFact: Sendable, Equatable {
    /// What kind of pattern it was drafted from, for the summary.
    public enum Category: String, Sendable, CaseIterable {
        case date = "dates", list = "lists", term = "terms", figure = "figures", place = "places"
        case definition = "definitions", fillIn = "fill-ins"
    }

    public var category: Category
    /// The fact's id before it is made unique in the deck: a slug of its subject.
    public var subject: String
    /// `(key, YAML value)` pairs, the kind key first.
    public var keys: [(String, String)]
    /// The notes file it comes from, by name without its folder (set by whoever read it).
    public var file = ""
    /// The notes' line it comes from (from 1), and that line as written.
    public var line: Int
    public var quote: String
    /// Why a person should look at it, when the drafter is unsure.
    public var review: String?

    public init(
        _ category: Category, subject: String, keys: [(String, String)], line: Int, quote: String,
        review: String? = nil
    ) {
        self.category = category
        self.subject = subject
        self.keys = keys
        self.line = line
        self.quote = quote
        self.review = review
    }

    public static func == (a: DraftFact, b: DraftFact) -> Bool {
        a.category == b.category && a.subject == b.subject && a.file == b.file && a.line == b.line && a.quote == b.quote
            && a.review == b.review && a.keys.map(\.0) == b.keys.map(\.0) && a.keys.map(\.1) == b.keys.map(\.1)
    }

    /// A text as a YAML value.
    static func text(_ value: String) -> String { QuotedText.quote(value) }

    /// A list of texts as a YAML value.
    static func list(_ values: [String]) -> String { "[" + values.map(QuotedText.quote).joined(separator: ", ") + "]" }

    /// The value of `key`, unquoted (for tests and the summary).
    public func value(_ key: String) -> String? {
        keys.first { $0.0 == key }.map { $0.1 }
    }
}

/// A line of the notes that yielded nothing, and why.
public struct UnusedLine: Sendable, Equatable {
    public var line: Int
    public var text: String
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        (self.line, self.text, self.reason) = (line, text, reason)
    }
}
