import Review
import Questions
import Scheduler
import Study
import TerminalUI

/// A deck's statistics: counts, retention and streak, a 30-day due forecast, a 26-week
/// heatmap of answers, the weakest facts and the leeches.
public struct StatsState: Sendable, Equatable {
    public var deckID: String
}

extension StatsState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        if key == .escape || key == .backspace || key == .character("q") { model.pop() }
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        let data = model.data
        guard let generator = data.generator(for: deckID) else { return }
        chrome.titleBar("Stats " + theme.glyphs.separator + " " + generator.deck.title)
        let cards = generator.cardKeys
        let now = model.clock.now
        let stats = DeckStatistics.compute(deck: deckID, cards: cards, book: data.book, leechThreshold: data.settings.leechThreshold,
                                           calendar: data.calendar, now: now)
        let retention = stats.retention30Days.map { "\(Int(($0 * 100).rounded()))% of \(stats.reviews30Days) reviews" } ?? "no reviews yet"
        chrome.write("new \(stats.newCards)  learning \(stats.learning)  review \(stats.review)  due now \(stats.dueNow)  due today \(stats.dueToday)",
                     x: 2, y: 2, maxWidth: chrome.width - 4)
        chrome.write("retention (30 days) \(retention)  \(theme.glyphs.separator)  streak \(stats.streak) day\(stats.streak == 1 ? "" : "s")",
                     x: 2, y: 3, style: theme.dim, maxWidth: chrome.width - 4)

        // Forecast: reviews due on each of the next 30 days.
        let today = data.calendar.day(of: now)
        var forecast = [Int](repeating: 0, count: 30)
        for key in cards {
            let state = data.book.state(of: key)
            guard !state.isNew, let due = state.due else { continue }
            let day = max(0, data.calendar.day(of: due) - today)
            if day < 30 { forecast[day] += 1 }
        }
        let chartHeight = chrome.height >= 30 ? 6 : 4
        let maximum = max(1, forecast.max() ?? 1)
        chrome.write("Due in the next 30 days (most: \(maximum))", x: 2, y: 5, style: theme.accent)
        for (index, count) in forecast.enumerated() {
            let filled = Int((Double(count) / Double(maximum) * Double(chartHeight)).rounded(.up))
            for row in 0..<filled { chrome.write(theme.glyphs.barFull, x: 2 + index * 2, y: 6 + chartHeight - 1 - row, style: theme.accent) }
        }
        chrome.write("today" + String(repeating: " ", count: 48) + "+29 d", x: 2, y: 6 + chartHeight, style: theme.dim, maxWidth: 60)

        // Heatmap: answers per day over the last 26 weeks, one column per week.
        let heatTop = 8 + chartHeight
        let heatX = chrome.width >= 100 ? 66 : 2
        let heatY = chrome.width >= 100 ? 5 : heatTop
        if heatY + 8 < chrome.content.maxY || chrome.width >= 100 {
            chrome.write("Answers, last 26 weeks", x: heatX, y: heatY, style: theme.accent)
            var counts: [Int: Int] = [:]
            for (key, tally) in data.book.tallies where key.deck == deckID { counts[key.day] = tally.answers }
            let most = max(1, counts.values.max() ?? 1)
            for week in 0..<26 {
                for weekday in 0..<7 {
                    let day = today - (25 - week) * 7 - (6 - weekday)
                    let count = counts[day] ?? 0
                    let level = count == 0 ? 0 : 1 + min(3, count * 4 / (most + 1))
                    chrome.write(theme.glyphs.heat[level], x: heatX + week, y: heatY + 1 + weekday, style: theme.correct)
                }
            }
        }

        // Weakest facts and leeches, where there is room.
        let listY = chrome.width >= 100 ? 14 : heatTop + 9
        if listY + 2 < chrome.content.maxY {
            let weakest = weakestFacts(model, generator: generator).prefix(chrome.content.maxY - listY - 1)
            chrome.write("Weakest facts", x: heatX, y: listY, style: theme.accent)
            for (index, (prompt, recall)) in weakest.enumerated() {
                chrome.write("\(Int((recall * 100).rounded()))%  " + prompt, x: heatX, y: listY + 1 + index, maxWidth: chrome.width - heatX - 2)
            }
            if weakest.isEmpty { chrome.write("none answered yet", x: heatX, y: listY + 1, style: theme.dim) }
        }
        let leeches = stats.leeches.isEmpty ? "no leeches" : "leeches: " + stats.leeches.map(\.description).joined(separator: ", ")
        chrome.write(leeches, x: 2, y: chrome.content.maxY - 1, style: stats.leeches.isEmpty ? theme.dim : theme.wrong, maxWidth: chrome.width - 4)
        chrome.keyBar([("Esc", "back"), ("?", "help")], status: model.status)
    }

    /// Answered facts by lowest mean retrievability of their answered cards.
    private func weakestFacts(_ model: AppModel, generator: Questions.QuestionGenerator) -> [(String, Double)] {
        var byFact: [String: (sum: Double, count: Int)] = [:]
        for card in generator.cardKeys {
            let state = model.data.book.state(of: card)
            guard !state.isNew else { continue }
            let recall = model.data.scheduler.retrievability(of: state, at: model.clock.now)
            byFact[card.fact, default: (0, 0)].sum += recall
            byFact[card.fact, default: (0, 0)].count += 1
        }
        return byFact.map { (generator.deck.fact(id: $0.key)?.content.summary ?? $0.key, $0.value.sum / Double($0.value.count)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }
}
