import Foundation
import Review
import Scheduler
import Study

/// `recall stats --json`: `{"decks": [...], "cards": [...]}`, every field present (null
/// where there is no value), so that scripts can rely on the shape.
struct StatsJSON: Encodable {
    struct Deck: Encodable {
        var deck: String
        var new, learning, review, dueNow, dueToday: Int
        @Nullable var retention30Days: Double?
        var reviews30Days, streak: Int
        var leeches: [String]
        @Nullable var lastStudied: String?
    }

    struct Card: Encodable {
        var card, state: String
        @Nullable var step: Int?
        @Nullable var stability: Double?
        @Nullable var difficulty: Double?
        @Nullable var due: String?
        @Nullable var lastReview: String?
        var reps, lapses: Int
        var retrievability: Double
    }

    var decks: [Deck]
    /// Only with `--cards`.
    var cards: [Card]?

    static func render(stats: [DeckStatistics], cards: [CardRow]?) -> String {
        let decks = stats.map { s in
            Deck(
                deck: s.deck, new: s.newCards, learning: s.learning, review: s.review, dueNow: s.dueNow,
                dueToday: s.dueToday, retention30Days: s.retention30Days, reviews30Days: s.reviews30Days,
                streak: s.streak, leeches: s.leeches.map(\.description), lastStudied: s.lastStudied?.iso)
        }
        let rows = cards?.map { row in
            Card(
                card: row.key.description, state: row.state.phase.rawValue, step: row.state.step,
                stability: row.state.stability, difficulty: row.state.difficulty, due: row.state.due?.iso,
                lastReview: row.state.lastReview?.iso, reps: row.state.reps, lapses: row.state.lapses,
                retrievability: row.retrievability)
        }
        return JSONOutput.text(of: StatsJSON(decks: decks, cards: rows))
    }
}

/// `recall stats` as a table.
enum StatsTable {
    static func render(stats: [DeckStatistics], cards: [CardRow]?) -> String {
        var lines = ["deck                  new  learning  review  due now  due today  retention (30 d)  streak"]
        for s in stats {
            let retention = s.retention30Days.map { String(format: "%.0f%% of %d", $0 * 100, s.reviews30Days) } ?? "-"
            lines.append(
                s.deck.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + pad(s.newCards, 5) + pad(s.learning, 10) + pad(s.review, 8) + pad(s.dueNow, 9)
                    + pad(s.dueToday, 11)
                    + retention.leftPadded(18) + pad(s.streak, 8))
            if !s.leeches.isEmpty { lines.append("  leeches: " + s.leeches.map(\.description).joined(separator: ", ")) }
        }
        for row in cards ?? [] {
            let s = row.state
            lines.append(
                "\(row.key)  \(s.phase.rawValue)  S=\(s.stability.map { String(format: "%.2f", $0) } ?? "-")  "
                    + "D=\(s.difficulty.map { String(format: "%.2f", $0) } ?? "-")  due \(s.due?.iso ?? "-")  "
                    + "R=\(String(format: "%.2f", row.retrievability))"
            )
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        String(number).leftPadded(width)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
