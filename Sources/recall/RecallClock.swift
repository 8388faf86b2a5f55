import DeckModel
import Foundation

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
                "RECALL_NOW is '\(text)', which is not an ISO-8601 time; write e.g. 2026-03-01T09:00:00Z or 2026-03-01")
        }
        return date
    }

    /// Today's calendar date in the local time zone.
    static func today(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PartialDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: try now(environment: environment))
        return PartialDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Reads `2026-03-01T09:00:00Z`, with fractional seconds or a UTC offset, or a bare
    /// date (midnight UTC).
    static func parse(_ text: String) -> Date? {
        let withTime = ISO8601DateFormatter()
        if let date = withTime.date(from: text) { return date }
        withTime.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withTime.date(from: text) { return date }
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        return dateOnly.date(from: text)
    }
}
