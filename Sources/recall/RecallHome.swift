import Foundation
import Storage

/// The folder that holds a learner's progress, settings and own decks.
///
/// `$RECALL_HOME` when set, else `$XDG_DATA_HOME/recall`, else `~/.local/share/recall`.
enum RecallHome {
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["RECALL_HOME"], !home.isEmpty { return home }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/recall" }
        let user = environment["HOME"] ?? NSHomeDirectory()
        return user + "/.local/share/recall"
    }

    /// Where a learner's own decks live: `$RECALL_HOME/decks`.
    static var decksFolder: String { folder() + "/decks" }

    /// The deck cache, `$RECALL_HOME/cache`.
    static var deckCache: DeckCache { DeckCache(folder: folder() + "/cache") }
}
