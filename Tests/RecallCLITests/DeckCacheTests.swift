import Foundation
import Testing

/// The deck cache in `$RECALL_HOME/cache`: written on the first load, used on the next, and
/// never trusted once the deck file changes.
@Suite struct DeckCacheTests {
    @Test func anEditedDeckIsReadAfreshNotFromTheCache() throws {
        let home = try RecallProcess.temporaryFolder()
        let decks = home.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        let deck = decks.appendingPathComponent("mine.yaml")
        func write(extra: String = "") throws {
            let text =
                "recall: 1\ntitle: Mine\nfacts:\n  - set: the primary colours\n"
                + "    members: [red, yellow, blue]\n"
            try (text + extra).write(to: deck, atomically: true, encoding: .utf8)
        }
        func newCards() throws -> Int? {
            let stats = try RecallProcess.run(["stats", "--json"], environment: ["RECALL_HOME": home.path])
            #expect(stats.status == 0, "\(stats.stderr)")
            let root = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
            let rows = root?["decks"] as? [[String: Any]] ?? []
            return rows.first { $0["deck"] as? String == "mine" }?["new"] as? Int
        }
        let extra = "  - term: RYB\n    means: red, yellow, blue\n"
        // A comment as long as the fact added later, so the file's size stays the same.
        try write(extra: "#" + String(repeating: " ", count: extra.utf8.count - 2) + "\n")
        let first = try newCards()
        let cached = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("cache").path)
        #expect(cached.contains { $0.hasPrefix("deck-") }, "the first load writes a cache entry")
        #expect(try newCards() == first, "the second load, from the cache, lists the same cards")
        // The same size, and one fact more: the edit must show.
        try write(extra: extra)
        let edited = try newCards()
        #expect(edited != nil && edited != first)

        // A damaged entry is ignored and replaced.
        for name in try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("cache").path) {
            try Data("damaged".utf8).write(to: home.appendingPathComponent("cache").appendingPathComponent(name))
        }
        #expect(try newCards() == edited)
    }
}
