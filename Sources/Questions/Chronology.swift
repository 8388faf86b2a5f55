import DeckModel

/// Which dates can be put in order: two events whose dates, at their precision, lie at least
/// four weeks apart. Events a day apart (23 and 24 April 1997) test nothing a learner
/// should be asked to know; overlapping ones (`2004` and `2004-12-02`) have no order.
enum Chronology {
    /// The least gap, in days, between the events of an ordering question.
    static let minimumGap = 28

    /// True when one date's span ends at least `minimumGap` days before the other's begins.
    static func isOrdered(_ a: PartialDate, _ b: PartialDate) -> Bool {
        let (aStart, aEnd) = span(a), (bStart, bEnd) = span(b)
        return bStart - aEnd >= minimumGap || aStart - bEnd >= minimumGap
    }

    /// The first and last day a date covers, as day numbers.
    private static func span(_ date: PartialDate) -> (Int, Int) {
        let last = date.lastDay
        return (dayNumber(date.year, date.month ?? 1, date.day ?? 1), dayNumber(last.year, last.month, last.day))
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (the civil-from-days
    /// formula run backwards): any count that rises by one a day will do.
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    }
}

/// Near-miss dates at the same precision: the slips exams test (7 June vs 7 July 2002).
/// Never a day or two off, which a summit lasting two days would make a right answer.
enum NearbyDates {
    static func around(_ date: PartialDate) -> [PartialDate] {
        var candidates: [PartialDate?] = []
        switch date.precision {
        case .year:
            candidates = [-1, 1, -2, 2, -3, 3].map { PartialDate(year: date.year + $0) }
        case .month:
            let month = date.month!
            candidates = [-1, 1, -2, 2].map { shifted(year: date.year, month: month + $0, day: nil) }
                + [-1, 1].map { PartialDate(year: date.year + $0, month: month) }
        case .day:
            let (month, day) = (date.month!, date.day!)
            candidates = [-1, 1, -2, 2].map { shifted(year: date.year, month: month + $0, day: day) }
                + [-1, 1].map { PartialDate(year: date.year + $0, month: month, day: day) }
                + [-10, 10].map { dayShifted(date, by: $0) }
        }
        var unique: [PartialDate] = []
        for case let candidate? in candidates where candidate != date && !unique.contains(candidate) {
            unique.append(candidate)
        }
        return unique
    }

    /// The date with its month moved (wrapping into the next or previous year); nil when the
    /// day does not exist in that month.
    private static func shifted(year: Int, month: Int, day: Int?) -> PartialDate? {
        let total = year * 12 + (month - 1)
        return PartialDate(year: total / 12, month: total % 12 + 1, day: day)
    }

    private static func dayShifted(_ date: PartialDate, by days: Int) -> PartialDate? {
        var (year, month, day) = (date.year, date.month!, date.day! + days)
        while day < 1 {
            month -= 1
            if month < 1 { (year, month) = (year - 1, 12) }
            day += PartialDate.daysIn(month: month, year: year)
        }
        while day > PartialDate.daysIn(month: month, year: year) {
            day -= PartialDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return PartialDate(year: year, month: month, day: day)
    }
}
