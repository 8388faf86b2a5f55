import DeckModel
import Testing

@Suite struct PartialDateTests {
    @Test func readsEachPrecision() throws {
        #expect(try PartialDate.parse("2002").get().precision == .year)
        #expect(try PartialDate.parse("2002-06").get().precision == .month)
        let day = try PartialDate.parse("2002-06-07").get()
        #expect(day.precision == .day)
        #expect(day.spelledOut == "7 June 2002")
        #expect(day.description == "2002-06-07")
    }

    @Test func rejectsImpossibleDates() {
        #expect(PartialDate.parse("2001-02-30") == .failure(.noSuchDay(year: 2001, month: 2, day: 30)))
        #expect(PartialDate.parse("2001-13") == .failure(.monthOutOfRange(13)))
        #expect(PartialDate.parse("2001-6-7") == .failure(.malformed))
        #expect(PartialDate.parse("June 2001") == .failure(.malformed))
        #expect((try? PartialDate.parse("2000-02-29").get()) != nil)
        #expect(PartialDate.parse("1900-02-29") == .failure(.noSuchDay(year: 1900, month: 2, day: 29)))
    }

    @Test func ordersCoarserDatesFirst() throws {
        let year = try PartialDate.parse("2001").get()
        let month = try PartialDate.parse("2001-01").get()
        let day = try PartialDate.parse("2001-01-01").get()
        #expect(year < month && month < day)
    }
}
