import DeckModel
import Scheduler

/// Reads the snapshot's fixed shape straight into a card book, without a JSON tree in
/// between (see `SnapshotCodec`).
struct SnapshotReader {
    enum Failure: Error {
        case malformed(ByteCursor.Malformed)
        case problem(SnapshotCodec.Problem)
    }

    var cursor: ByteCursor

    mutating func snapshot() throws(Failure) -> (CardBook, SnapshotCodec.Coverage) {
        var coverage: SnapshotCodec.Coverage?
        var cards: [CardKey: CardBook.Entry] = [:]
        var tallies: [CardBook.TallyKey: CardBook.Tally] = [:]
        var seen: Set<String> = []
        var basis: SnapshotCodec.Basis?
        try read { cursor throws(ByteCursor.Malformed) in try cursor.expect(UInt8(ascii: "{")) }
        guard try key() == "format" else { throw .problem(.corrupt("no format version first")) }
        guard let version = try read({ cursor throws(ByteCursor.Malformed) in try cursor.integer() }) else {
            throw .problem(.corrupt("no format version"))
        }
        guard version <= SnapshotCodec.format else { throw .problem(.newerFormat(version)) }
        while try read({ cursor throws(ByteCursor.Malformed) in cursor.consume(UInt8(ascii: ",")) }) {
            let name = try key()
            seen.insert(name)
            switch name {
            case "journal": coverage = try journal()
            case "basis": basis = try self.basis()
            case "cardCount":
                // Room for exactly the cards: an estimate from the size would round the
                // table up to twice what it needs. No row is under 60 bytes, whatever the count says.
                cards.reserveCapacity(min(max(0, try integer()), cursor.bytes.count / 60))
            case "cards":
                // Snapshots from before the count was written: rows run to some 260 bytes.
                if cards.capacity == 0 { cards.reserveCapacity(cursor.bytes.count / 260) }
                try eachRow { reader throws(Failure) in
                    let (key, entry) = try reader.cardRow()
                    cards[key] = entry
                }
            case "tallies":
                try eachRow { reader throws(Failure) in
                    let (key, tally) = try reader.tallyRow()
                    tallies[key] = tally
                }
            default: try read { cursor throws(ByteCursor.Malformed) in try cursor.skipValue() }
            }
        }
        try read { cursor throws(ByteCursor.Malformed) in
            try cursor.expect(UInt8(ascii: "}"))
            cursor.skipSpaces()
            guard cursor.atEnd else { throw cursor.fail("text after the snapshot") }
        }
        guard var coverage, seen.isSuperset(of: ["cards", "tallies"]) else {
            throw .problem(.corrupt("missing fields"))
        }
        // States with no journal under them would be counted twice by a replay.
        guard coverage.bytes >= 0, coverage.entries >= 0, coverage.bytes > 0 || cards.isEmpty else {
            throw .problem(.corrupt("a journal extent that does not fit its cards"))
        }
        coverage.basis = basis
        return (CardBook(cards: cards, tallies: tallies), coverage)
    }

    // MARK: - Parts

    private mutating func journal() throws(Failure) -> SnapshotCodec.Coverage {
        var coverage = SnapshotCodec.Coverage()
        var seen = 0
        try read { cursor throws(ByteCursor.Malformed) in try cursor.expect(UInt8(ascii: "{")) }
        repeat {
            switch try key() {
            case "bytes": coverage.bytes = try integer()
            case "entries": coverage.entries = try integer()
            case "lastLine":
                guard let text = try read({ cursor throws(ByteCursor.Malformed) in try cursor.string() }),
                    let value = UInt64(text, radix: 16)
                else { throw .problem(.corrupt("a bad lastLine")) }
                coverage.lastLine = value
            case "prefix":
                guard let text = try read({ cursor throws(ByteCursor.Malformed) in try cursor.string() }),
                    let prefix = PrefixHash(text: text)
                else { throw .problem(.corrupt("a bad prefix")) }
                coverage.prefix = prefix
                continue
            case "file":
                guard let text = try read({ cursor throws(ByteCursor.Malformed) in try cursor.string() }),
                    let file = SnapshotCodec.FileIdentity(text: text)
                else { throw .problem(.corrupt("a bad file identity")) }
                coverage.file = file
                continue
            default:
                try read { cursor throws(ByteCursor.Malformed) in try cursor.skipValue() }
                continue
            }
            seen += 1
        } while try read({ cursor throws(ByteCursor.Malformed) in cursor.consume(UInt8(ascii: ",")) })
        try read { cursor throws(ByteCursor.Malformed) in try cursor.expect(UInt8(ascii: "}")) }
        guard seen == 3 else { throw .problem(.corrupt("missing fields")) }
        return coverage
    }

