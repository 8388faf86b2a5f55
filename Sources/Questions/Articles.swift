import DeckModel

/// When a name takes "the": "the United States", "the Secretariat", "the Shanghai Five", but
/// "Russia", "NATO" and "terrorism" alone. English decides this by the kind of name, so the
/// rule is the usual one: names of unions, republics, bodies, documents and plural places
/// take it; single names of countries, people and things do not.
extension Phrasing {
    /// `name` as it reads inside a sentence, with "the" when it takes one.
    static func withArticle(_ name: String) -> String {
        needsArticle(name) ? "the " + name : name
    }

    static func needsArticle(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        if ["the", "a", "an"].contains(first.lowercased()) { return false }
        if words.count == 1 { return articleNames.contains(first) }
        return words.contains { articleWords.contains($0) }
    }

    /// Single names that take "the".
    private static let articleNames: Set<String> = [
        "Netherlands", "Philippines", "Maldives", "Bahamas", "Gambia", "Comoros", "Seychelles", "Vatican",
        "Secretariat",
        "UAE", "USA", "US", "UK", "EU", "UN", "SCO", "CIS", "CSTO", "USSR", "Kremlin", "Caucasus", "Himalayas",
    ]

    /// Words that make a name of several words take "the".
    private static let articleWords: Set<String> = [
        "United", "Union", "Republic", "Kingdom", "Emirates", "States", "Islands", "Federation", "Council",
        "Organisation",
        "Organization", "Structure", "Secretariat", "Committee", "Movement", "Treaty", "Convention", "Declaration",
        "Charter", "Bank", "Centre", "Center", "Club", "Association", "Commonwealth", "Five", "Assembly", "Corridor",
        "Forum", "Agency", "Alliance", "Community", "Parliament", "Party", "Group", "Sea", "Ocean", "River", "Strait",
        "Gulf", "Line", "Pipeline", "Project", "Initiative", "Programme", "Program", "Agreement", "Accord", "Pact",
    ]
}
