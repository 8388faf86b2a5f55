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
        // The decks load on another thread while this one reads progress: together they are
        // most of the command's time.
        let loading = BackgroundWork { [deck] in try DeckCatalog.load(deck) }
        let now = try RecallClock.timestamp()
        let opened = Result { try ProgressContext.open(now: now, access: .reading) }
        let catalog = try loading.result.get()
        let context = try opened.get()
        let book = context.store.book
        var deckIDs = catalog.generators.map(\.deck.id)
        if deck == nil {
            for key in Set(book.cards.keys.map(\.deckID)).sorted() where !deckIDs.contains(String(key)) {
                deckIDs.append(String(key))
            }
        }
        let deckCards = Dictionary(catalog.generators.map { ($0.deck.id, $0.cardKeys) }) { first, _ in first }
        let stats = deckIDs.map { id in
            DeckStatistics.compute(
                deck: id, cards: deckCards[id] ?? [], book: book, leechThreshold: context.settings.leechThreshold,
                calendar: context.calendar, now: now)
        }
        let cardRows = cards ? rows(catalog: catalog, decks: deckIDs, context: context, now: now) : nil
        if json {
            print(StatsJSON.render(stats: stats, cards: cardRows))
        } else {
            // Deck and card ids come from the journal, which any program may have written.
            let table = StatsTable.render(stats: stats, cards: cardRows)
            print(
                table.split(separator: "\n", omittingEmptySubsequences: false).map { $0.escapingControlCharacters() }
                    .joined(separator: "\n"))
        }
        // Nothing is left to write: the process ends here rather than freeing a hundred
        // thousand card records one by one on the way out (50 ms of a large collection's
        // `recall stats`, `recall-bench`).
        Foundation.exit(0)
    }
}

extension StatsCommand {
    /// Every card of the decks shown, the deck's and those only the journal still names, in
    /// key order.
    private func rows(catalog: DeckCatalog, decks: [String], context: ProgressContext, now: Timestamp) -> [CardRow] {
        var allCards = Set(catalog.cardKeys)
        for key in context.store.book.cards.keys where decks.contains(key.deck) { allCards.insert(key) }
        return allCards.sorted().map {
            CardRow(key: $0, state: context.store.book.state(of: $0), scheduler: context.scheduler, now: now)
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
