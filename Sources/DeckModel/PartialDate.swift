/// A calendar date known to the year, the month or the day: `2001`, `2001-06`, `2001-06-15`.
///
/// Comparison orders by year, then month, then day, with a missing part before any present
/// one, so `2001` < `2001-01` < `2001-01-01`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Why a text is not a date.
    public enum ParseError: Error, Equatable, Sendable {
        /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case malformed
        case monthOutOfRange(Int)
        /// The month has no such day (`2001-02-30`).
        case noSuchDay(year: Int, month: Int, day: Int)
    }

    /// Builds a date, or nil when the month or day does not exist.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads the ISO forms `YYYY`, `YYYY-MM` and `YYYY-MM-DD`.
    public static func parse(_ text: String) -> Result<PartialDate, ParseError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return .failure(.malformed) }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part) else {
                return .failure(.malformed)
            }
            numbers.append(n)
        }
        let year = numbers[0]
        let month = numbers.count > 1 ? numbers[1] : nil
        let day = numbers.count > 2 ? numbers[2] : nil
        guard year >= 1 else { return .failure(.malformed) }
        if let month, !(1...12).contains(month) { return .failure(.monthOutOfRange(month)) }
        guard let date = PartialDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(year: year, month: month ?? 0, day: day ?? 0))
        }
        return .success(date)
    }

    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// The ISO form it was written in: `2001`, `2001-06` or `2001-06-15`.
    public var description: String {
        var text = zeroPadded(year, width: 4)
        if let month { text += "-" + zeroPadded(month, width: 2) }
        if let day { text += "-" + zeroPadded(day, width: 2) }
        return text
    }

    /// The date as a person writes it: `15 June 2001`, `June 2001` or `2001`.
    public var spelledOut: String {
        switch (month, day) {
        case (let month?, let day?): "\(day) \(Self.monthNames[month - 1]) \(year)"
        case (let month?, nil): "\(Self.monthNames[month - 1]) \(year)"
        default: "\(year)"
        }
    }

    /// The last calendar day the date covers, as (year, month, day).
    public var lastDay: (year: Int, month: Int, day: Int) {
        let month = self.month ?? 12
        return (year, month, day ?? Self.daysIn(month: month, year: year))
    }

    /// True when more than `months` months separate the last day this date covers from
    /// `today`: an `as-of` date that may no longer hold.
    public func isOlder(thanMonths months: Int, on today: PartialDate) -> Bool {
        let last = lastDay
        let total = last.year * 12 + (last.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        let day = min(last.day, Self.daysIn(month: month, year: year))
        let now = today.lastDay
        return (year, month, day) < (now.year, now.month, now.day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
private func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
