import Foundation
import Scheduler

/// Study days: local calendar days that roll over at 4 a.m., so that a late-night session
/// still counts for the day it belongs to (as Anki does).
public struct DayCalendar: Sendable {
    public static let rolloverHour = 4

    private let zone: TimeZone
    /// The zone's offset when it never changes (no daylight saving), to skip the lookup.
    private let fixedOffset: Int?

    public init(zone: TimeZone = .current) {
        self.zone = zone
        fixedOffset = zone.nextDaylightSavingTimeTransition == nil ? zone.secondsFromGMT() : nil
    }

    /// The time zone's name, e.g. `Asia/Karachi`.
    public var zoneName: String { zone.identifier }

    private func offset(at time: Timestamp) -> Int64 {
        Int64(fixedOffset ?? zone.secondsFromGMT(for: time.date))
    }

    /// The study day of an instant, as a day count since 1970.
    public func day(of time: Timestamp) -> Int {
        let local =
            time.microseconds / Timestamp.microsecondsPerSecond + offset(at: time) - Int64(Self.rolloverHour) * 3600
        return Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// When a study day begins.
    public func start(ofDay day: Int) -> Timestamp {
        let guess = Int64(day) * 86_400 + Int64(Self.rolloverHour) * 3600
        let utc = Timestamp(microseconds: guess * Timestamp.microsecondsPerSecond)
        return Timestamp(microseconds: (guess - offset(at: utc)) * Timestamp.microsecondsPerSecond)
    }
}
