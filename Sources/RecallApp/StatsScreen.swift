import DeckModel
import Questions
import Scheduler
import Study
import TerminalUI

/// A deck's statistics: counts, retention and streak, a 30-day due forecast, a 26-week
/// heatmap of answers, the weakest facts and the leeches.
struct StatsScreen: KeyedScreen {
    var deck: String

    var name: String { "Stats" }
    static let bindings: [KeyBinding<StatsScreen>] = [.back]

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        let data = context.data
        guard let generator = data.generator(for: deck) else { return }
        chrome.titleBar("Stats " + theme.glyphs.separator + " " + generator.deck.title)
        let stats = DeckStatistics.compute(
            deck: deck, cards: generator.cardKeys, book: data.book, leechThreshold: data.settings.leechThreshold,
            calendar: data.calendar, now: context.now)
        let reviews = "\(stats.reviews30Days) review\(stats.reviews30Days == 1 ? "" : "s")"
        let retention =
            stats.retention30Days.map { "retention \(Percent.text($0)) of \(reviews), last 30 days" }
            ?? "no reviews of learned cards in the last 30 days"
        chrome.write(
            "new \(stats.newCards)  learning \(stats.learning)  review \(stats.review)  due now \(stats.dueNow)  "
                + "due today \(stats.dueToday)", x: 2, y: 2, maxWidth: chrome.width - 4)
        chrome.write(
            "\(retention)  \(theme.glyphs.separator)  streak \(stats.streak) "
                + "day\(stats.streak == 1 ? "" : "s")", x: 2, y: 3, style: theme.dim, maxWidth: chrome.width - 4)
        // Wide terminals put the heatmap and the weakest facts beside the forecast; narrow
        // ones put the weakest facts (at least three) under it, and the heatmap where room is left.
        let wide = chrome.width >= 100
        let chartHeight = chrome.height >= 30 ? 6 : 3
        renderForecast(&chrome, generator, context, at: Position(x: 2, y: 5), height: chartHeight)
        let heat = Position(x: wide ? 68 : 2, y: wide ? 5 : 9 + chartHeight)
        let listY = wide ? 14 : heat.y
        let listEnd = wide ? chrome.content.maxY - 1 : min(chrome.content.maxY - 1, listY + 6)
        renderWeakest(&chrome, generator, context, at: Position(x: heat.x, y: listY), rows: listEnd - listY - 1)
        let heatAt = wide ? heat : Position(x: 2, y: listEnd + 1)
        if wide || heatAt.y + Self.heatmapHeight < chrome.content.maxY { renderHeatmap(&chrome, context, at: heatAt) }
        let leeches =
            stats.leeches.isEmpty
            ? "no leeches" : "leeches: " + stats.leeches.map(\.description).joined(separator: ", ")
        chrome.write(
            leeches, x: 2, y: chrome.content.maxY - 1, style: stats.leeches.isEmpty ? theme.dim : theme.wrong,
            maxWidth: chrome.width - 4)
    }

    /// The facts under `weakBelow` recall, lowest first, as many as `rows` hold.
    private func renderWeakest(
        _ chrome: inout Chrome, _ generator: QuestionGenerator, _ context: Context, at origin: Position, rows: Int
    ) {
        let theme = chrome.theme
        let weak = weakestFacts(generator, context).filter { $0.1 < Self.weakBelow }
        let below = Percent.text(Self.weakBelow).dropLast() + " %"
        chrome.write("Weakest facts (under \(below) recall)", x: origin.x, y: origin.y, style: theme.accent)
        for (index, (prompt, recall)) in weak.prefix(max(0, rows)).enumerated() {
            chrome.write(
                Percent.text(recall) + "  " + prompt, x: origin.x, y: origin.y + 1 + index,
                maxWidth: chrome.width - origin.x - 2)
        }
        if weak.isEmpty { chrome.write("none under \(below)", x: origin.x, y: origin.y + 1, style: theme.dim) }
    }

    /// A fact whose mean recall is below this is weak.
    static let weakBelow = 0.9

    /// Answered facts by lowest mean retrievability of their answered cards.
    private func weakestFacts(_ generator: QuestionGenerator, _ context: Context) -> [(String, Double)] {
        var byFact: [String: (sum: Double, count: Int)] = [:]
        for card in generator.cardKeys {
            let state = context.data.book.state(of: card)
            guard !state.isNew else { continue }
            byFact[card.fact, default: (0, 0)].sum += context.data.scheduler.retrievability(of: state, at: context.now)
            byFact[card.fact, default: (0, 0)].count += 1
        }
        return byFact.map {
            (generator.deck.fact(id: $0.key)?.content.summary ?? $0.key, $0.value.sum / Double($0.value.count))
        }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }
}
