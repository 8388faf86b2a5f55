import DeckModel
import Review
import Scheduler
import TerminalUI

/// What a screen reads while it updates and draws: the app's data, the clock, the size,
/// the theme and the home screen's numbers. Read-only: a screen changes the app only
/// through the `Step` it returns.
struct Context: Sendable {
    var data: AppData
    var clock: AppClock
    var size: Size
    var theme: Theme
    /// Per-deck numbers for the home screen and the deck menu.
    var summaries: [DeckSummary]
    /// Days studied in a row, up to today.
    var streak: Int
    /// A fresh random seed for this update, from the app's seeded generator: a screen that
    /// draws questions seeds its own generator with it, so sessions replay in tests.
    var seed: UInt64

    var now: Timestamp { clock.now }
    var glyphs: Glyphs { theme.glyphs }

    func summary(of deck: String) -> DeckSummary? {
        summaries.first { $0.id == deck }
    }

    /// A deck's title, or its id when it is not loaded.
    func title(of deck: String) -> String {
        data.generator(for: deck)?.deck.title ?? deck
    }

    /// Today as a calendar date, for comparing with `as-of` dates.
    var today: PartialDate {
        let (year, month, day) = Timestamp.civilDate(ofDay: data.calendar.day(of: now))
        return PartialDate(year: year, month: month, day: day)!
    }

    /// "today", "yesterday", "3 days ago", "never".
    func relativeDay(_ time: Timestamp?) -> String {
        guard let time else { return "never" }
        let days = data.calendar.day(of: now) - data.calendar.day(of: time)
        switch days {
        case ..<1: return "today"
        case 1: return "yesterday"
        default: return "\(days) days ago"
        }
    }
}
