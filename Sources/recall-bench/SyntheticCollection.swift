import DeckFormat
import DeckModel
import Foundation
import Questions
import Review
import Scheduler
import Storage

/// A large made-up collection, laid out as `$RECALL_HOME`: a deck of mixed facts in
/// `decks/`, and a journal of reviews spread over two years.
struct SyntheticCollection {
    let home: String
    let deckPath: String
    let journalPath: String
    let generator: QuestionGenerator
    /// The instant the journal ends: the benchmark's "now".
    let end: Timestamp

    var snapshotPath: String { home + "/" + ProgressStore.snapshotName }

    /// Writes the deck and the journal into `home`.
    static func create(in home: String, facts: Int, reviews: Int, days: Int, end: Timestamp) throws
        -> SyntheticCollection
    {
        let decks = home + "/decks"
        try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
        let deckPath = decks + "/big.yaml"
        try Data(deckYAML(facts: facts).utf8).write(to: URL(fileURLWithPath: deckPath))
        guard let deck = DeckLoader.load(path: deckPath).deck else {
            throw BenchError("the synthetic deck does not load")
        }
        let generator = QuestionGenerator(deck: deck)
        let journalPath = home + "/" + ProgressStore.journalName
        try writeJournal(to: journalPath, generator: generator, reviews: reviews, days: days, end: end)
        return SyntheticCollection(
            home: home, deckPath: deckPath, journalPath: journalPath, generator: generator, end: end)
    }

    /// A word from a counter ("Ka", "Lo", …, "Kalo"): unique and pronounceable.
    static func word(_ n: Int) -> String {
        let syllables = [
            "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gu", "he", "ji", "bo", "fe",
        ]
        var n = n
        var text = ""
        repeat {
            text += syllables[n % syllables.count]
            n /= syllables.count
        } while n > 0
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The deck file's text. Facts come in runs of twenty: a term, seven dates, seven sets
    /// drawing on twenty pools, a sequence, a number, two eight-blank clozes and a question,
    /// which gives about 4.8 cards a fact.
    static func deckYAML(facts: Int) -> String {
        let pools = 20, poolSize = 40
        func member(_ pool: Int, _ n: Int) -> String { word(1_000_000 + pool * poolSize + n % poolSize) }
        var out = "recall: 1\nid: big\ntitle: \"Synthetic deck\"\npools:\n"
        for pool in 0..<pools {
            out +=
                "  thing\(pool): [" + (0..<poolSize).map { "\"\(member(pool, $0))\"" }.joined(separator: ", ") + "]\n"
        }
        out += "facts:\n"
        for index in 0..<facts {
            let w = (0..<8).map { word(index * 8 + $0) }
            out += "  - {id: f\(index), "
            switch index % 20 {
            case 0: out += "term: \"\(w[0].uppercased())\", means: \"\(w[1]) \(w[2]) \(w[3])\"}\n"
            case 1...7:
                let year = 1800 + index * 7 % 220, month = 1 + index % 12, day = 1 + index * 3 % 28
                out += "date: \"The \(w[0]) \(w[1]) was signed\", when: \"\(year)-\(pad(month))-\(pad(day))\"}\n"
            case 8...14:
                let pool = index % pools
                let members = (0..<(3 + index % 3)).map { "\"\(member(pool, index + $0 * 7))\"" }
                out +=
                    "set: \"members of the \(w[0]) \(w[1])\", members: [\(members.joined(separator: ", "))], pool: "
                    + "thing\(pool)}\n"
            case 15:
                out +=
                    "sequence: \"stages of the \(w[0])\", items: [\"\(w[1])\", \"\(w[2])\", \"\(w[3])\", "
                    + "\"\(w[4])\"]}\n"
            case 16: out += "number: \"number of \(w[0]) in \(w[1])\", value: \(10 + index % 5000), tolerance: 2}\n"
            case 17, 18:
                out +=
                    "cloze: \"The {{\(w[0])}} of {{\(w[1])}} met {{\(w[2])}}, {{\(w[3])}}, {{\(w[4])}}, {{\(w[5])}}, "
                    + "{{\(w[6])}} and {{\(w[7])}}.\"}\n"
            default:
                out +=
                    "question: \"Where is the \(w[0]) \(w[1])?\", answer: \"\(w[2])\", wrong: [\"\(w[3])\", "
                    + "\"\(w[4])\", \"\(w[5])\"]}\n"
            }
        }
        return out
    }

    private static func pad(_ n: Int) -> String {
        n < 10 ? "0\(n)" : "\(n)"
    }

    /// `reviews` journal lines over `days` days ending at `end`: new cards introduced
    /// steadily in deck order, others answered again at random, rated Again 15 %, Hard 10 %,
    /// Good 65 %, Easy 10 %, with one answer in 500 undone.
    private static func writeJournal(
        to path: String, generator: QuestionGenerator, reviews: Int, days: Int, end: Timestamp
    ) throws {
        let cards = generator.cardKeys
        guard !cards.isEmpty else { throw BenchError("the synthetic deck has no cards") }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw BenchError("cannot create \(path)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var random = SeededRandom(seed: 2026)
        let start = end.microseconds - Int64(days) * Timestamp.microsecondsPerDay
        let step = (end.microseconds - start) / Int64(max(reviews, 1))
        var introduced = 0
        var buffer = ""
        for index in 0..<reviews {
            let card: CardKey
            if introduced < cards.count && (introduced == 0 || random.below(10) == 0) {
                card = cards[introduced]
                introduced += 1
            } else {
                card = cards[random.below(introduced)]
            }
            let roll = random.below(100)
            let rating: Rating = roll < 15 ? .again : roll < 25 ? .hard : roll < 90 ? .good : .easy
            let time = Timestamp(microseconds: start + Int64(index) * step)
            let review = ReviewRecord(
                card: card, time: time, rating: rating, answer: SyntheticCollection.word(index),
                verdict: rating == .again ? .wrong : .correct, milliseconds: 2000 + random.below(8000), mode: .study,
                factHash: generator.factHashes[card.fact])
            buffer += JournalCodec.line(for: .review(review))
            if index % 500 == 499 {
                buffer += JournalCodec.line(for: .undo(card: card, time: time))
            }
            if buffer.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        try handle.write(contentsOf: Data(buffer.utf8))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
