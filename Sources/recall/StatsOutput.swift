import Foundation
import Review
import Scheduler
import Study

/// `recall stats --json`: `{"decks": [...], "cards": [...]}`, every field present (null
/// where there is no value), so that scripts can rely on the shape.
struct StatsJSON: Encodable {
    var decks: [DeckStatistics]
    var cards: [CardRow]?

    static func render(stats: [DeckStatistics], cards: [CardRow]?) -> String {
        JSONOutput.text(of: StatsJSON(decks: stats, cards: cards))
    }

    private enum Key: String, CodingKey {
        case decks, cards
        case deck, new, learning, review, dueNow, dueToday, retention30Days, reviews30Days, streak, leeches, lastStudied
        case card, state, step, stability, difficulty, due, lastReview, reps, lapses, retrievability
    }

    func encode(to encoder: Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        var decks = root.nestedUnkeyedContainer(forKey: .decks)
        for s in self.decks {
            var deck = decks.nestedContainer(keyedBy: Key.self)
            try deck.encode(s.deck, forKey: .deck)
            try deck.encode(s.newCards, forKey: .new)
            try deck.encode(s.learning, forKey: .learning)
            try deck.encode(s.review, forKey: .review)
            try deck.encode(s.dueNow, forKey: .dueNow)
            try deck.encode(s.dueToday, forKey: .dueToday)
            try deck.encode(s.retention30Days, forKey: .retention30Days)
            try deck.encode(s.reviews30Days, forKey: .reviews30Days)
            try deck.encode(s.streak, forKey: .streak)
            try deck.encode(s.leeches.map(\.description), forKey: .leeches)
            try deck.encode(s.lastStudied?.iso, forKey: .lastStudied)
        }
        guard let rows = self.cards else { return }
        var cards = root.nestedUnkeyedContainer(forKey: .cards)
        for row in rows {
            var card = cards.nestedContainer(keyedBy: Key.self)
            try card.encode(row.key.description, forKey: .card)
            try card.encode(row.state.phase.rawValue, forKey: .state)
            try card.encode(row.state.step, forKey: .step)
            try card.encode(row.state.stability, forKey: .stability)
            try card.encode(row.state.difficulty, forKey: .difficulty)
            try card.encode(row.state.due?.iso, forKey: .due)
            try card.encode(row.state.lastReview?.iso, forKey: .lastReview)
            try card.encode(row.state.reps, forKey: .reps)
            try card.encode(row.state.lapses, forKey: .lapses)
            try card.encode(row.retrievability, forKey: .retrievability)
        }
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
