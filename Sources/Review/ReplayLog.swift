import DeckModel
import Scheduler

/// A journal held compactly for replaying: each card key and fact fingerprint once,
/// each entry in a few words. Replaying a year of answers (a million lines) this way takes
/// a fraction of a second, where a dictionary of strings per answer would take seconds.
///
/// Undos and overrides are resolved first, newest to oldest: an undo cancels the review it
/// names by id, or, without one (older journals), the latest review of its card that nothing
/// cancelled yet; an override gives the review it names its rating (the latest override of
/// it counts), unless that review is undone. Then the surviving reviews are applied in
/// journal order.
public struct ReplayLog: Sendable {
    /// One journal entry.
    struct Step: Sendable {
        var time: Timestamp
        /// A review's id, or the id an undo names, as its FNV-1a hash; 0 for none.
        var link: UInt64
        /// The answer's time, 0 when unknown.
        var milliseconds: Int32
        var card: Int32
        var hash: Int32
        /// 1 to 4; 0 for an undo (and, once resolved, for a review undone and an override);
        /// `overridden` plus the rating for an override.
        var rating: UInt8
    }

    var steps: [Step] = []
    var cards = InternTable()
    /// Each card's key, read when the card first appears; nil for text that is not a key.
    var keys: [CardKey?] = []
    private var hashes = InternTable()
    /// Whether any undo or override is to be resolved.
    private var hasLinks = false
    /// What an override's step holds, its rating added.
    private static let overridden: UInt8 = 16

    /// A log with room for `capacity` entries.
    public init(capacity: Int = 0) {
        steps.reserveCapacity(capacity)
    }

    public var count: Int { steps.count }

    /// Adds a journal line (without its line break).
    public mutating func append(line: ArraySlice<UInt8>) throws(JournalCodec.LineError) {
        let fields = try JournalFields(line: line)
        let card = try text(fields.card!)
        switch try fields.kind() {
        case .review where fields.practice:
            // Practice moves no card: its key and fingerprint are only checked, as the reader checks them.
            _ = try cardID(card)
            _ = try fields.hash.map { raw throws(JournalCodec.LineError) in try self.text(raw) }
        case .review(let rating):
            let hash = try fields.hash.map { raw throws(JournalCodec.LineError) in try self.text(raw) }
            try add(
                card: card, hash: hash, time: fields.time!, milliseconds: fields.milliseconds,
                rating: UInt8(rating.rawValue),
                link: Self.link(fields.id.map { (try? self.text($0)) ?? $0 }))
        case .undo:
            try add(
                card: card, hash: nil, time: fields.time!, milliseconds: nil, rating: 0,
                link: Self.link(fields.undoes.map { (try? self.text($0)) ?? $0 }))
        case .override(let rating):
            try add(
                card: card, hash: nil, time: fields.time!, milliseconds: nil,
                rating: Self.overridden + UInt8(rating.rawValue),
                link: Self.link(fields.overrides.map { (try? self.text($0)) ?? $0 }))
        }
    }

    public mutating func append(_ entry: JournalEntry) {
        // A key is a key: adding it never fails.
        switch entry {
        case .review(let review) where review.practice:
            break
        case .review(let review):
            try? add(
                card: ArraySlice(review.card.description.utf8), hash: review.factHash.map { ArraySlice($0.utf8) },
                time: review.time, milliseconds: review.milliseconds, rating: UInt8(review.rating.rawValue),
                link: Self.link(review.id.map { ArraySlice($0.utf8) }))
        case .undo(let card, let time, let undoes):
            try? add(
                card: ArraySlice(card.description.utf8), hash: nil, time: time, milliseconds: nil, rating: 0,
                link: Self.link(undoes.map { ArraySlice($0.utf8) }))
        case .override(let card, let time, let overrides, let rating):
            try? add(
                card: ArraySlice(card.description.utf8), hash: nil, time: time, milliseconds: nil,
                rating: Self.overridden + UInt8(rating.rawValue), link: Self.link(ArraySlice(overrides.utf8)))
        }
    }

    /// An id as a step keeps it: its FNV-1a hash, never 0 (which means none).
    private static func link(_ id: ArraySlice<UInt8>?) -> UInt64 {
        guard let id, !id.isEmpty else { return 0 }
        return max(1, FNV1a.hash(id))
    }

    /// The bytes of a raw JSON string with its escapes resolved (rarely needed).
    private func text(_ raw: ArraySlice<UInt8>) throws(JournalCodec.LineError) -> ArraySlice<UInt8> {
        guard raw.contains(UInt8(ascii: "\\")) else { return raw }
        do {
            return ArraySlice(try ByteCursor.decode(raw).utf8)
        } catch {
            throw .malformed(error.reason)
        }
    }

