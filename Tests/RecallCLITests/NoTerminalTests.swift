import Testing

/// Without a terminal, the full-screen app refuses clearly and points to the line mode.
@Suite struct NoTerminalTests {
    @Test(arguments: [[], ["Decks/example.yaml"]])
    func refusesWithoutATerminal(arguments: [String]) throws {
        let result = try RecallProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("needs an interactive terminal"))
        #expect(result.stderr.contains("--plain"))
    }
}
