import Questions
import Storage
import Study

/// What a teacher changed in the decks since the learner last opened Recall.
enum DeckChanges {
    /// Compares the decks with those last seen in `folder` and remembers them as they are
    /// now, writing the file only when something differs; returns deck id → what changed.
    static func sinceLastSeen(_ generators: [QuestionGenerator], folder: String) -> [String: String] {
        let remembered = SeenDecks.load(folder: folder)
        let updates = DeckUpdates.check(generators, remembered: remembered)
        if updates.remember != remembered { try? SeenDecks.save(updates.remember, folder: folder) }
        return updates.changes
    }
}
