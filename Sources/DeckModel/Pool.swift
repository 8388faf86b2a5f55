/// A named list of same-category answers ("country", "person"), used for distractors.
public struct Pool: Sendable, Equatable {
    public var name: String
    public var members: [String]

    public init(name: String, members: [String]) {
        self.name = name
        self.members = members
    }
}
