import DeckModel
import Scheduler

/// Every card's state, and per-day tallies per deck, as the journal's answers made them.
///
/// Pure: it is built by applying journal entries in order, with a scheduler and a calendar
/// passed in, and it reads no file and no clock. The progress store saves it as the
/// snapshot and feeds it the journal.
public struct CardBook: Sendable {
    /// One card's record.
    public struct Entry: Sendable, Equatable {
        public var state: CardState
        /// The state before the latest review, kept so that the latest review can be undone.
        public var previous: CardState?
        /// When the card was first reviewed (its first day counts it as new that day).
        public var firstReview: Timestamp?
        /// What the latest review added to the day tallies, to take back on undo.
        public var lastContribution: Contribution?
        /// The fingerprint of the fact when the card was last answered (nil when unknown).
        public var factHash: String?

        public init(
            state: CardState = .new, previous: CardState? = nil, firstReview: Timestamp? = nil,
            lastContribution: Contribution? = nil, factHash: String? = nil
        ) {
            self.state = state
            self.previous = previous
            self.firstReview = firstReview
            self.lastContribution = lastContribution
            self.factHash = factHash
        }
    }

    /// What one review adds to its deck's tally for its day.
    public struct Contribution: Sendable, Equatable {
        public var day: Int
        /// The card's first review.
        public var introduced: Bool
        /// A review of a card that was in review (not in learning steps).
        public var review: Bool
        /// Rated Hard or better.
        public var passed: Bool
        public var milliseconds: Int
    }

    /// One deck's counts for one study day.
    public struct Tally: Sendable, Equatable {
        public var answers = 0
        public var introduced = 0
        public var reviews = 0
        public var reviewsPassed = 0
        public var milliseconds = 0

        public init(
            answers: Int = 0, introduced: Int = 0, reviews: Int = 0, reviewsPassed: Int = 0, milliseconds: Int = 0
        ) {
            self.answers = answers
            self.introduced = introduced
            self.reviews = reviews
            self.reviewsPassed = reviewsPassed
            self.milliseconds = milliseconds
        }

        mutating func add(_ c: Contribution, sign: Int) {
            answers += sign
            introduced += c.introduced ? sign : 0
            reviews += c.review ? sign : 0
            reviewsPassed += c.review && c.passed ? sign : 0
            milliseconds += sign * c.milliseconds
        }

        mutating func add(_ other: Tally) {
            answers += other.answers
            introduced += other.introduced
            reviews += other.reviews
            reviewsPassed += other.reviewsPassed
            milliseconds += other.milliseconds
        }
    }

    public struct TallyKey: Sendable, Hashable {
        public var deck: String
        public var day: Int

        public init(deck: String, day: Int) {
            (self.deck, self.day) = (deck, day)
        }

        /// The day alone: a day has a tally for each deck studied, a handful, while hashing
        /// the deck's text as well for each card's day of a replayed journal cost a sixth of
        /// the replay (`recall-bench`).
        public func hash(into hasher: inout Hasher) {
            hasher.combine(day)
        }
    }

    public private(set) var cards: [CardKey: Entry] = [:]
    public private(set) var tallies: [TallyKey: Tally] = [:]

    /// One answer as the book applies it.
    public struct Answer: Sendable {
        public var rating: Rating
        public var time: Timestamp
        public var milliseconds: Int?
        /// The fact's fingerprint when it was asked; nil keeps the one known.
        public var factHash: String?
    }

    public init(capacity: Int = 0) {
        cards.reserveCapacity(capacity)
    }

    public init(cards: [CardKey: Entry], tallies: [TallyKey: Tally]) {
        self.cards = cards
        self.tallies = tallies
    }

    public func state(of card: CardKey) -> CardState {
        cards[card]?.state ?? .new
    }

    /// What applying an entry did.
    public enum Applied: Sendable, Equatable {
        case applied
        /// An undo whose earlier state is not at hand (the snapshot keeps one level): the
        /// book must be rebuilt from the whole journal.
        case needsRebuild
        /// An undo with no review to undo.
        case nothingToUndo
    }