    /// `{"zone": …, "scheduling": …}`.
    private mutating func basis() throws(Failure) -> SnapshotCodec.Basis {
        var zone: String?
        var scheduling: String?
        try read { cursor throws(ByteCursor.Malformed) in
            try cursor.object { cursor, key throws(ByteCursor.Malformed) in
                switch key {
                case "zone": zone = try cursor.string()
                case "scheduling": scheduling = try cursor.string()
                default: try cursor.skipValue()
                }
            }
        }
        guard let zone, let scheduling else { throw .problem(.corrupt("a basis without its zone or settings")) }
        return SnapshotCodec.Basis(zone: zone, scheduling: scheduling)
    }

    /// `[key, state, previous, firstReview, lastContribution, factHash]`.
    private mutating func cardRow() throws(Failure) -> (CardKey, CardBook.Entry) {
        try read { cursor throws(ByteCursor.Malformed) in
            try cursor.expect(UInt8(ascii: "["))
            guard let text = try cursor.string(), let key = CardKey(text) else {
                throw cursor.fail("a card row without a card key")
            }
            try cursor.expect(UInt8(ascii: ","))
            guard let state = try Self.state(&cursor) else { throw cursor.fail("a card row without a state") }
            try cursor.expect(UInt8(ascii: ","))
            let previous = try Self.state(&cursor)
            try cursor.expect(UInt8(ascii: ","))
            let firstReview = try cursor.integer().map { Timestamp(microseconds: Int64($0)) }
            try cursor.expect(UInt8(ascii: ","))
            let contribution = try Self.contribution(&cursor)
            try cursor.expect(UInt8(ascii: ","))
            let hash = try cursor.string()
            try cursor.expect(UInt8(ascii: "]"))
            return (
                key,
                CardBook.Entry(
                    state: state, previous: previous, firstReview: firstReview, lastContribution: contribution,
                    factHash: hash)
            )
        }
    }

    /// `[deck, day, answers, introduced, reviews, reviewsPassed, milliseconds]`.
    private mutating func tallyRow() throws(Failure) -> (CardBook.TallyKey, CardBook.Tally) {
        try read { cursor throws(ByteCursor.Malformed) in
            try cursor.expect(UInt8(ascii: "["))
            guard let deck = try cursor.string() else { throw cursor.fail("a tally row without a deck") }
            var numbers: [Int] = []
            for _ in 0..<6 {
                try cursor.expect(UInt8(ascii: ","))
                numbers.append(try Self.wholeNumber(&cursor))
            }
            try cursor.expect(UInt8(ascii: "]"))
            return (
                CardBook.TallyKey(deck: deck, day: numbers[0]),
                CardBook.Tally(
                    answers: numbers[1], introduced: numbers[2], reviews: numbers[3], reviewsPassed: numbers[4],
                    milliseconds: numbers[5])
            )
        }
    }

    /// `[phase, step, stability, difficulty, due, lastReview, reps, lapses]`, or null.
    private static func state(_ cursor: inout ByteCursor) throws(ByteCursor.Malformed) -> CardState? {
        cursor.skipSpaces()
        if cursor.consume(word: "null") { return nil }
        try cursor.expect(UInt8(ascii: "["))
        let phase = try Self.phase(&cursor)
        try cursor.expect(UInt8(ascii: ","))
        let step = try cursor.integer()
        try cursor.expect(UInt8(ascii: ","))
        let stability = try Self.exactNumber(&cursor)
        try cursor.expect(UInt8(ascii: ","))
        let difficulty = try Self.exactNumber(&cursor)
        try cursor.expect(UInt8(ascii: ","))
        let due = try cursor.integer().map { Timestamp(microseconds: Int64($0)) }
        try cursor.expect(UInt8(ascii: ","))
        let lastReview = try cursor.integer().map { Timestamp(microseconds: Int64($0)) }
        try cursor.expect(UInt8(ascii: ","))
        guard let reps = try cursor.integer() else { throw cursor.fail("a state without reps") }
        try cursor.expect(UInt8(ascii: ","))
        guard let lapses = try cursor.integer() else { throw cursor.fail("a state without lapses") }
        try cursor.expect(UInt8(ascii: "]"))
        // What a card state can hold (`CardState`), and no scheduler makes more of.
        guard (step ?? 0) >= 0, (step ?? 0) <= Int(Int16.max), (0...Int(Int32.max)).contains(reps),
            (0...Int(Int32.max)).contains(lapses), due.map({ $0.microseconds > Int64.min }) ?? true,
            lastReview.map({ $0.microseconds > Int64.min }) ?? true
        else { throw cursor.fail("a state out of range") }
        return CardState(
            phase: phase, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview,
            reps: reps, lapses: lapses)
    }

