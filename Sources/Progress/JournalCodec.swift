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
            fields.append("\"card\":" + quoted(review.card))
            fields.append("\"time\":" + quoted(review.time.iso))
            fields.append("\"rating\":\(review.rating.rawValue)")
            if let verdict = review.verdict { fields.append("\"verdict\":" + quoted(verdict)) }
            if let answer = review.answer { fields.append("\"answer\":" + quoted(answer)) }
            if let ms = review.milliseconds { fields.append("\"ms\":\(ms)") }
            if let mode = review.mode { fields.append("\"mode\":" + quoted(mode)) }
            if let hash = review.factHash { fields.append("\"hash\":" + quoted(hash)) }
        case .undo(let card, let time):
            fields.append("\"type\":\"undo\"")
            fields.append("\"card\":" + quoted(card))
            fields.append("\"time\":" + quoted(time.iso))
        }
        return "{" + fields.joined(separator: ",") + "}\n"
    }

    /// A JSON string literal, with control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    // MARK: - Reading

    /// Parses one line (without its newline).
    public static func entry(from line: ArraySlice<UInt8>) throws(LineError) -> JournalEntry {
        var scanner = FlatObjectScanner(bytes: line)
        var card: String?, time: Timestamp?, rating: Int?, type: String?
        var answer: String?, verdict: String?, ms: Int?, mode: String?, hash: String?
        var version = 1
        while let key = try scanner.nextKey() {
            if key.elementsEqual("card".utf8) {
                card = try scanner.string()
            } else if key.elementsEqual("time".utf8) {
                time = try scanner.string().flatMap(Timestamp.init(iso:))
            } else if key.elementsEqual("rating".utf8) {
                rating = try scanner.integer()
            } else if key.elementsEqual("type".utf8) {
                type = try scanner.string()
            } else if key.elementsEqual("answer".utf8) {
                answer = try scanner.string()
            } else if key.elementsEqual("verdict".utf8) {
                verdict = try scanner.string()
            } else if key.elementsEqual("ms".utf8) {
                ms = try scanner.integer()
            } else if key.elementsEqual("mode".utf8) {
                mode = try scanner.string()
            } else if key.elementsEqual("hash".utf8) {
                hash = try scanner.string()
            } else if key.elementsEqual("v".utf8) {
                version = try scanner.integer() ?? 1
            } else {
                try scanner.skipValue()
            }
        }
        guard version <= Self.version else { throw .newerVersion(version) }
        guard let card, !card.isEmpty else { throw .malformed("no card") }
        guard let time else { throw .malformed("no valid time") }
        switch type {
        case nil, "review":
            guard let rating, let value = Rating(rawValue: rating) else { throw .malformed("no rating from 1 to 4") }
            return .review(ReviewRecord(card: card, time: time, rating: value, answer: answer, verdict: verdict,
                                        milliseconds: ms, mode: mode, factHash: hash))
        case "undo":
            return .undo(card: card, time: time)
        case let other?:
            throw .malformed("unknown entry type '\(other)'")
        }
    }
}