    /// Applies one journal entry.
    @discardableResult
    public mutating func apply(_ entry: JournalEntry, scheduler: FSRS, calendar: DayCalendar) -> Applied {
        switch entry {
        case .review(let review) where review.practice:
            return .applied
        case .review(let review):
            let answer = Answer(
                rating: review.rating, time: review.time, milliseconds: review.milliseconds, factHash: review.factHash)
            apply(CollectionOfOne(answer), to: review.card, scheduler: scheduler, calendar: calendar)
            return .applied
        case .undo(let card, _, _):
            guard var record = cards[card], record.state.reps > 0 else { return .nothingToUndo }
            guard let previous = record.previous, let contribution = record.lastContribution else {
                return .needsRebuild
            }
            tallies[TallyKey(deck: card.deck, day: contribution.day), default: Tally()]
                .add(contribution, sign: -1)
            record.state = previous
            record.previous = nil
            record.lastContribution = nil
            // Which version of the fact the undone answer replaced is not kept: unknown.
            record.factHash = nil
            // A card back to new has no record at all, as if never answered.
            cards[card] = previous.isNew ? nil : record
            return .applied
        case .override(let card, let time, _, let rating):
            // The latest review (the caller checks it is the one named) answered again, at its
            // own time, with the new rating.
            guard let record = cards[card], let answered = record.state.lastReview,
                let contribution = record.lastContribution
            else { return cards[card] == nil ? .nothingToUndo : .needsRebuild }
            let undone = apply(.undo(card: card, time: time), scheduler: scheduler, calendar: calendar)
            guard undone == .applied else { return undone }
            let answer = Answer(
                rating: rating, time: answered, milliseconds: contribution.milliseconds, factHash: record.factHash)
            apply(CollectionOfOne(answer), to: card, scheduler: scheduler, calendar: calendar)
            return .applied
        }
    }

    /// Applies `card`'s answers, oldest first: the one place an answer changes a card and its
    /// day's tally, whether it is one new answer or a whole journal replayed card by card
    /// (`ReplayLog`). The card's record stays at hand through all its answers, and its tally
    /// is added once a day.
    mutating func apply(
        _ answers: some Sequence<Answer>, to card: CardKey, scheduler: FSRS, calendar: DayCalendar
    ) {
        // The entry is changed where it is stored: one lookup, no copy.
        Self.apply(
            answers, to: &cards[card, default: Entry()], seed: FNV1a.hash(card.description.utf8), deck: card.deck,
            tallies: &tallies, scheduler: scheduler, calendar: calendar)
    }

    private static func apply(
        _ answers: some Sequence<Answer>, to entry: inout Entry, seed: UInt64, deck: String,
        tallies: inout [TallyKey: Tally], scheduler: FSRS, calendar: DayCalendar
    ) {
        var day: (number: Int, tally: Tally)?
        for answer in answers {
            let contribution = entry.review(
                answer.rating, at: answer.time, milliseconds: answer.milliseconds, factHash: answer.factHash,
                fuzz: Self.fuzz(seed: seed, time: answer.time), scheduler: scheduler, calendar: calendar)
            if let open = day, open.number != contribution.day {
                tallies[TallyKey(deck: deck, day: open.number), default: Tally()].add(open.tally)
                day = nil
            }
            if day == nil { day = (contribution.day, Tally()) }
            day!.tally.add(contribution, sign: 1)
        }
        if let open = day { tallies[TallyKey(deck: deck, day: open.number), default: Tally()].add(open.tally) }
    }

    /// Builds the book from a whole journal. Undos are resolved first (each cancels the
    /// latest review of its card not cancelled yet), so any run of undos replays exactly.
    public static func rebuild(from entries: [JournalEntry], scheduler: FSRS, calendar: DayCalendar) -> CardBook {
        var log = ReplayLog()
        for entry in entries { log.append(entry) }
        return (consume log).book(scheduler: scheduler, calendar: calendar)
    }

    /// The random number a review's fuzz uses, derived from the card and the time, so that
    /// replaying the journal gives the same due dates as the original answers.
    public static func fuzz(card: CardKey, time: Timestamp) -> Double {
        fuzz(seed: FNV1a.hash(card.description.utf8), time: time)
    }

    /// The fuzz from the part that depends on the card alone, the FNV-1a hash of its key:
    /// SplitMix64's mixer over that hash and the time.
    static func fuzz(seed: UInt64, time: Timestamp) -> Double {
        SplitMix64.unit(SplitMix64.mix(seed ^ UInt64(bitPattern: time.microseconds)))
    }
}

extension CardBook.Entry {
    /// Applies one review to the card; returns what it adds to its day's tally.
    mutating func review(
        _ rating: Rating, at time: Timestamp, milliseconds: Int?, factHash: String?, fuzz: Double, scheduler: FSRS,
        calendar: DayCalendar
    ) -> CardBook.Contribution {
        let before = state
        let contribution = CardBook.Contribution(
            day: calendar.day(of: time), introduced: before.isNew, review: before.phase == .review,
            passed: rating != .again,
            milliseconds: max(0, milliseconds ?? 0))
        previous = before
        state = scheduler.review(before, rating, at: time, fuzz: fuzz).card
        firstReview = firstReview ?? time
        lastContribution = contribution
        if let factHash { self.factHash = factHash }
        return contribution
    }
}
