/// One canonical answer and the other spellings accepted for it anywhere in the deck,
/// such as "Kyrgyzstan" with "Kyrgyz Republic" and "Kirghizia".
public struct AliasGroup: Sendable, Equatable {
    public var canonical: String
    public var alternatives: [String]

    public init(canonical: String, alternatives: [String]) {
        self.canonical = canonical
        self.alternatives = alternatives
    }
}
