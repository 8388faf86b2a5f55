import Scheduler
import Testing

@Suite struct TimeTests {
    @Test func readsAndWritesISO8601() throws {
        let time = try #require(Timestamp(iso: "2024-03-01T09:00:00.250Z"))
        #expect(time.iso == "2024-03-01T09:00:00.250Z")
        #expect(Timestamp(iso: "2024-03-01T09:00:00.000001Z")?.iso == "2024-03-01T09:00:00.000001Z")
        #expect(Timestamp(iso: "2024-03-01T14:30:00+05:30") == Timestamp(iso: "2024-03-01T09:00:00Z"))
        #expect(Timestamp(iso: "2024-03-01") == Timestamp(iso: "2024-03-01T00:00:00Z"))
        #expect(Timestamp(iso: "1969-12-31T23:59:59Z")?.microseconds == -1_000_000)
        #expect(Timestamp(iso: "2024-13-01T00:00:00Z") == nil)
        #expect(Timestamp(iso: "yesterday") == nil)
        for unreal in [
            "2026-02-30", "2025-02-29", "2026-04-31", "2026-12-01T25:00:00Z", "2026-12-01T09:60:00Z",
            "2026-12-01T09:00:60Z", "99999-01-01",
        ] {
            #expect(Timestamp(iso: unreal) == nil, "\(unreal)")
        }
        #expect(Timestamp(iso: "2024-02-29")?.iso == "2024-02-29T00:00:00Z")
        #expect(Timestamp(iso: "0000-01-01").map(Timestamp.recallRange.contains) == false)
        #expect(Timestamp(iso: "9999-12-31T23:59:59.999999Z").map(Timestamp.recallRange.contains) == true)
        #expect(Timestamp(microseconds: -1).iso == "1969-12-31T23:59:59.999999Z")
    }

    @Test func wholeDaysRoundDown() throws {
        let a = try #require(Timestamp(iso: "2024-03-01T09:00:00Z"))
        #expect(try #require(Timestamp(iso: "2024-03-02T08:59:59Z")).wholeDays(since: a) == 0)
        #expect(try #require(Timestamp(iso: "2024-03-02T09:00:00Z")).wholeDays(since: a) == 1)
        #expect(try #require(Timestamp(iso: "2024-02-29T09:00:00Z")).wholeDays(since: a) == -1)
    }

    @Test func timeArithmeticSaturatesInsteadOfTrapping() throws {
        #expect(TimeSpan.days(.max).microseconds == .max && TimeSpan.days(.min).microseconds == .min)
        #expect(TimeSpan(text: "99999999999999999999d")?.microseconds == .max)
        #expect((Timestamp(microseconds: 1) + TimeSpan(microseconds: .max)).microseconds == .max)
        #expect((TimeSpan(microseconds: .min) + TimeSpan(microseconds: -1)).microseconds == .min)
        #expect(TimeSpan(microseconds: .max).scaled(by: 2).microseconds == .max)
        #expect(Timestamp(seconds: .nan).microseconds == 0)
        // A scheduler no settings file can configure, but a protocol could: it must not trap.
        let far = FSRS(settings: SchedulerSettings(desiredRetention: 0.01, maximumInterval: 1_000_000_000))
        let start = try #require(Timestamp(iso: "2026-12-01T09:00:00Z"))
        var card = CardState.new
        for day in 0..<6 {
            card = far.review(card, .easy, at: start + .days(day * 10), fuzz: 0.5).card
        }
        #expect(try #require(card.due) > start)
    }

    @Test func stepsAreWrittenWithAUnit() {
        #expect(TimeSpan(text: "90s") == .seconds(90))
        #expect(TimeSpan(text: "10m") == .seconds(600))
        #expect(TimeSpan(text: "1.5h") == .seconds(5400))
        #expect(TimeSpan(text: "1d") == .seconds(86400))
        #expect(TimeSpan(text: "10") == nil)
        #expect(TimeSpan(text: "-1m") == nil)
        #expect(TimeSpan.seconds(600).description == "10m")
        #expect(TimeSpan.seconds(90).description == "90s")
    }
}
