import Foundation

/// Finds deck files in folders.
public enum DeckDiscovery {
    /// True for a file name that is a deck: `*.yaml`, `*.yml` or `*.json`, but not a JSON
    /// Schema (`*.schema.json`).
    public static func isDeckFile(_ name: String) -> Bool {
        guard DeckSyntax(path: name) != nil else { return false }
        return !name.lowercased().hasSuffix(".schema.json") && !name.hasPrefix(".")
    }

    /// Every deck file under `folder`, searched recursively, skipping hidden entries,
    /// sorted by path. Paths start with `folder` as given.
    public static func deckFiles(in folder: String) -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.subpathsOfDirectory(atPath: folder) else { return [] }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return
            names
            .filter { path in
                let components = path.split(separator: "/")
                guard !components.contains(where: { $0.hasPrefix(".") }), let last = components.last else {
                    return false
                }
                return isDeckFile(String(last))
            }
            .map { base + "/" + $0 }
            .filter { path in
                var isFolder: ObjCBool = false
                return manager.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            }
            .sorted()
    }
}
