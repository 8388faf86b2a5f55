import DeckModel

/// The wrong dates a date question offers: near misses at the fact's precision, the slips
/// exams test (7 June against 7 July 2002), chosen so that the options' parts never point
/// at the right one. Each part of the right date (its day, month and year) appears in
/// exactly half the options, so the date that shares most with the others is not the answer;
/// a wrong day is never a day or two off (a summit may last two days), and no option lies
/// after the deck's latest date (a later one is plainly wrong). A year alone draws two of
/// its three first from the years of the fact's pool, nearest first (the years of the deck's
/// other events, the confusion an exam tests), then near misses.
enum DateOptions {
    static func distractors(
        for date: PartialDate, declared: [PartialDate], latest: PartialDate?, pool: [Int] = [],
        random: inout SeededRandom
    ) -> [PartialDate] {
        let declared = declared.filter { $0.precision == date.precision && $0 != date }
        let notLater = { (other: PartialDate) in latest.map { !Chronology.isAfter(other, $0) } ?? true }
        guard date.precision != .year else {
            let pooled = Set(pool).subtracting([date.year]).sorted {
                (abs($0 - date.year), $0) < (abs($1 - date.year), $1)
            }
            .compactMap { PartialDate(year: $0) }
            let years = random.shuffled([-1, 1, -2, 2, -3, 3].compactMap { PartialDate(year: date.year + $0) })
            var picked: [PartialDate] = []
            // Two from the pool at most, so that a near miss may fall on the answer's other side.
            for year in declared + pooled.prefix(2) + years
            where (declared.contains(year) || notLater(year)) && !picked.contains(year) && picked.count < 3 {
                picked.append(year)
            }
            return picked
        }
        let candidates = self.candidates(date, declared: declared, notLater: notLater, random: &random)
        var best: [[PartialDate]] = []
        var bestScore = -1
        for set in balancedSets(date, candidates) {
            let score = set.filter(declared.contains).count
            if score > bestScore { (best, bestScore) = ([set], score) } else if score == bestScore { best.append(set) }
        }
        // Dates near the deck's latest may leave no balanced set: then the nearest misses.
        if let pick = random.pick(best) { return random.shuffled(pick) }
        let others = random.shuffled(candidates.filter { !declared.contains($0) })
        return random.shuffled(Array((declared + others).prefix(3)))
    }

    /// The wrong dates made of the right one with its day, month or year (or several) put
    /// wrong, one wrong value of each taken from the first declared mistake where it has one.
    private static func candidates(
        _ date: PartialDate, declared: [PartialDate], notLater: (PartialDate) -> Bool, random: inout SeededRandom
    ) -> [PartialDate] {
        let first = declared.first
        let year = first.map(\.year).flatMap { $0 != date.year ? $0 : nil } ?? otherYear(date, notLater, &random)
        let month = first?.month.flatMap { $0 != date.month ? $0 : nil } ?? otherMonth(date.month!, &random)
        let day = date.day.map { first?.day.flatMap { d in d != date.day ? d : nil } ?? otherDay($0, &random) }
        var candidates: [PartialDate] = []
        for y in [date.year, year] {
            for m in [date.month!, month] {
                for d in date.day.map({ [$0, day!] }) ?? [nil] {
                    if let candidate = PartialDate(year: y, month: m, day: d), candidate != date, notLater(candidate) {
                        candidates.append(candidate)
                    }
                }
            }
        }
        return candidates
    }

    /// The sets of three candidates that leave each part of the right date in two of the
    /// four options.
    private static func balancedSets(_ date: PartialDate, _ candidates: [PartialDate]) -> [[PartialDate]] {
        var found: [[PartialDate]] = []
        for a in candidates.indices {
            for b in (a + 1)..<candidates.count {
                for c in (b + 1)..<candidates.count {
                    let set = [candidates[a], candidates[b], candidates[c]]
                    if isBalanced(date, set) { found.append(set) }
                }
            }
        }
        return found
    }

    /// True when each part of the right date appears in exactly two of the four options.
    static func isBalanced(_ date: PartialDate, _ distractors: [PartialDate]) -> Bool {
        var years = 1, months = 1, days = 1
        for other in distractors {
            if other.year == date.year { years += 1 }
            if other.month == date.month { months += 1 }
            if other.day == date.day { days += 1 }
        }
        let half = (distractors.count + 1) / 2
        return years == half && (date.month == nil || months == half) && (date.day == nil || days == half)
    }

    private static func otherYear(
        _ date: PartialDate, _ notLater: (PartialDate) -> Bool, _ random: inout SeededRandom
    ) -> Int {
        let later = PartialDate(year: date.year + 1, month: date.month, day: date.day.map { min($0, 28) })
        return later.map(notLater) == true && random.coin() ? date.year + 1 : date.year - 1
    }

    private static func otherMonth(_ month: Int, _ random: inout SeededRandom) -> Int {
        let choices = [-2, -1, 1, 2].map { month + $0 }.filter { (1...12).contains($0) }
        return random.pick(choices) ?? (month == 1 ? 2 : 1)
    }

    /// A day ten off, the same month's other decade.
    private static func otherDay(_ day: Int, _ random: inout SeededRandom) -> Int {
        let choices = [day - 10, day + 10].filter { (1...28).contains($0) }
        return random.pick(choices) ?? (day > 14 ? day - 10 : day + 10)
    }
}

extension Chronology {
    /// True when `date` begins after `limit` ends.
    static func isAfter(_ date: PartialDate, _ limit: PartialDate) -> Bool {
        let end = limit.lastDay
        return dayNumber(date.year, date.month ?? 1, date.day ?? 1) > dayNumber(end.year, end.month, end.day)
    }
}
