import DeckModel
import Questions
import Scheduler
import TerminalUI

/// The stats screen's two charts: the reviews due in the next 30 days, with a count axis and
/// day marks, and the answers of the last 26 weeks, a column a week, with weekday and month
/// labels.
extension StatsScreen {
    /// Reviews due on each of the next 30 days, as columns of `height` rows over an axis.
    func renderForecast(
        _ chrome: inout Chrome, _ generator: QuestionGenerator, _ context: Context, at origin: Position, height: Int
    ) {
        let theme = chrome.theme
        let box = theme.glyphs.box
        let calendar = context.data.calendar
        let today = calendar.day(of: context.now)
        var forecast = [Int](repeating: 0, count: 30)
        for key in generator.cardKeys {
            let state = context.data.book.state(of: key)
            guard !state.isNew, let due = state.due else { continue }
            let day = max(0, calendar.day(of: due) - today)
            if day < 30 { forecast[day] += 1 }
        }
        let most = max(1, forecast.max() ?? 1)
        chrome.write("Due in the next 30 days", x: origin.x, y: origin.y, style: theme.accent)
        // The count axis: the most at the top, 0 at the foot.
        let labelWidth = String(most).count + 1
        let axis = origin.x + labelWidth
        let foot = origin.y + 1 + height
        chrome.write(TextLayout.pad(String(most), width: labelWidth), x: origin.x, y: origin.y + 1, style: theme.dim)
        for row in origin.y + 1..<foot { chrome.write(box[5], x: axis, y: row, style: theme.dim) }
        chrome.write("0", x: axis - 2, y: foot, style: theme.dim)
        chrome.write(box[2] + String(repeating: box[4], count: 60), x: axis, y: foot, style: theme.dim)
        for (index, count) in forecast.enumerated() where count > 0 {
            let filled = max(1, Int((Double(count) / Double(most) * Double(height)).rounded()))
            for row in 0..<min(filled, height) {
                chrome.write(theme.glyphs.barFull, x: axis + 2 + index * 2, y: foot - 1 - row, style: theme.accent)
            }
        }
        for (day, mark) in [(0, "today"), (7, "+7 d"), (14, "+14 d"), (21, "+21 d"), (29, "+29 d")] {
            let x = day == 29 ? axis + 2 + day * 2 - (mark.count - 1) : axis + 2 + day * 2
            chrome.write(mark, x: x, y: foot + 1, style: theme.dim)
        }
    }

    /// The heatmap's rows: its title with a legend, the months, then one row a weekday.
    static let heatmapHeight = 9

    /// Answers per day over the last 26 weeks: a column a week, Monday to Sunday down it,
    /// this week last; each day's shade is its share of the busiest day.
    func renderHeatmap(_ chrome: inout Chrome, _ context: Context, at origin: Position) {
        let theme = chrome.theme
        let heat = theme.glyphs.heat
        let today = context.data.calendar.day(of: context.now)
        chrome.write("Answers, last 26 weeks", x: origin.x, y: origin.y, style: theme.accent)
        chrome.write(
            "less " + heat[1...].joined() + " more", x: origin.x + 24, y: origin.y, style: theme.dim)
        var counts: [Int: Int] = [:]
        for (key, tally) in context.data.book.tallies where key.deck == deck { counts[key.day] = tally.answers }
        let most = max(1, counts.values.max() ?? 1)
        // Day numbers count from 1970-01-01, a Thursday: Monday is 0 here.
        let monday = today - (today + 3) % 7 - 25 * 7
        let grid = origin.x + 4
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
            chrome.write(name, x: origin.x, y: origin.y + 2 + row, style: theme.dim)
        }
        var labelEnd = grid
        for week in 0..<26 {
            let start = monday + week * 7
            // A month's name over the week its first day falls in, where there is room.
            if let first = (start..<start + 7).first(where: { Timestamp.civilDate(ofDay: $0).day == 1 }),
                grid + week >= labelEnd
            {
                let name = String(PartialDate.monthNames[Timestamp.civilDate(ofDay: first).month - 1].prefix(3))
                chrome.write(name, x: grid + week, y: origin.y + 1, style: theme.dim)
                labelEnd = grid + week + 4
            }
            for weekday in 0..<7 where start + weekday <= today {
                let count = counts[start + weekday] ?? 0
                let level = count == 0 ? 0 : 1 + min(3, count * 4 / (most + 1))
                chrome.write(
                    heat[level], x: grid + week, y: origin.y + 2 + weekday,
                    style: level == 0 ? theme.dim : theme.correct)
            }
        }
    }
}
