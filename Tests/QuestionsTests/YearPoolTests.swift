import DeckModel
import Testing

@testable import Questions

/// A year-only date with a pool of years draws two of its wrong options from the pool,
/// nearest first (the years of the deck's other events), and a near miss; without a pool,
/// near misses alone.
@Suite struct YearPoolTests {
    let yaml = """
        recall: 1
        id: years
        title: Years
        pools:
          year: ["1985", "1992", "1996", "2001", "2017"]
        facts:
          - id: founded
            date: The Shanghai Five was formed
            when: 1996
            pool: year
          - id: unpooled
            date: The bank was founded
            when: 1996
          - id: later
            date: The latest event
            when: 2020
        """

    @Test func aYearPoolGivesTwoOfTheOptions() throws {
        let deck = deck(yaml)
        for seed in UInt64(1)...12 {
            let options = try #require(question(deck, "founded", .whenChoice, seed: seed)?.options)
            #expect(options.count == 4 && options.contains("1996"), "\(options)")
            // The two nearest years of the pool, and one more that is none of its others.
            #expect(options.contains("1992") && options.contains("2001"), "\(options)")
            #expect(!options.contains("1985") && !options.contains("2017"), "\(options)")
        }
        let plain = try #require(question(deck, "unpooled", .whenChoice)?.options)
        #expect(plain.allSatisfy { abs((Int($0) ?? 0) - 1996) <= 3 }, "\(plain)")
    }
}
