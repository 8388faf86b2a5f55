import DeckModel
import Scheduler

/// Writes and reads journal lines.
///
/// Lines are flat JSON objects. Reading is a hand-written scanner rather than
/// `JSONSerialization`, because a year of study is a million lines and the cold rebuild has
/// to read them all in about a second. It accepts any flat object with the fields in any
/// order (so journals written by other tools load too), and skips fields it does not know.
public enum JournalCodec {
    /// The journal format this build writes; a line with a higher `v` is refused.
    public static let version = 1

    public enum LineError: Error, Equatable, Sendable {
        case malformed(String)
        /// Written by a newer Recall.
        case newerVersion(Int)
    }

    // MARK: - Writing

    public static func line(for entry: JournalEntry) -> String {
        var fields: [String] = []
        switch entry {
        case .review(let review):
            if let id = review.id { fields.append("\"id\":" + quoted(id)) }
            fields.append("\"card\":" + quoted(review.card.description))
            fields.append("\"time\":" + quoted(review.time.iso))
            fields.append("\"rating\":\(review.rating.rawValue)")
            if let verdict = review.verdict { fields.append("\"verdict\":" + quoted(verdict.rawValue)) }
            if let answer = review.answer { fields.append("\"answer\":" + quoted(answer)) }
            if let ms = review.milliseconds { fields.append("\"ms\":\(ms)") }
            if let mode = review.mode { fields.append("\"mode\":" + quoted(mode.rawValue)) }
            if let hash = review.factHash { fields.append("\"hash\":" + quoted(hash)) }
            if let choice = review.choice { fields.append("\"choice\":\(choice)") }
            if review.practice { fields.append("\"practice\":true") }
        case .undo(let card, let time, let undoes):
            fields.append("\"type\":\"undo\"")
            fields.append("\"card\":" + quoted(card.description))
            fields.append("\"time\":" + quoted(time.iso))
            if let undoes { fields.append("\"undoes\":" + quoted(undoes)) }
        case .override(let card, let time, let overrides, let rating):
            fields.append("\"type\":\"override\"")
            fields.append("\"card\":" + quoted(card.description))
            fields.append("\"time\":" + quoted(time.iso))
            fields.append("\"overrides\":" + quoted(overrides))
            fields.append("\"rating\":\(rating.rawValue)")
            fields.append("\"verdict\":\"correct\"")
        }
        return "{" + fields.joined(separator: ",") + "}\n"
    }

    /// A JSON string literal.
    private static let quoted = QuotedText.quote

    // MARK: - Reading

    /// Parses one line (without its newline).
    public static func entry(from line: ArraySlice<UInt8>) throws(LineError) -> JournalEntry {
        let fields = try JournalFields(line: line)
        let card = try fields.cardKey()
        func text(_ raw: ArraySlice<UInt8>?) throws(LineError) -> String? {
            guard let raw else { return nil }
            do {
                return try ByteCursor.decode(raw)
            } catch {
                throw .malformed(error.reason)
            }
        }
        /// What the replay does not read is read leniently, so that a line counts the same
        /// either way: a bad escape there is kept as written.
        func lenient(_ raw: ArraySlice<UInt8>?) -> String? {
            raw.map { (try? ByteCursor.decode($0)) ?? String(decoding: $0, as: UTF8.self) }
        }
        switch try fields.kind() {
        case .review(let rating):
            // A verdict or mode this build does not name (another tool's) reads as unknown.
            return .review(
                ReviewRecord(
                    card: card, time: fields.time!, rating: rating, answer: lenient(fields.answer),
                    verdict: lenient(fields.verdict).flatMap(ReviewRecord.Verdict.init(rawValue:)),
                    milliseconds: fields.milliseconds,
                    mode: lenient(fields.mode).flatMap(ReviewRecord.Mode.init(rawValue:)),
                    factHash: try text(fields.hash), id: lenient(fields.id), choice: fields.choice,
                    practice: fields.practice))
        case .undo:
            return .undo(card: card, time: fields.time!, undoes: lenient(fields.undoes))
        case .override(let rating):
            return .override(card: card, time: fields.time!, overrides: lenient(fields.overrides)!, rating: rating)
        }
    }
}

