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