    private mutating func add(
        card key: ArraySlice<UInt8>, hash: ArraySlice<UInt8>?, time: Timestamp, milliseconds: Int?, rating: UInt8,
        link: UInt64
    ) throws(JournalCodec.LineError) {
        let card = try cardID(key)
        hasLinks = hasLinks || rating == 0 || rating > Self.overridden
        steps.append(
            Step(
                time: time, link: link, milliseconds: Int32(clamping: max(0, milliseconds ?? 0)), card: card,
                hash: hash.map { hashes.id(of: $0).id } ?? -1,
                rating: rating))
    }

    /// The card's number, once its key is read; refused when the text is not a key.
    private mutating func cardID(_ key: ArraySlice<UInt8>) throws(JournalCodec.LineError) -> Int32 {
        let (card, isNew) = cards.id(of: key)
        if isNew {
            keys.append(CardKey(cards.text(Int(card))))
        }
        guard keys[Int(card)] != nil else { throw .malformed("not a card key") }
        return card
    }

    /// The book the journal adds up to. The surviving reviews are first grouped by card (a
    /// counting sort, each card's in journal order, done in place so that a million steps
    /// are not held twice), then applied card by card, so that a card's record stays at hand
    /// through all its reviews rather than being fetched from among a hundred thousand
    /// others for each one. The log is used up.
    public consuming func book(scheduler: FSRS, calendar: DayCalendar) -> CardBook {
        let starts = groupByCard()
        var book = CardBook(capacity: cards.count)
        // Each fingerprint's text, made once and shared by the cards that have it.
        var hashTexts = [String?](repeating: nil, count: hashes.count)
        func hashText(_ id: Int32) -> String {
            if let text = hashTexts[Int(id)] { return text }
            let text = hashes.text(Int(id))
            hashTexts[Int(id)] = text
            return text
        }
        for card in 0..<cards.count where starts[card + 1] > starts[card] {
            let steps = self.steps[starts[card]..<starts[card + 1]]
            // Only the latest fingerprint is kept: the others are not handed over at all.
            let latest = steps.lastIndex { $0.hash >= 0 }
            let latestHash = latest.map { hashText(steps[$0].hash) }
            let answers = steps.indices.lazy.map { index in
                CardBook.Answer(
                    rating: Rating(rawValue: Int(steps[index].rating))!, time: steps[index].time,
                    milliseconds: Int(steps[index].milliseconds), factHash: index == latest ? latestHash : nil)
            }
            book.apply(answers, to: keys[card]!, scheduler: scheduler, calendar: calendar)
        }
        return book
    }

    /// Puts the reviews no undo cancels first, grouped by card in journal order, and the
    /// rest after them; returns where each card's begin (with their end as a last element).
    mutating func groupByCard() -> [Int] {
        resolveLinks()
        var starts = [Int](repeating: 0, count: cards.count + 1)
        for step in steps where step.rating != 0 { starts[Int(step.card) + 1] += 1 }
        for card in 0..<cards.count { starts[card + 1] += starts[card] }
        // Each step's place, kept in its link (not needed once undos are resolved), then the
        // steps moved there along the permutation's cycles: no second array of a million.
        var next = starts
        var rest = starts[cards.count]
        // Through the buffer: a million swaps, each checked for a shared array, cost more
        // than the grouping itself.
        steps.withUnsafeMutableBufferPointer { steps in
            for index in steps.indices {
                if steps[index].rating != 0 {
                    steps[index].link = UInt64(next[Int(steps[index].card)])
                    next[Int(steps[index].card)] += 1
                } else {
                    steps[index].link = UInt64(rest)
                    rest += 1
                }
            }
            for index in steps.indices {
                while steps[index].link != UInt64(index) { steps.swapAt(index, Int(steps[index].link)) }
            }
        }
        return starts
    }

    /// Marks the reviews an undo cancels, and the overrides, as undos too (rating 0), and
    /// gives each review overridden its new rating, so that only the reviews that count are
    /// left rated, each as it counts.
    private mutating func resolveLinks() {
        guard hasLinks else { return }
        // Undos without an id, waiting per card; ids named by undos, waiting for their review;
        // the rating each overridden review is to have.
        var waiting: [Int32: Int] = [:]
        var named: [UInt64: Int] = [:]
        var overriding: [UInt64: UInt8] = [:]
        for index in steps.indices.reversed() {
            let step = steps[index]
            if step.rating > Self.overridden {
                if overriding[step.link] == nil { overriding[step.link] = step.rating - Self.overridden }
                steps[index].rating = 0
            } else if step.rating == 0 {
                if step.link != 0 { named[step.link, default: 0] += 1 } else { waiting[step.card, default: 0] += 1 }
            } else if step.link != 0, let count = named[step.link], count > 0 {
                named[step.link] = count - 1
                steps[index].rating = 0
            } else if let count = waiting[step.card], count > 0 {
                waiting[step.card] = count - 1
                steps[index].rating = 0
            } else if step.link != 0, let rating = overriding[step.link] {
                steps[index].rating = rating
            }
        }
    }
}
