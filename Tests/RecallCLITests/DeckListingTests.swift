import Testing

/// `recall` with no subcommand lists the shipped decks.
@Suite struct DeckListingTests {
    @Test func listsShippedDecksWithFactCounts() throws {
        let result = try RecallProcess.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Decks in Decks/:"))
        #expect(result.stdout.contains(" sco "))
        #expect(result.stdout.contains("recall check Decks"))
    }
}
