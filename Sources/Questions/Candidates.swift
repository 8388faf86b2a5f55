import DeckModel

/// A source of distractor candidates, read by position: large decks have thousands of
/// candidates, so they are looked at one by one rather than gathered up front.
struct CandidateTier {
    let size: Int
    /// The candidate at a position (nil when that position holds none).
    let candidate: (Int) -> String?

    init(size: Int, candidate: @escaping (Int) -> String?) {
        self.size = size
        self.candidate = candidate
    }

    static func list(_ items: [String]) -> CandidateTier {
        CandidateTier(size: items.count) { items[$0] }
    }

    /// The same candidates, less those `keep` turns down.
    func filter(_ keep: @escaping (String) -> Bool) -> CandidateTier {
        CandidateTier(size: size) { position in candidate(position).flatMap { keep($0) ? $0 : nil } }
    }

    /// Every item of several lists, one after the other, found by binary search on the
    /// lists' running totals.
    static func concatenation(count: Int, items: @escaping (Int) -> [String]) -> CandidateTier {
        var ends: [Int] = []
        var total = 0
        for list in 0..<count {
            total += items(list).count
            ends.append(total)
        }
        return CandidateTier(size: total) { position in
            var (low, high) = (0, ends.count - 1)
            while low < high {
                let middle = (low + high) / 2
                if ends[middle] > position { high = middle } else { low = middle + 1 }
            }
            return items(low)[position - (low == 0 ? 0 : ends[low - 1])]
        }
    }
}

/// The candidates a multiple-choice question draws its wrong options from, in priority
/// order, and the right answers none of them may stand for. Each tier is worked out only
/// when the ones before it fall short, which they rarely do. With `right`, the option the
/// others stand beside, only candidates of a like form are taken (`OptionForm`).
struct DistractorSource {
    let tiers: [() -> CandidateTier]
    let excluding: [String]
    let right: String?

    init(excluding: [String], right: String? = nil, tiers: (() -> CandidateTier)...) {
        self.excluding = excluding
        self.right = right
        self.tiers = tiers
    }
}

/// Chooses positions that pass a test, without reading every position when there are many.
enum Sampler {
    /// Up to `count` positions of `0..<size` whose `key` is not nil; each chosen key is passed
    /// to `taken` before the next test, so keys can exclude each other. With `random`, in
    /// random order: a few random draws first, then (if they find too few) every position in
    /// shuffled order. Without, in order, stopping as soon as `count` are found.
    static func pick<Key>(
        size: Int, count: Int, random: inout SeededRandom?, key: (Int) -> Key?, taken: (Key) -> Void
    ) -> [Int] {
        guard size > 0, count > 0 else { return [] }
        var chosen: [Int] = []
        func consider(_ position: Int) {
            guard !chosen.contains(position), let found = key(position) else { return }
            taken(found)
            chosen.append(position)
        }
        guard var generator = random else {
            var position = 0
            while position < size && chosen.count < count {
                consider(position)
                position += 1
            }
            return chosen
        }
        defer { random = generator }
        if size > 64 {
            var attempts = 0
            while chosen.count < count && attempts < 8 * count + 16 {
                consider(generator.below(size))
                attempts += 1
            }
            if chosen.count == count { return chosen }
        }
        var order = Array(0..<size)
        generator.shuffle(&order)
        for position in order {
            guard chosen.count < count else { break }
            consider(position)
        }
        return chosen
    }
}

/// Where facts are, by kind, by kind and pool, and by kind and answer, built once per deck so
/// that finding a fact's siblings never compares every pair of facts.
struct FactIndex: Sendable {
    private var byKind: [FactKind: [Int]] = [:]
    private var byPool: [String: [Int]] = [:]
    private var byAnswer: [String: [Int]] = [:]
    /// The latest date the deck knows of (its events and `as-of` dates): no date option lies
    /// after it.
    private(set) var latest: PartialDate?
    /// Each term's meaning by the initials of its words (small words skipped), sorted.
    private var termInitials: [(initials: String, position: Int)] = []
    /// Number facts by value.
    private var byValue: [Double: [Int]] = [:]

    init(deck: Deck, vocabulary: DeckVocabulary) {
        for (position, fact) in deck.facts.enumerated() {
            var dates = [fact.asOf]
            if case .date(let date) = fact.content { dates.append(date.when) }
            for case let date? in dates where latest.map({ Chronology.isAfter(date, $0) }) ?? true {
                latest = date
            }
            byKind[fact.kind, default: []].append(position)
            if case .term(let term) = fact.content { termInitials.append((Acronym.initials(of: term.means), position)) }
            if case .number(let number) = fact.content { byValue[number.value.value, default: []].append(position) }
            if let pool = fact.pool {
                byPool[fact.kind.rawValue + "\u{1}" + pool, default: []].append(position)
            } else {
                for answer in Set(QuestionGenerator.answers(of: fact).map(vocabulary.identity)) {
                    byAnswer[fact.kind.rawValue + "\u{1}" + answer, default: []].append(position)
                }
            }
        }
        termInitials.sort { $0.initials < $1.initials }
    }

    /// Positions of the term facts whose meaning spells `letters` (an abbreviation's), found
    /// by binary search among the meanings' initials rather than by folding every meaning.
    func terms(spelling letters: [Character]) -> [Int] {
        let prefix = String(letters)
        var (low, high) = (0, termInitials.count)
        while low < high {
            let middle = (low + high) / 2
            if termInitials[middle].initials < prefix { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < termInitials.count, termInitials[low].initials.hasPrefix(prefix) {
            found.append(termInitials[low].position)
            low += 1
        }
        return found.sorted()
    }

    /// Positions of the number facts with this value.
    func numbers(withValue value: Double) -> [Int] {
        byValue[value] ?? []
    }

    /// Positions of the facts of a kind, in deck order.
    func facts(of kind: FactKind) -> [Int] {
        byKind[kind] ?? []
    }

    /// Positions of the facts of the same kind drawing on the same pool (the fact included).
    func group(of fact: Fact) -> [Int] {
        fact.pool.flatMap { byPool[fact.kind.rawValue + "\u{1}" + $0] } ?? []
    }

    /// Positions of the pool-less facts of a kind that have this answer.
    func facts(of kind: FactKind, withAnswer identity: String) -> [Int] {
        byAnswer[kind.rawValue + "\u{1}" + identity] ?? []
    }
}
