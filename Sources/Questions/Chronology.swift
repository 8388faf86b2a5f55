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
