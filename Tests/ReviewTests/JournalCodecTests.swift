import Scheduler
import TestSupport
import Testing

@testable import Review

@Suite struct JournalCodecTests {
    func parse(_ line: String) throws -> JournalEntry {
        try JournalCodec.entry(from: Array(line.utf8)[...])
    }

    /// Found by the journal reader's fuzz target: a bad escape where only the reader looks
    /// (the answer) made the reader skip a line the replay counts.
    @Test func aLineCountsTheSameForTheReaderAndTheReplay() throws {
        let line = #"{"card":"d/f/when","time":"2026-12-01T09:00:00Z","rating":1,"answer":"\u00e9t\u00e","id":"\u12"}"#
        let entry = try JournalCodec.entry(from: ArraySlice(line.utf8))
        guard case .review(let review) = entry else { throw JournalCodec.LineError.malformed("not a review") }
        #expect(review.answer == #"\u00e9t\u00e"# && review.id == #"\u12"#)
        var log = ReplayLog()
        try log.append(line: ArraySlice(line.utf8))
        #expect(log.count == 1)
    }

    @Test func writesAndReadsBack() throws {
        let entry = JournalEntry.review(
            ReviewRecord(
                card: "sco/charter-signed/when", time: time("2026-01-10T12:00:00.125Z"), rating: .hard,
                answer: "7 \"July\"\n2002\t\u{1}", verdict: .partlyCorrect, milliseconds: 5300, mode: .study))
        let line = JournalCodec.line(for: entry)
        #expect(line.hasSuffix("}\n") && !line.dropLast().contains("\n"))
        #expect(try parse(String(line.dropLast())) == entry)
        let undo = JournalEntry.undo(card: "sco/x/when", time: time("2026-01-10T12:00:01Z"))
        #expect(try parse(String(JournalCodec.line(for: undo).dropLast())) == undo)
        let override = JournalEntry.override(
            card: "sco/x/when", time: time("2026-01-10T12:00:02Z"), overrides: "9f2c41d07a3be815", rating: .good)
        #expect(try parse(String(JournalCodec.line(for: override).dropLast())) == override)
        // An override must name its review and its rating.
        #expect(throws: JournalCodec.LineError.self) {
            try parse(#"{"type":"override","card":"d/f/when","time":"2026-01-10T12:00:02Z","rating":3}"#)
        }
        #expect(throws: JournalCodec.LineError.self) {
            try parse(#"{"type":"override","card":"d/f/when","time":"2026-01-10T12:00:02Z","overrides":"ab"}"#)
        }
    }

    @Test func readsLinesOtherToolsWrite() throws {
        let entry = try parse(
            #"  { "rating" : 3 , "extra": {"nested": [1, {"a": "}"}]}, "time":"2024-03-01T09:00:00+00:00", "#
                + #""card": "d/f/answer" } "#
        )
        #expect(entry == .review(ReviewRecord(card: "d/f/answer", time: time("2024-03-01T09:00:00Z"), rating: .good)))
        #expect(
            try parse(#"{"card":"d/f/answer","time":"2024-03-01T09:00:00Z","rating":4.0,"answer":null}"#).card
                == "d/f/answer")
    }

    /// Verdicts and modes are read by name; names another tool wrote read as unknown, and the
    /// line still counts.
    @Test func verdictsAndModesAreTyped() throws {
        let line =
            #"{"card":"d/f/answer","time":"2024-03-01T09:00:00Z","rating":2,"verdict":"partly correct","mode":"quiz"}"#
        guard case .review(let review) = try parse(line) else {
            Issue.record("not a review")
            return
        }
        #expect(review.verdict == .partlyCorrect && review.mode == .quiz)
        let other = #"{"card":"d/f/answer","time":"2024-03-01T09:00:00Z","rating":2,"verdict":"meh","mode":"app"}"#
        guard case .review(let unknown) = try parse(other) else {
            Issue.record("not a review")
            return
        }
        #expect(unknown.verdict == nil && unknown.mode == nil && unknown.rating == .hard)
    }

    @Test func aCardThatIsNotACardKeyIsRefused() {
        for card in ["a", "d/f", "d//answer", "d/f/no-such-kind", "d/f/fill/0"] {
            let line = #"{"card":"\#(card)","time":"2024-03-01T09:00:00Z","rating":3}"#
            #expect(throws: JournalCodec.LineError.malformed("not a card key")) { try parse(line) }
        }
    }

    @Test func refusesWhatIsNotAReview() {
        #expect(throws: JournalCodec.LineError.self) {
            try parse(#"{"card":"a","time":"2024-03-01T09:00:00Z","rating":5}"#)
        }
        #expect(throws: JournalCodec.LineError.self) { try parse(#"{"card":"a","time":"yesterday","rating":3}"#) }
        #expect(throws: JournalCodec.LineError.self) { try parse(#"{"card":"a","time":"2024-03-01T09:00:00Z""#) }
        #expect(throws: JournalCodec.LineError.self) { try parse("not json") }
        #expect(throws: JournalCodec.LineError.newerVersion(2)) {
            try parse(#"{"v":2,"card":"a","time":"2024-03-01T09:00:00Z","rating":3}"#)
        }
    }
}
