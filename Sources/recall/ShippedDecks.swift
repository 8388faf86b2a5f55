import Foundation

/// Where the decks that come with Recall live.
///
/// `swift run recall` runs the binary from `.build/<triple>/debug/`, so the repository's
/// `Decks/` is found by walking up from the executable; an installed binary looks in
/// `../share/recall/Decks` beside it.
enum ShippedDecks {
    static func folder() -> String? {
        let manager = FileManager.default
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        var directory = executable.deletingLastPathComponent()
        var candidates = [directory.appendingPathComponent("../share/recall/Decks").standardizedFileURL]
        while directory.path != "/" {
            candidates.append(directory.appendingPathComponent("Decks"))
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
        }?.path
    }
}
