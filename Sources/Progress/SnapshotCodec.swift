import Scheduler

/// `progress.json`: every card's state and the day tallies, with the format version and
/// how much of the journal the snapshot covers.
///
/// Cards are written as compact arrays, one per line, so that a collection of 100,000
/// cards stays a few megabytes and loads quickly.
public enum SnapshotCodec {
    /// The snapshot format this build writes; a file with a higher one is refused.
    public static let format = 1

    /// The part of the journal a snapshot already includes.
    public struct Coverage: Sendable, Equatable {
        /// Bytes of the journal applied (always ending at a line break).
        public var bytes: Int
        /// Entries (lines) applied.
        public var entries: Int
        /// FNV-1a of the last covered line, to notice a journal that was replaced.
        public var lastLine: UInt64

        public init(bytes: Int = 0, entries: Int = 0, lastLine: UInt64 = 0) {
            self.bytes = bytes
            self.entries = entries
            self.lastLine = lastLine
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        case corrupt(String)
        case newerFormat(Int)
    }

    // MARK: - Writing

    public static func encode(_ book: CardBook, coverage: Coverage, written: Timestamp) -> [UInt8] {
        var out = "{\"format\":\(format),\"written\":\"\(written.iso)\",\n"
        out += "\"journal\":{\"bytes\":\(coverage.bytes),\"entries\":\(coverage.entries),\"lastLine\":\"\(String(coverage.lastLine, radix: 16))\"},\n"
        out += "\"cards\":["
        var first = true
        for key in book.cards.keys.sorted() {
            let entry = book.cards[key]!
            out += first ? "\n" : ",\n"
            first = false
            out += "[" + JournalCodec.quoted(key) + "," + state(entry.state) + "," + (entry.previous.map(state) ?? "null")
                + "," + time(entry.firstReview) + "," + contribution(entry.lastContribution) + "," + (entry.factHash.map(JournalCodec.quoted) ?? "null") + "]"
        }
        out += "],\n\"tallies\":["
        first = true
        for (key, tally) in book.tallies.sorted(by: { ($0.key.deck, $0.key.day) < ($1.key.deck, $1.key.day) }) {
            out += first ? "\n" : ",\n"
            first = false
            out += "[" + JournalCodec.quoted(key.deck) + ",\(key.day),\(tally.answers),\(tally.introduced),\(tally.reviews),\(tally.reviewsPassed),\(tally.milliseconds)]"
        }
        out += "]}\n"
        return Array(out.utf8)
    }

    private static func state(_ s: CardState) -> String {
        "[\"\(s.phase.rawValue)\",\(s.step.map(String.init) ?? "null"),\(number(s.stability)),\(number(s.difficulty)),"
            + "\(time(s.due)),\(time(s.lastReview)),\(s.reps),\(s.lapses)]"
    }

    private static func contribution(_ c: CardBook.Contribution?) -> String {
        guard let c else { return "null" }
        return "[\(c.day),\(c.introduced ? 1 : 0),\(c.review ? 1 : 0),\(c.passed ? 1 : 0),\(c.milliseconds)]"
    }

    private static func number(_ value: Double?) -> String {
        value.map { "\($0)" } ?? "null"
    }

    private static func time(_ value: Timestamp?) -> String {
        value.map { "\($0.microseconds)" } ?? "null"
    }

    // MARK: - Reading

    public static func decode(_ bytes: [UInt8]) throws(Problem) -> (CardBook, Coverage) {
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            throw .corrupt("not JSON (at byte \(error.offset): \(error.reason))")
        }
        guard let version = root["format"]?.integer else { throw .corrupt("no format version") }
        guard version <= format else { throw .newerFormat(version) }
        guard let journal = root["journal"], let coveredBytes = journal["bytes"]?.integer,
              let entries = journal["entries"]?.integer,
              let lastLine = journal["lastLine"]?.string.flatMap({ UInt64($0, radix: 16) }),
              let cardRows = root["cards"]?.array, let tallyRows = root["tallies"]?.array
        else { throw .corrupt("missing fields") }
        var cards: [String: CardBook.Entry] = [:]
        cards.reserveCapacity(cardRows.count)
        for row in cardRows {
            guard let fields = row.array, fields.count == 6, let key = fields[0].string, let current = state(fields[1]) else {
                throw .corrupt("a card row is malformed")
            }
            cards[key] = CardBook.Entry(
                state: current, previous: state(fields[2]), firstReview: fields[3].integer.map { Timestamp(microseconds: Int64($0)) },
                lastContribution: contribution(fields[4]), factHash: fields[5].string)
        }
        var tallies: [CardBook.TallyKey: CardBook.Tally] = [:]
        for row in tallyRows {
            guard let f = row.array, f.count == 7, let deck = f[0].string, let day = f[1].integer,
                  let numbers = Optional(f[2...].compactMap(\.integer)), numbers.count == 5
            else { throw .corrupt("a tally row is malformed") }
            tallies[CardBook.TallyKey(deck: deck, day: day)] = CardBook.Tally(
                answers: numbers[0], introduced: numbers[1], reviews: numbers[2], reviewsPassed: numbers[3], milliseconds: numbers[4])
        }
        return (CardBook(cards: cards, tallies: tallies), Coverage(bytes: coveredBytes, entries: entries, lastLine: lastLine))
    }

    private static func state(_ value: JSONValue) -> CardState? {
        guard let f = value.array, f.count == 8, let phase = f[0].string.flatMap(CardPhase.init(rawValue:)),
              let reps = f[6].integer, let lapses = f[7].integer
        else { return nil }
        func time(_ v: JSONValue) -> Timestamp? { v.integer.map { Timestamp(microseconds: Int64($0)) } }
        return CardState(
            phase: phase, step: f[1].integer, stability: f[2].number, difficulty: f[3].number,
            due: time(f[4]), lastReview: time(f[5]), reps: reps, lapses: lapses)
    }

    private static func contribution(_ value: JSONValue) -> CardBook.Contribution? {
        guard let f = value.array, f.count == 5, let day = f[0].integer, let ms = f[4].integer else { return nil }
        return CardBook.Contribution(day: day, introduced: f[1].integer == 1, review: f[2].integer == 1,
                                     passed: f[3].integer == 1, milliseconds: ms)
    }

    /// FNV-1a of a line's bytes.
    public static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
