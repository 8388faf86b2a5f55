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
}
