import DeckModel
import Review
import Scheduler
import TerminalUI
import Testing

@testable import RecallApp

/// The stats charts can be read: the forecast has a count axis and day marks, the heatmap
/// weekday and month labels, a legend, and a dot for each day without answers.
@Suite struct StatsChartsTests {
    let stats: [Key] =
        [.enter, .enter] + typing("Mercury, Venus, Earth, Mars") + [.enter, .escape, .enter, .enter, .character("5")]

    @Test func theChartsHaveTheirAxesAndLabels() {
        let text = runApp(stats, size: Size(columns: 120, rows: 40)).terminal.screen!.text
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.contains("  0 └────") }, "\(text)")
        #expect(lines.contains { $0.contains("today") && $0.contains("+7 d") && $0.contains("+29 d") })
        for weekday in ["Mon ", "Wed ", "Fri "] {
            #expect(lines.contains { $0.contains(weekday + "·") }, "\(weekday)")
        }
        // The test clock reads 2026-11-29: the 26 weeks run from June.
        #expect(lines.contains { $0.contains("Jun") && $0.contains("Nov") }, "\(text)")
        #expect(text.contains("less ░▒▓█ more"))
        // Today, a Sunday, has the answers: the last row's last cell is shaded.
        #expect(lines.contains { $0.hasSuffix("·▓") || $0.hasSuffix("·█") || $0.hasSuffix("·▒") }, "\(text)")
    }

    /// Retention says how many reviews it is of: "retention 100% of 1 review, last 30 days".
    @Test func retentionSaysWhatItIsOf() {
        let services = TestServices()
        let card: CardKey = "solar/inner-planets/recall-all"
        for (days, minutes) in [(20, 0), (20, -10), (2, 0)] {
            let time = Timestamp(
                microseconds: services.now.microseconds - Int64(days) * 86_400_000_000
                    - Int64(minutes) * 60_000_000)
            services.book.apply(
                .review(ReviewRecord(card: card, time: time, rating: .good)), scheduler: services.scheduler,
                calendar: services.calendar)
        }
        let text = runApp([.enter, .character("5")], services: services).terminal.screen!.text
        #expect(text.contains("retention 100% of 1 review, last 30 days"), "\(text)")
    }
}
