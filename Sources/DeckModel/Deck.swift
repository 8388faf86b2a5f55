/// A validated deck: the value that a deck file becomes once it has loaded with no errors.
///
/// A `Deck` never exists half-loaded. `DeckFormat` builds one only when the file has no
/// error, so every invariant of the format (unique fact ids, known pools, real dates,
/// at least one fact) holds for any `Deck` the program sees.
public struct Deck: Sendable, Equatable {
    /// Stable deck id (`[a-z0-9][a-z0-9-]*`). Progress is keyed by it.
    public var id: String
    public var title: String
    public var description: String?
    public var author: String?
    /// Where the deck's facts come from, as the teacher wrote them.
    public var sources: [String]
    /// When the teacher last updated the deck, as written (free text).
    public var updated: String?
    /// Named lists of same-category answers, in file order.
    public var pools: [Pool]
    /// Deck-wide accepted spellings, in file order.
    public var aliases: [AliasGroup]
    /// The facts, in file order (at least one).
    public var facts: [Fact]
    /// A teacher's template (`template: true`): listed last, marked, and left out of
    /// "study all", but studied when chosen.
    public var isTemplate: Bool

    public init(
        id: String, title: String, description: String? = nil, author: String? = nil,
        sources: [String] = [], updated: String? = nil, pools: [Pool] = [],
        aliases: [AliasGroup] = [], facts: [Fact], isTemplate: Bool = false
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.author = author
        self.sources = sources
        self.updated = updated
        self.pools = pools
        self.aliases = aliases
        self.facts = facts
        self.isTemplate = isTemplate
    }

    /// The pool with this name, if the deck defines one.
    public func pool(named name: String) -> Pool? {
        pools.first { $0.name == name }
    }

    /// The fact with this id, if any.
    public func fact(id: String) -> Fact? {
        facts.first { $0.id == id }
    }
}
