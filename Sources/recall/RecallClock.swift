import DeckModel
import Foundation
import Scheduler

/// The time Recall runs at: the real clock, or `RECALL_NOW` when it is set.
///
/// Every command reads the time here, once, and passes it on; nothing deeper reads a clock,
/// so a simulation or test that sets `RECALL_NOW` replays exactly.
enum RecallClock {
    /// The current instant.
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        guard let text = environment["RECALL_NOW"], !text.isEmpty else { return Date() }
        guard let date = parse(text) else {
            throw UsageError(
                "RECALL_NOW is '\(text)', which is not a real date and time from 1970 to 9999; write e.g. "
                    + "2026-03-01T09:00:00Z or 2026-03-01")
        }
        return date
    }

    /// Today's calendar date in the local time zone.
    static func today(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PartialDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: try now(environment: environment))
        return PartialDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Reads `2026-03-01T09:00:00Z`, with fractional seconds or a UTC offset, or a bare
    /// date (midnight UTC): a real date and time, from 1970 to 9999.
    static func parse(_ text: String) -> Date? {
        guard let time = Timestamp(iso: text.trimmingCharacters(in: .whitespaces)), Timestamp.recallRange.contains(time)
        else { return nil }
        return time.date
    }
}
