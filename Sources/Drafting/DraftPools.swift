import DeckModel
import Foundation

/// Pools inferred from the answers a draft's facts share: countries, cities, people and
/// years, when four or more of a kind recur, so that multiple choice has distractors from
/// the notes (a year-only date's options then draw on the years of the notes' other events).
enum DraftPools {
    /// The pools (name and members, as the notes write them), and the facts with `pool:`
    /// where their answers are all in one.
    static func infer(_ facts: [DraftFact]) -> (pools: [(String, [String])], facts: [DraftFact]) {
        let countryNames = Set(WorldNames.countries.map { $0.lowercased() })
        var countries: [String] = []
        var cities: [String] = []
        var people: [String] = []
        var years: [String] = []
        func add(_ name: String, to list: inout [String]) {
            if !list.contains(where: { $0.lowercased() == name.lowercased() }) { list.append(name) }
        }
        for fact in facts {
            if let when = fact.texts("when").first { add(String(when.prefix(4)), to: &years) }
            let ofPeople = Self.isAboutPeople(fact.texts("set").first ?? "")
            for answer in fact.texts("members") + fact.texts("answer") + fact.texts("where") {
                if countryNames.contains(answer.lowercased()) {
                    add(answer, to: &countries)
                } else if Self.isPerson(answer, among: ofPeople) {
                    add(answer, to: &people)
                } else if fact.value("where") != nil || fact.category == .place {
                    add(answer, to: &cities)
                }
            }
        }
        let pools = [("country", countries), ("city", cities), ("person", people), ("year", years.sorted())].filter {
            $0.1.count >= 4
        }
        let marked = facts.map { fact -> DraftFact in
            // A date given as a year alone answers with a year.
            let year = fact.texts("when").first.flatMap { $0.count == 4 ? [$0] : nil } ?? []
            let answers = fact.texts("members") + (fact.category == .place ? fact.texts("answer") : []) + year
            guard !answers.isEmpty,
                let pool = pools.first(where: { pool in answers.allSatisfy { answer in pool.1.contains(answer) } })
            else { return fact }
            var fact = fact
            fact.keys.append(("pool", DraftFact.text(pool.0)))
            return fact
        }
        return (pools, marked)
    }
}

extension DraftPools {
    static let titles: Set<String> = [
        "president", "prime", "minister", "king", "queen", "chancellor", "emir", "sheikh", "general", "dr", "sir",
        "secretary-general", "premier", "governor",
    ]

    /// Whether a list's name says its members are people ("the leaders of the Shanghai Five").
    static func isAboutPeople(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["leader", "president", "founder", "secretar", "minister", "people", "person", "heads of"].contains {
            lower.contains($0)
        }
    }

    /// A person's name: a title then names ("Russian President Vladimir Putin"), or, in a
    /// list of people, two or three capitalised words.
    static func isPerson(_ text: String, among ofPeople: Bool) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return words.dropLast().contains { titles.contains($0.lowercased().trimming(".")) }
            || (ofPeople && words.count <= 3)
    }
}

extension DraftFact {
    /// The texts of `key` (one, or a list's), read back from the YAML value.
    func texts(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        let data = Data(value.utf8)
        if let list = try? JSONDecoder().decode([String].self, from: data) { return list }
        return (try? JSONDecoder().decode(String.self, from: data)).map { [$0] } ?? []
    }
}