    /// A card phase by name, matched on its bytes.
    private static func phase(_ cursor: inout ByteCursor) throws(ByteCursor.Malformed) -> CardPhase {
        cursor.skipSpaces()
        let raw = try cursor.rawString()
        for phase in CardPhase.allCases where raw.elementsEqual(phase.rawValue.utf8) { return phase }
        throw cursor.fail("an unknown card phase")
    }

    /// A number written by `SnapshotWriter.exactNumber` (the hex digits of its bits), or null.
    private static func exactNumber(_ cursor: inout ByteCursor) throws(ByteCursor.Malformed) -> Double? {
        cursor.skipSpaces()
        if cursor.consume(word: "null") { return nil }
        guard cursor.peek() == UInt8(ascii: "\"") else { throw cursor.fail(Self.decimalNumber) }
        let raw = try cursor.rawString()
        var bits: UInt64 = 0
        for byte in raw {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: throw cursor.fail("a number's bits must be hex digits")
            }
            bits = bits << 4 | UInt64(digit)
        }
        guard raw.count == 16 else { throw cursor.fail("a number's bits must be 16 hex digits") }
        // NaN or infinity is never a stability or difficulty: the file was damaged.
        guard Double(bitPattern: bits).isFinite else { throw cursor.fail("a number that is not finite") }
        return Double(bitPattern: bits)
    }

    /// What a decimal where a number's bits belong is reported as (see `olderLayout`).
    static let decimalNumber = "a decimal where a number's bits belong"

    /// `[day, introduced, review, passed, milliseconds]`, or null.
    private static func contribution(_ cursor: inout ByteCursor) throws(ByteCursor.Malformed) -> CardBook.Contribution?
    {
        cursor.skipSpaces()
        if cursor.consume(word: "null") { return nil }
        try cursor.expect(UInt8(ascii: "["))
        let day = try wholeNumber(&cursor)
        try cursor.expect(UInt8(ascii: ","))
        let introduced = try wholeNumber(&cursor) == 1
        try cursor.expect(UInt8(ascii: ","))
        let review = try wholeNumber(&cursor) == 1
        try cursor.expect(UInt8(ascii: ","))
        let passed = try wholeNumber(&cursor) == 1
        try cursor.expect(UInt8(ascii: ","))
        let milliseconds = try wholeNumber(&cursor)
        try cursor.expect(UInt8(ascii: "]"))
        return CardBook.Contribution(
            day: day, introduced: introduced, review: review, passed: passed, milliseconds: milliseconds)
    }

    /// A whole number that must be there (not null).
    private static func wholeNumber(_ cursor: inout ByteCursor) throws(ByteCursor.Malformed) -> Int {
        guard let number = try cursor.integer() else { throw cursor.fail("a null where a number belongs") }
        return number
    }

    /// Reads an array, each of its rows by `row`.
    private mutating func eachRow(_ row: (inout SnapshotReader) throws(Failure) -> Void) throws(Failure) {
        try read { cursor throws(ByteCursor.Malformed) in try cursor.expect(UInt8(ascii: "[")) }
        if try read({ cursor throws(ByteCursor.Malformed) in cursor.consume(UInt8(ascii: "]")) }) { return }
        repeat {
            try row(&self)
        } while try read({ cursor throws(ByteCursor.Malformed) in cursor.consume(UInt8(ascii: ",")) })
        try read { cursor throws(ByteCursor.Malformed) in try cursor.expect(UInt8(ascii: "]")) }
    }

    private mutating func key() throws(Failure) -> String {
        try read { cursor throws(ByteCursor.Malformed) in
            cursor.skipSpaces()
            let key = try ByteCursor.decode(try cursor.rawString())
            try cursor.expect(UInt8(ascii: ":"))
            return key
        }
    }

    private mutating func integer() throws(Failure) -> Int {
        try read { cursor throws(ByteCursor.Malformed) in try Self.wholeNumber(&cursor) }
    }

    private mutating func read<T>(_ body: (inout ByteCursor) throws(ByteCursor.Malformed) -> T) throws(Failure) -> T {
        do {
            return try body(&cursor)
        } catch {
            throw .malformed(error)
        }
    }
}
