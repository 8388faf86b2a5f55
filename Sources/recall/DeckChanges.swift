import Questions
import Storage
import Study

/// What a teacher changed in the decks since the learner last opened Recall.
enum DeckChanges {
    /// Compares the decks with those last seen in `folder` and remembers them as they are
    /// now, writing the file only when something differs. Returns deck id → what changed,
    /// and notes on a file that could not be used: one from a newer Recall is left alone, an
    /// unreadable one is moved aside first.
    static func sinceLastSeen(_ generators: [QuestionGenerator], folder: String)
        -> (changes: [String: String], notes: [String])
    {
        var notes: [String] = []
        let remembered: [String: [String: String]]
        switch SeenDecks.read(folder: folder) {
        case .seen(let decks):
            remembered = decks
        case .newer(let format):
            let note =
                "\(SeenDecks.fileName) was written by a newer Recall (format \(format)); it is left as it is, and "
                + "what teachers changed is not shown"
            return ([:], [note])
        case .unreadable:
            let aside = SeenDecks.setAside(folder: folder)
            notes.append(
                "\(SeenDecks.fileName) could not be read\(aside.map { "; it was moved to \($0)" } ?? ""), and "
                    + "the decks as they are now are remembered from here on")
            remembered = [:]
        }
        let updates = DeckUpdates.check(generators, remembered: remembered)
        if updates.remember != remembered { try? SeenDecks.save(updates.remember, folder: folder) }
        return (updates.changes, notes)
    }
}
