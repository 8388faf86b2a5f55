import DeckModel
import Scheduler
import TestSupport
import Testing

@testable import Review

@Suite struct SnapshotCodecTests {
    /// A book from a random journal, written and read back, is the same book.
    @Test func aBookReadsBackExactly() throws {
        var random = SplitMix64(state: 11)
        var entries: [JournalEntry] = []
        var clock = time("2026-01-01T08:00:00Z").microseconds
        for _ in 0..<400 {
            clock += Int64.random(in: 1...400_000, using: &random) * 1_000_000
            let card: CardKey =
                "d\(Int.random(in: 0..<3, using: &random))/f\(Int.random(in: 0..<30, using: &random))/answer"
            entries.append(
                .review(
                    ReviewRecord(
                        card: card, time: Timestamp(microseconds: clock),
                        rating: Rating(rawValue: Int.random(in: 1...4, using: &random))!,
                        milliseconds: Int.random(in: 0..<9000, using: &random), factHash: "0123456789abcdef")))
        }
        let book = CardBook.rebuild(from: entries, scheduler: fsrs, calendar: utc)
        let coverage = SnapshotCodec.Coverage(bytes: 1234, entries: 400, lastLine: 0xfeed)
        let (read, readCoverage) = try SnapshotCodec.decode(
            SnapshotCodec.encode(book, coverage: coverage, written: time("2026-02-01T00:00:00Z")))
        #expect(read.cards == book.cards)
        #expect(read.tallies == book.tallies)
        #expect(readCoverage == coverage)
    }

    /// The snapshot is handed over in pieces of about the size asked for, never whole, and
    /// the pieces make the same file; the card count comes before the cards.
    @Test func theSnapshotIsWrittenInPieces() throws {
        var entries: [JournalEntry] = []
        for index in 0..<600 {
            let when = Timestamp(microseconds: time("2026-01-01T08:00:00Z").microseconds + Int64(index) * 60_000_000)
            entries.append(.review(review("d/f\(index)/answer", .good, when.iso)))
        }
        let book = CardBook.rebuild(from: entries, scheduler: fsrs, calendar: utc)
        let coverage = SnapshotCodec.Coverage(bytes: 99, entries: 600, lastLine: 1)
        let written = time("2026-02-01T00:00:00Z")
        var pieces: [[UInt8]] = []
        SnapshotCodec.encode(book, coverage: coverage, written: written, piece: 4096) { pieces.append(Array($0)) }
        #expect(pieces.count > 20)
        #expect(pieces.allSatisfy { $0.count < 4096 + 400 })
        let whole = SnapshotCodec.encode(book, coverage: coverage, written: written)
        #expect(pieces.flatMap { $0 } == whole)
        #expect(String(decoding: whole, as: UTF8.self).contains("\"cardCount\":600,\n\"cards\":["))
        #expect(try SnapshotCodec.decode(whole).0.cards == book.cards)
    }

    /// A state holds what no scheduler exceeds: a negative step or count is damage.
    @Test func aStateOutOfRangeIsCorrupt() throws {
        for state in [
            #"["learning",-1,null,null,null,null,0,0]"#, #"["review",null,null,null,null,null,-2,0]"#,
            #"["review",null,null,null,null,null,0,4294967296]"#, #"["review",40000,null,null,null,null,0,0]"#,
        ] {
            let text = """
                {"format":1,"written":"2026-01-10T12:00:00Z",
                "journal":{"bytes":10,"entries":1,"lastLine":"ff"},
                "cards":[["d/f/answer",\(state),null,null,null,null]],"tallies":[]}
                """
            #expect(throws: SnapshotCodec.Problem.self) { try SnapshotCodec.decode(Array(text.utf8)) }
        }
    }

    /// A layout that was never released wrote stability and difficulty as decimals: such a
    /// snapshot is not read but reported, so that the store rebuilds it from the journal.
    @Test func decimalNumbersAreAnOlderLayout() throws {
        let text = """
            {"format":1,"written":"2026-01-10T12:00:00Z",
            "journal":{"bytes":10,"entries":1,"lastLine":"ff"},
            "cards":[
            ["d/f/answer",["review",null,3.2602,5.5,1768089600000000,1767801600000000,2,0],
            null,1767801600000000,null,null]],
            "tallies":[
            ["d",20460,1,1,0,0,1200]]}
            """
        #expect(throws: SnapshotCodec.Problem.olderLayout) { try SnapshotCodec.decode(Array(text.utf8)) }
    }
}