/// The fields of one journal line, read without making strings of them: the journal's
/// reader and its fast replay (`ReplayLog`) both start here.
struct JournalFields {
    typealias LineError = JournalCodec.LineError

    /// Raw string bytes, escapes left in.
    var card, type, answer, verdict, mode, hash, id, undoes, overrides: ArraySlice<UInt8>?
    var time: Timestamp?
    var rating: Int?
    var milliseconds: Int?
    /// A quiz answer that does not count for scheduling.
    var practice = false
    /// The chosen option's index, from 1.
    var choice: Int?
    var version = 1

    private static let cardKey = FlatObjectScanner.key("card"), timeKey = FlatObjectScanner.key("time")
    private static let ratingKey = FlatObjectScanner.key("rating"), typeKey = FlatObjectScanner.key("type")
    private static let answerKey = FlatObjectScanner.key("answer"), verdictKey = FlatObjectScanner.key("verdict")
    private static let msKey = FlatObjectScanner.key("ms"), modeKey = FlatObjectScanner.key("mode")
    private static let hashKey = FlatObjectScanner.key("hash"), versionKey = FlatObjectScanner.key("v")
    private static let idKey = FlatObjectScanner.key("id"), undoesKey = FlatObjectScanner.key("undoes")
    private static let overridesKey = FlatObjectScanner.key("overrides")
    private static let practiceKey = FlatObjectScanner.key("practice"), choiceKey = FlatObjectScanner.key("choice")

    init(line: ArraySlice<UInt8>) throws(LineError) {
        var scanner = FlatObjectScanner(bytes: line)
        while let key = try scanner.nextKey() {
            switch key {
            case Self.cardKey: card = try scanner.rawString()
            case Self.timeKey:
                guard let raw = try scanner.rawString() else { continue }
                guard let parsed = Timestamp(iso: raw), Timestamp.recallRange.contains(parsed) else {
                    throw .malformed("no valid time")
                }
                time = parsed
            case Self.ratingKey: rating = try scanner.integer()
            case Self.typeKey: type = try scanner.rawString()
            case Self.answerKey: answer = try scanner.rawString()
            case Self.verdictKey: verdict = try scanner.rawString()
            case Self.msKey: milliseconds = try scanner.integer()
            case Self.modeKey: mode = try scanner.rawString()
            case Self.hashKey: hash = try scanner.rawString()
            case Self.versionKey: version = try scanner.integer() ?? 1
            case Self.idKey: id = try scanner.rawString()
            case Self.undoesKey: undoes = try scanner.rawString()
            case Self.overridesKey: overrides = try scanner.rawString()
            case Self.practiceKey: practice = try scanner.boolean() ?? false
            case Self.choiceKey: choice = try scanner.integer()
            default: try scanner.skipValue()
            }
        }
        guard version <= JournalCodec.version else { throw .newerVersion(version) }
        guard let card, !card.isEmpty else { throw .malformed("no card") }
        guard time != nil else { throw .malformed("no valid time") }
    }

    enum Kind {
        case review(Rating)
        case undo
        /// The new rating of the review `overrides` names.
        case override(Rating)
    }

    /// What the line records: a review with its rating, an undo, or an override.
    func kind() throws(LineError) -> Kind {
        switch type.map({ String(decoding: $0, as: UTF8.self) }) {
        case nil, "review":
            guard let rating, let value = Rating(rawValue: rating) else { throw .malformed("no rating from 1 to 4") }
            return .review(value)
        case "undo":
            return .undo
        case "override":
            guard let rating, let value = Rating(rawValue: rating) else { throw .malformed("no rating from 1 to 4") }
            guard let overrides, !overrides.isEmpty else { throw .malformed("an override that names no review") }
            return .override(value)
        case let other?:
            throw .malformed("unknown entry type '\(other)'")
        }
    }

    /// The card key.
    func cardKey() throws(LineError) -> CardKey {
        let text: String
        do {
            text = try ByteCursor.decode(card!)
        } catch {
            throw .malformed(error.reason)
        }
        guard let key = CardKey(text) else { throw .malformed("not a card key") }
        return key
    }
}
