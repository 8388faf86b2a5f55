import ArgumentParser
import DeckModel
import Foundation
import Review
import Scheduler
import Storage
import Study

/// `recall stats [DECK] [--json] [--cards]`: progress per deck, and per card on request.
struct StatsCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show progress: cards by state, what is due, retention and streak; per card with --cards.",
        discussion: """
            Counts are per deck: new, learning (learning and relearning steps), review, due \
            now, due today; retention is the share of reviews passed over the last 30 days; \
            the streak counts consecutive days studied. RECALL_NOW sets the time used.

            --json prints {"decks": [...]}, and with --cards also "cards": one object per card \
            with card, state (new, learning, review or relearning), step, stability, \
            difficulty, due, lastReview, reps, lapses and retrievability (at now).
            """
    )

    @Argument(help: "A deck file or deck id; all decks when omitted.")
    var deck: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Also list every card's scheduling state.")
    var cards = false

    func run() throws {
        let catalog = try DeckCatalog.load(deck)
        let now = try RecallClock.timestamp()
        let context = try ProgressContext.open(now: now, access: .reading)
        let book = context.store.book
        var deckIDs = catalog.generators.map(\.deck.id)
        if deck == nil {
            for key in book.cards.keys.map({ $0.deck }).sorted() where !deckIDs.contains(key) {
                deckIDs.append(key)
            }
        }
        let deckCards = Dictionary(grouping: catalog.cardKeys) { $0.deck }
        let stats = deckIDs.map { id in
            DeckStatistics.compute(
                deck: id, cards: deckCards[id] ?? [], book: book, leechThreshold: context.settings.leechThreshold,
                calendar: context.calendar, now: now)
        }
        var allCards = Set(catalog.cardKeys)
        for key in book.cards.keys where deckIDs.contains(key.deck) { allCards.insert(key) }
        let cardRows =
            cards
            ? allCards.sorted().map {
                CardRow(key: $0, state: book.state(of: $0), scheduler: context.scheduler, now: now)
            } : nil
        if json {
            print(StatsJSON.render(stats: stats, cards: cardRows))
        } else {
            // Deck and card ids come from the journal, which any program may have written.
            let table = StatsTable.render(stats: stats, cards: cardRows)
            print(
                table.split(separator: "\n", omittingEmptySubsequences: false).map { $0.escapingControlCharacters() }
                    .joined(separator: "\n"))
        }
    }
}

/// One card's scheduling state, as `stats --cards` shows it.
struct CardRow {
    var key: CardKey
    var state: CardState
    var retrievability: Double

    init(key: CardKey, state: CardState, scheduler: FSRS, now: Timestamp) {
        self.key = key
        self.state = state
        retrievability = scheduler.retrievability(of: state, at: now)
    }
}
