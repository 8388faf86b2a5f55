import DeckModel
import Foundation

/// Pools inferred from the answers a draft's facts share: countries and cities, when four
/// or more of a kind recur, so that multiple choice has distractors from the notes.
enum DraftPools {
    /// The pools (name and members, as the notes write them), and the facts with `pool:`
    /// where their answers are all in one.
    static func infer(_ facts: [DraftFact]) -> (pools: [(String, [String])], facts: [DraftFact]) {
        let countryNames = Set(WorldNames.countries.map { $0.lowercased() })
        var countries: [String] = []
        var cities: [String] = []
        func add(_ name: String, to list: inout [String]) {
            if !list.contains(where: { $0.lowercased() == name.lowercased() }) { list.append(name) }
        }
        for fact in facts {
            for answer in fact.texts("members") + fact.texts("answer") + fact.texts("where") {
                if countryNames.contains(answer.lowercased()) {
                    add(answer, to: &countries)
                } else if fact.value("where") != nil || fact.category == .place {
                    add(answer, to: &cities)
                }
            }
        }
        let pools = [("country", countries), ("city", cities)].filter { $0.1.count >= 4 }
        let marked = facts.map { fact -> DraftFact in
            let answers = fact.texts("members") + (fact.category == .place ? fact.texts("answer") : [])
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

extension DraftFact {
    /// The texts of `key` (one, or a list's), read back from the YAML value.
    func texts(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        let data = Data(value.utf8)
        if let list = try? JSONDecoder().decode([String].self, from: data) { return list }
        return (try? JSONDecoder().decode(String.self, from: data)).map { [$0] } ?? []
    }
}
