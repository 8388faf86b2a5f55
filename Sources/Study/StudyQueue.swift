import DeckModel
import Review
import Scheduler

/// Today's study queue for one deck or several:
///
/// 1. learning and relearning cards that are due, earliest first;
/// 2. reviews due today, lowest retrievability first, up to the day's review limit;
/// 3. new cards in deck order, up to the day's new-card limit;
///
/// "Study more" (`StudyMore`, for today only) adds new cards to a deck's limit, and brings
/// its reviews due in the coming week into step 2, each once (not when reviewed today).
///
/// Cards whose fact changed since they were last answered come right after the learning
/// cards, due or not, once. Throughout, at most one card per fact per day ("sibling
/// burying"): a review or changed card whose fact was answered today, or is already in the
/// queue, goes to the end, asked only when nothing else is due; such a new card waits for
/// another day. When nothing at all is due, learning cards due within the next 20 minutes
/// are offered early rather than ending the session.
public struct StudyQueue: Sendable {
    public struct Limits: Sendable {
        public var newPerDay: Int
        public var reviewsPerDay: Int
        /// Today's "study more", if asked for (another day's means nothing).
        public var more: StudyMore?

        public init(newPerDay: Int, reviewsPerDay: Int, more: StudyMore? = nil) {
            self.newPerDay = newPerDay
            self.reviewsPerDay = reviewsPerDay
            self.more = more
        }

        /// The limits the settings set.
        public init(_ settings: RecallSettings) {
            self.init(newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay, more: settings.studyMore)
        }

        /// New cards `deck` may introduce on `day`, "study more" included.
        public func newCards(deck: some StringProtocol, day: Int) -> Int {
            newPerDay + (more.flatMap { $0.day == day ? $0.newCards[String(deck)] : nil } ?? 0)
        }

        /// Whether `deck` reviews ahead on `day`.
        func reviewsAhead(deck: some StringProtocol, day: Int) -> Bool {
            more.map { $0.day == day && $0.reviewAhead.contains(String(deck)) } ?? false
        }
    }

    /// How far ahead learning cards may be taken when nothing else is due.
    public static let learnAhead = TimeSpan.seconds(20 * 60)

    /// The queue, as card keys. `cards` are every card of the decks studied, in deck order.
    /// Decks with an exam ahead (`exams`, by deck id) follow the exam planner instead of the
    /// daily limits (see `exam(deck:cards:...)`); their queues come first.
    public static func build(
        cards: [CardKey], book: CardBook, limits: Limits, scheduler: FSRS, calendar: DayCalendar, now: Timestamp,
        changed: Set<CardKey> = [], exams: [String: ExamPlan] = [:]
    ) -> [CardKey] {
        guard !exams.isEmpty else {
            return plainQueue(
                cards: cards, book: book, limits: limits, scheduler: scheduler, calendar: calendar, now: now,
                changed: changed)
        }
        let byDeck = Dictionary(grouping: cards) { $0.deck }
        var queue: [CardKey] = []
        var planned = Set<String>()
        for deck in byDeck.keys.sorted() {
            guard let plan = exams[deck],
                let examQueue = exam(
                    deck: deck, cards: byDeck[deck]!, book: book, plan: plan, scheduler: scheduler, calendar: calendar,
                    now: now)
            else { continue }
            queue += examQueue
            planned.insert(deck)
        }
        let others = cards.filter { !planned.contains($0.deck) }
        return queue
            + plainQueue(
                cards: others, book: book, limits: limits, scheduler: scheduler, calendar: calendar, now: now,
                changed: changed)
    }

    /// The queue of decks without an exam: learning, changed cards, reviews and new cards
    /// within the daily limits.
    private static func plainQueue(
        cards: [CardKey], book: CardBook, limits: Limits, scheduler: FSRS, calendar: DayCalendar, now: Timestamp,
        changed: Set<CardKey>
    ) -> [CardKey] {
        let today = calendar.day(of: now)
        let tomorrow = calendar.start(ofDay: today + 1)
        let dayStart = calendar.start(ofDay: today)
        let aheadEnd = calendar.start(ofDay: today + 1 + StudyMore.daysAhead)

        var learning: [(CardKey, Timestamp)] = []
        var aheadLearning: [(CardKey, Timestamp)] = []
        var reviews: [(CardKey, Double)] = []
        var fresh: [CardKey] = []
        var updated: [CardKey] = []
        /// For each fact, the cards answered today or already queued: a card waits when its
        /// fact has another one among them (the card itself may come back).
        var factCards: [Substring: Set<CardKey>] = [:]
        for card in cards {
            let state = book.state(of: card)
            if let last = state.lastReview, last >= dayStart { factCards[card.factScope, default: []].insert(card) }
            switch state.phase {
            case .new:
                fresh.append(card)
            case .learning, .relearning:
                guard let due = state.due else { continue }
                if due <= now {
                    learning.append((card, due))
                } else if due <= now + learnAhead {
                    aheadLearning.append((card, due))
                }
            case .review:
                if changed.contains(card), state.due.map({ $0 >= tomorrow }) ?? true {
                    updated.append(card)
                } else if let due = state.due,
                    due < tomorrow
                        || (due < aheadEnd && state.lastReview.map { $0 < dayStart } ?? true
                            && limits.reviewsAhead(deck: card.deckID, day: today))
                {
                    reviews.append((card, scheduler.retrievability(of: state, at: now)))
                }
            }
        }

        var remainingNew: [Substring: Int] = [:]
        var remainingReviews: [Substring: Int] = [:]
        func remaining(
            _ deck: Substring, _ table: inout [Substring: Int], _ limit: Int, _ used: (CardBook.Tally) -> Int
        ) -> Int {
            if let left = table[deck] { return left }
            let left = max(
                0, limit - used(book.tallies[CardBook.TallyKey(deck: String(deck), day: today)] ?? CardBook.Tally()))
            table[deck] = left
            return left
        }

        var queue = learning.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        var buried: [CardKey] = []
        func hasSibling(_ card: CardKey) -> Bool {
            factCards[card.factScope]?.contains { $0 != card } ?? false
        }
        func take(_ card: CardKey) {
            if hasSibling(card) {
                buried.append(card)
            } else {
                factCards[card.factScope, default: []].insert(card)
                queue.append(card)
            }
        }
        for card in updated { take(card) }
        for (card, _) in reviews.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
            let deck = card.deckID
            guard remaining(deck, &remainingReviews, limits.reviewsPerDay, { $0.reviews }) > 0 else { continue }
            remainingReviews[deck]! -= 1
            take(card)
        }
        // A new card whose fact already has a card today is not a new card for today at all:
        // it neither waits at the end nor uses up the day's allowance of new cards.
        for card in fresh {
            let deck = card.deckID
            guard remaining(deck, &remainingNew, limits.newCards(deck: deck, day: today), { $0.introduced }) > 0,
                !hasSibling(card)
            else {
                continue
            }
            remainingNew[deck]! -= 1
            take(card)
        }
        queue += buried
        if queue.isEmpty { queue = aheadLearning.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0) }
        return queue
    }

    /// When the next card of these comes due after `now`, if any.
    public static func nextDue(cards: [CardKey], book: CardBook, after now: Timestamp) -> Timestamp? {
        cards.compactMap { book.state(of: $0).due }.filter { $0 > now }.min()
    }
}
