import Foundation

/// An instant in UTC, in whole microseconds since 1970 (the resolution of Python's
/// `datetime`, so learning-step arithmetic such as 1.5 × 61 s comes out exactly as in
/// py-fsrs).
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var microseconds: Int64

    public static let microsecondsPerSecond: Int64 = 1_000_000
    public static let microsecondsPerDay: Int64 = 86_400_000_000

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    public init(seconds: Double) {
        microseconds = Int64(saturating: (seconds * 1_000_000).rounded())
    }

    public init(_ date: Date) {
        self.init(seconds: date.timeIntervalSince1970)
    }

    public var date: Date { Date(timeIntervalSince1970: Double(microseconds) / 1_000_000) }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.microseconds < b.microseconds }

    /// Saturates at the ends of time rather than trapping: no setting or date can crash it.
    public static func + (a: Timestamp, b: TimeSpan) -> Timestamp {
        Timestamp(microseconds: a.microseconds.saturatingAdd(b.microseconds))
    }

    /// Whole days from `earlier` to this instant, rounded down (Python's `timedelta.days`).
    public func wholeDays(since earlier: Timestamp) -> Int {
        let difference = microseconds - earlier.microseconds
        let (quotient, remainder) = difference.quotientAndRemainder(dividingBy: Self.microsecondsPerDay)
        return Int(remainder < 0 ? quotient - 1 : quotient)
    }

    // MARK: - ISO 8601

    /// Reads `2024-03-01T09:00:00Z`, with optional fractional seconds (up to microseconds)
    /// and a `Z` or `±HH:MM` offset. A bare date means midnight UTC.
    public init?(iso text: String) {
        self.init(iso: ArraySlice(text.utf8))
    }

    /// Reads the same forms from UTF-8 bytes, without making a string first.
    public init?(iso text: ArraySlice<UInt8>) {
        let bytes = ZeroBased(text)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 45, bytes[7] == 45,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let dayNumber = Self.daysFromCivil(year: year, month: month, day: day)
        // A real date: 2026-02-30 is not 2 March.
        guard Self.civil(fromDays: dayNumber) == (year, month, day) else { return nil }
        var seconds = dayNumber * 86_400
        var micros: Int64 = 0
        var index = 10
        if bytes.count > 10 {
            guard bytes[10] == 84 || bytes[10] == 116 || bytes[10] == 32,
                let hour = number(11..<13), bytes.count > 13, bytes[13] == 58, let minute = number(14..<16),
                hour < 24, minute < 60
            else { return nil }
            seconds += hour * 3600 + minute * 60
            index = 16
            if index < bytes.count, bytes[index] == 58 {
                guard let second = number(17..<19), second < 60 else { return nil }
                seconds += second
                index = 19
                if index < bytes.count, bytes[index] == 46 || bytes[index] == 44 {
                    index += 1
                    var digits = 0
                    while index < bytes.count, (48...57).contains(bytes[index]) {
                        if digits < 6 { micros = micros * 10 + Int64(bytes[index] - 48) }
                        digits += 1
                        index += 1
                    }
                    guard digits > 0 else { return nil }
                    if digits < 6 { for _ in digits..<6 { micros *= 10 } }
                }
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == 90 || bytes[index] == 122 {
                index += 1
            } else if bytes[index] == 43 || bytes[index] == 45 {
                let sign = bytes[index] == 43 ? 1 : -1
                guard let hours = number(index + 1..<index + 3) else { return nil }
                var offsetMinutes = hours * 60
                index += 3
                if index < bytes.count, bytes[index] == 58 { index += 1 }
                if index < bytes.count {
                    guard let minutes = number(index..<index + 2) else { return nil }
                    offsetMinutes += minutes
                    index += 2
                }
                seconds -= sign * offsetMinutes * 60
            } else {
                return nil
            }
            guard index == bytes.count else { return nil }
        }
        self.init(microseconds: Int64(seconds) * Self.microsecondsPerSecond + micros)
    }

    /// The times Recall reads and writes, from the start of 1970 to the end of 9999: what
    /// `RECALL_NOW` and the journal may say.
    /// (Computed, not stored: it is checked for every journal line, and a stored static
    /// would be guarded by a lazy initialisation check each time.)
    public static var recallRange: ClosedRange<Timestamp> {
        Timestamp(microseconds: 0)...Timestamp(microseconds: 253_402_300_799_999_999)
    }

    /// `2024-03-01T09:00:00Z`, with `.250` or `.250001` when there are fractions of a second.
    public var iso: String {
        let (seconds, micros) = microseconds.quotientAndRemainder(dividingBy: Self.microsecondsPerSecond)
        let wholeSeconds = micros < 0 ? seconds - 1 : seconds
        let fraction = micros < 0 ? micros + Self.microsecondsPerSecond : micros
        let days = Int(wholeSeconds >= 0 ? wholeSeconds / 86_400 : (wholeSeconds - 86_399) / 86_400)
        let secondOfDay = Int(wholeSeconds - Int64(days) * 86_400)
        let (year, month, day) = Self.civil(fromDays: days)
        var text =
            pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if fraction != 0 {
            // Milliseconds when that is exact (journal times), else microseconds.
            text += "." + (fraction % 1000 == 0 ? pad(Int(fraction / 1000), 3) : pad(Int(fraction), 6))
        }
        return text + "Z"
    }

    public var description: String { iso }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The calendar date (year, month, day) of a day count since 1970-01-01.
    public static func civilDate(ofDay day: Int) -> (year: Int, month: Int, day: Int) {
        let (y, m, d) = civil(fromDays: day)
        return (y, m, d)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian date of a day count since 1970-01-01.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// A length of time in whole microseconds: a learning step, or an interval of days.
public struct TimeSpan: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var microseconds: Int64

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    public static func seconds(_ seconds: Double) -> TimeSpan {
        TimeSpan(microseconds: Int64(saturating: (seconds * 1_000_000).rounded(.toNearestOrEven)))
    }

    public static func days(_ days: Int) -> TimeSpan {
        let (product, overflow) = Int64(days).multipliedReportingOverflow(by: Timestamp.microsecondsPerDay)
        return TimeSpan(microseconds: overflow ? (days < 0 ? .min : .max) : product)
    }

    public var seconds: Double { Double(microseconds) / 1_000_000 }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.microseconds < b.microseconds }

    /// The duration scaled, rounded to the microsecond half to even (as Python's
    /// `timedelta * float` does).
    public func scaled(by factor: Double) -> TimeSpan {
        TimeSpan(microseconds: Int64(saturating: (Double(microseconds) * factor).rounded(.toNearestOrEven)))
    }

    public static func + (a: TimeSpan, b: TimeSpan) -> TimeSpan {
        TimeSpan(microseconds: a.microseconds.saturatingAdd(b.microseconds))
    }

    /// `"90s"`, `"10m"`, `"1h"` or `"1d"`: the largest unit that divides it exactly.
    public var description: String {
        let seconds = microseconds / Timestamp.microsecondsPerSecond
        guard microseconds % Timestamp.microsecondsPerSecond == 0 else { return "\(self.seconds)s" }
        for (unit, size) in [("d", Int64(86_400)), ("h", 3600), ("m", 60)] where seconds != 0 && seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }

    /// Reads `"90s"`, `"10m"`, `"1.5h"` or `"1d"`: a non-negative number and a unit.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let unit = trimmed.last, let size: Double = ["s": 1, "m": 60, "h": 3600, "d": 86_400][unit],
            let value = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0
        else { return nil }
        self = .seconds(value * size)
    }
}

/// A byte slice indexed from zero, so the ISO reader can use fixed positions.
private struct ZeroBased {
    let slice: ArraySlice<UInt8>

    init(_ slice: ArraySlice<UInt8>) {
        self.slice = slice
    }

    var count: Int { slice.count }

    subscript(position: Int) -> UInt8 {
        slice[slice.startIndex + position]
    }

    subscript(range: Range<Int>) -> ArraySlice<UInt8> {
        slice[(slice.startIndex + range.lowerBound)..<(slice.startIndex + range.upperBound)]
    }
}

extension Int64 {
    /// The nearest Int64 to `value` (already rounded): the ends of the range for values
    /// beyond them, 0 for NaN.
    init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 0x1p63 {
            self = .max
        } else if value < -0x1p63 {
            self = .min
        } else {
            self = Int64(value)
        }
    }

    func saturatingAdd(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
