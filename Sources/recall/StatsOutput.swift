import Foundation
import Review
import Scheduler
import Study

/// `recall stats --json`.
enum StatsJSON {
    static func render(stats: [DeckStatistics], cards: [CardRow]?) -> String {
        var root: [String: Any] = ["decks": stats.map { s -> [String: Any] in
            [
                "deck": s.deck, "new": s.newCards, "learning": s.learning, "review": s.review, "dueNow": s.dueNow,
                "dueToday": s.dueToday, "retention30Days": s.retention30Days ?? NSNull(), "reviews30Days": s.reviews30Days,
                "streak": s.streak, "leeches": s.leeches.map(\.description), "lastStudied": s.lastStudied?.iso ?? NSNull(),
            ]
        }]
        if let cards {
            root["cards"] = cards.map { row -> [String: Any] in
                [
                    "card": row.key.description, "state": row.state.phase.rawValue, "step": row.state.step ?? NSNull(),
                    "stability": row.state.stability ?? NSNull(), "difficulty": row.state.difficulty ?? NSNull(),
                    "due": row.state.due?.iso ?? NSNull(), "lastReview": row.state.lastReview?.iso ?? NSNull(),
                    "reps": row.state.reps, "lapses": row.state.lapses, "retrievability": row.retrievability,
                ]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// `recall stats` as a table.
enum StatsTable {
    static func render(stats: [DeckStatistics], cards: [CardRow]?) -> String {
        var lines = ["deck                  new  learning  review  due now  due today  retention (30 d)  streak"]
        for s in stats {
            let retention = s.retention30Days.map { String(format: "%.0f%% of %d", $0 * 100, s.reviews30Days) } ?? "-"
            lines.append(s.deck.padding(toLength: 20, withPad: " ", startingAt: 0)
                + pad(s.newCards, 5) + pad(s.learning, 10) + pad(s.review, 8) + pad(s.dueNow, 9) + pad(s.dueToday, 11)
                + retention.leftPadded(18) + pad(s.streak, 8))
            if !s.leeches.isEmpty { lines.append("  leeches: " + s.leeches.map(\.description).joined(separator: ", ")) }
        }
        for row in cards ?? [] {
            let s = row.state
            lines.append("\(row.key)  \(s.phase.rawValue)  S=\(s.stability.map { String(format: "%.2f", $0) } ?? "-")  D=\(s.difficulty.map { String(format: "%.2f", $0) } ?? "-")  due \(s.due?.iso ?? "-")  R=\(String(format: "%.2f", row.retrievability))")
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
