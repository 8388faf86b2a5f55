import DeckModel
import Review

/// What the app reads from the whole journal, besides the card states: a fact's answer
/// history, and the learner's answer times.
extension ProgressStore {
    /// Every answer to the cards of one fact, oldest first, without those undone: read from
    /// the journal.
    public func history(of fact: FactKey) throws -> [ReviewRecord] {
        var history = FactHistory(fact: fact)
        try eachEntry { history.add($0) }
        return history.reviews
    }

    /// The learner's median seconds for each kind of study event on `deck`'s cards, from
    /// the journal (see `AnswerTimes.Measure`).
    public func answerTimes(deck: String) throws -> AnswerTimes {
        var measure = AnswerTimes.Measure(deck: deck, calendar: calendar)
        try eachEntry { entry in
            if case .review(let review) = entry { measure.add(review) }
        }
        return measure.times
    }

    /// Passes every readable journal entry, oldest first, to `take`.
    private func eachEntry(_ take: (JournalEntry) -> Void) throws {
        try lock.withLock {
            _ = try readJournal(from: SnapshotCodec.Coverage(), reportProblems: false) {
                line throws(JournalCodec.LineError) in
                take(try JournalCodec.entry(from: line))
            }
        }
    }
}
