/// One fact of a deck: its content (which also names its kind) and the keys every kind shares.
public struct Fact: Sendable, Equatable {
    /// Stable id, unique in the deck (`[a-z0-9][a-z0-9-]*`).
    public var id: String
    /// True when the file gave no `id` and it was derived from the prompt, so editing the
    /// prompt would change it (and reset the fact's progress).
    public var idIsDerived: Bool
    public var content: FactContent
    public var tags: [String]
    /// Explanation shown after the answer.
    public var note: String?
    /// Name of the deck pool that supplies this fact's distractors.
    public var pool: String?
    public var sources: [String]
    /// When a fact that can change was last known true.
    public var asOf: PartialDate?
    /// Why a drafted fact wants a person's eye (`review:`, as `recall draft` writes it): the
    /// deck loads, and `recall check` counts such facts without calling them errors.
    public var review: String?

    public init(
        id: String, idIsDerived: Bool = false, content: FactContent, tags: [String] = [],
        note: String? = nil, pool: String? = nil, sources: [String] = [], asOf: PartialDate? = nil,
        review: String? = nil
    ) {
        self.id = id
        self.idIsDerived = idIsDerived
        self.content = content
        self.tags = tags
        self.note = note
        self.pool = pool
        self.sources = sources
        self.asOf = asOf
        self.review = review
    }

    public var kind: FactKind { content.kind }

    /// The text the kind key carries: the term, the event, the set's name, and so on.
    public var prompt: String { content.prompt }
}
