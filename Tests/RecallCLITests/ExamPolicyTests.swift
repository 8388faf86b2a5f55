import Foundation
import Testing

/// `recall exam-policy` over exam_sim.py's JSON-lines protocol.
@Suite struct ExamPolicyTests {
    static let start =
        #"{"type":"start","context":{"deck_size":4,"exam_day":10,"budget":{"minutes":2},"#
        + #""costs":{"new":31,"pass":13,"fail":32},"first_rating_prob":[0.24,0.094,0.495,0.171],"#
        + #""review_rating_prob":[0.224,0.631,0.145],"seed":1}}"#

    @Test func aRoundTripThroughTheProtocol() throws {
        let input =
            [
                Self.start,
                #"{"type":"day","day":0}"#,
                // Cards 0 and 1 learned on day 0 (card 1 forgot its first answer).
                #"{"type":"results","day":0,"results":[{"card":0,"ratings":[3,3]},{"card":1,"ratings":[1,3,3]}]}"#,
                #"{"type":"day","day":1}"#,
                #"{"type":"results","day":1,"results":[]}"#,
                #"{"type":"day","day":5}"#,
                #"{"type":"end"}"#,
            ].joined(separator: "\n") + "\n"
        let run = try RecallProcess.run(["exam-policy"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        let queues = run.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["queue"] as? [Int]
        }
        #expect(queues.count == 3)
        // Day 0: every card is new, in deck order.
        #expect(queues.first == [0, 1, 2, 3])
        // Later: the cards never studied first, then the studied ones.
        #expect(
            queues.dropFirst().allSatisfy {
                Array($0.prefix(2)) == [2, 3] && Set($0.dropFirst(2)).isSubset(of: [0, 1])
            })
        // By day 5 both studied cards are worth a review (or due), the weaker one (1) first.
        #expect(queues.last == [2, 3, 1, 0])
    }

    @Test func aBrokenMessageIsAnError() throws {
        let run = try RecallProcess.run(["exam-policy"], input: Self.start + "\n{\"type\":\"day\"}\n")
        #expect(run.status != 0)
        #expect(run.stderr.contains("a day before the start, or without a number"), "\(run.stderr)")
    }

    @Test func aDayOutOfRangeIsRefusedNotATrap() throws {
        for day in ["9223372036854775807", "-1", "36501"] {
            let run = try RecallProcess.run(
                ["exam-policy"], input: Self.start + "\n{\"type\":\"day\",\"day\":\(day)}\n")
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("a day must be from 0 to 36500, not \(day)"), "\(run.stderr)")
        }
    }
}
