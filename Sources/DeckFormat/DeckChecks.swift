import DeckModel

/// The checks that look across facts: unique ids, known pools and fresh `as-of` dates.
enum DeckChecks {
    static func run(on facts: inout [DecodedFact], pools: [Pool], options: DeckCheckOptions, session: DecodeSession) {
        assignIDs(&facts, session: session)
        checkPools(facts, pools: pools, session: session)
        if let today = options.today {
            checkStaleness(facts, today: today, months: options.staleAfterMonths, session: session)
        }
    }

    /// Reports repeated explicit ids, and gives derived ids a numeric suffix when they
    /// collide (derived ids are unstable anyway, which their warning says).
    private static func assignIDs(_ facts: inout [DecodedFact], session: DecodeSession) {
        var taken: [String: SourceLocation] = [:]
        for fact in facts where !fact.idIsDerived {
            guard let id = fact.id else { continue }
            let location = fact.idLocation ?? fact.location
            if let first = taken[id] {
                session.error(
                    "duplicate fact id '\(id)' (also at line \(first.line)); give each fact its own id", at: location)
            } else {
                taken[id] = location
            }
        }
        for index in facts.indices where facts[index].idIsDerived {
            guard let base = facts[index].id else { continue }
            var id = base
            var suffix = 2
            while taken[id] != nil {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            taken[id] = facts[index].location
            facts[index].id = id
            facts[index].fact?.id = id
            session.warning(
                "this fact has no 'id', so its id '\(id)' comes from its text and editing the text will reset its "
                    + "progress; add `id: \(id)` to keep it",
                at: facts[index].location)
        }
    }

    private static func checkPools(_ facts: [DecodedFact], pools: [Pool], session: DecodeSession) {
        let names = pools.map(\.name)
        for fact in facts {
            guard let pool = fact.pool, !names.contains(pool.name) else { continue }
            let known =
                names.isEmpty
                ? "; the deck defines no pools, so add one under `pools:`"
                : Suggestion.closest(to: pool.name, among: names).map { "; did you mean '\($0)'?" }
                    ?? "; the deck's pools are \(names.map { "'\($0)'" }.joined(separator: ", "))"
            session.error("pool '\(pool.name)' is not defined in the deck\(known)", at: pool.location)
        }
    }

    private static func checkStaleness(_ facts: [DecodedFact], today: PartialDate, months: Int, session: DecodeSession)
    {
        for fact in facts {
            guard let asOf = fact.asOf, asOf.date.isOlder(thanMonths: months, on: today) else { continue }
            let name = fact.id.map { "fact '\($0)'" } ?? "this fact"
            session.warning(
                "\(name) is as of \(asOf.date.spelledOut), more than \(describe(months: months)) ago; check it is "
                    + "still true and update 'as-of'",
                at: asOf.location)
        }
    }

    private static func describe(months: Int) -> String {
        if months % 12 == 0 { return months == 12 ? "a year" : "\(months / 12) years" }
        return months == 1 ? "a month" : "\(months) months"
    }
}
