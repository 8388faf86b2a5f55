import DeckModel
import Review
import Scheduler

/// The numbers shown for a deck: card counts by phase, what is due, retention and streak.
public struct DeckStatistics: Sendable, Equatable {
    public var deck: String
    public var newCards = 0
    public var learning = 0
    public var review = 0
    public var dueNow = 0
    public var dueToday = 0
    /// Share of reviews (cards in review, not learning steps) passed in the last 30 days;
    /// nil when there were none.
    public var retention30Days: Double?
    public var reviews30Days = 0
    /// Consecutive study days up to today (or up to yesterday, when today has no answer yet).
    public var streak = 0
    public var leeches: [CardKey] = []
    public var lastStudied: Timestamp?

    /// Statistics of one deck. `cards` are the deck's cards (new ones included), each once;
    /// cards the book knows for the deck but the deck no longer has (removed facts) count
    /// too, after them in key order.
    public static func compute(
        deck: String, cards: [CardKey], book: CardBook, leechThreshold: Int, calendar: DayCalendar, now: Timestamp
    ) -> DeckStatistics {
        var stats = DeckStatistics(deck: deck)
        let tomorrow = calendar.start(ofDay: calendar.day(of: now) + 1)
        func count(_ card: CardKey, _ state: CardState) {
            switch state.phase {
            case .new: stats.newCards += 1
            case .learning, .relearning: stats.learning += 1
            case .review: stats.review += 1
            }
            if let due = state.due, !state.isNew {
                if due <= now { stats.dueNow += 1 }
                if due < tomorrow { stats.dueToday += 1 }
            }
            if state.lapses >= leechThreshold { stats.leeches.append(card) }
            if let last = state.lastReview, last > (stats.lastStudied ?? Timestamp(microseconds: .min)) {
                stats.lastStudied = last
            }
        }
        var answered = 0
        for card in cards {
            // The state read in place: copying the whole record out would touch its fact
            // fingerprint's text too, one more cache miss a card (`recall-bench`).
            if let index = book.cards.index(forKey: card) {
                answered += 1
                count(card, book.cards.values[index].state)
            } else {
                count(card, .new)
            }
        }
        // The book's cards of the deck that it no longer lists. Most often there are none,
        // which the count tells without a set of a hundred thousand keys.
        if answered < book.cards.keys.count(where: { $0.deckID == deck }) {
            let listed = Set(cards)
            for card in book.cards.keys.filter({ $0.deckID == deck && !listed.contains($0) }).sorted() {
                count(card, book.state(of: card))
            }
        }
        let today = calendar.day(of: now)
        var reviewed = 0, passed = 0
        for day in (today - 29)...today {
            guard let tally = book.tallies[CardBook.TallyKey(deck: deck, day: day)] else { continue }
            reviewed += tally.reviews
            passed += tally.reviewsPassed
        }
        stats.reviews30Days = reviewed
        stats.retention30Days = reviewed > 0 ? Double(passed) / Double(reviewed) : nil
        stats.streak = streak(
            days: Set(book.tallies.filter { $0.key.deck == deck && $0.value.answers > 0 }.map(\.key.day)), today: today)
        return stats
    }

    /// Consecutive days with answers, ending today or, if today has none yet, yesterday.
    public static func streak(days: Set<Int>, today: Int) -> Int {
        var day = days.contains(today) ? today : today - 1
        var count = 0
        while days.contains(day) {
            count += 1
            day -= 1
        }
        return count
    }
}
