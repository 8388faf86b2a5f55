import Review

/// `$RECALL_HOME/settings.json` on disk. Reading never writes: without a file the settings
/// are the defaults, and the file is made when the learner first saves a setting.
public enum SettingsFile {
    /// The settings in `folder`; the defaults when there is no file yet.
    public static func load(folder: String) throws -> RecallSettings {
        let path = folder + "/" + RecallSettings.fileName
        guard let bytes = try FileSystem.read(path) else { return RecallSettings() }
        return try RecallSettings.decode(bytes, path: path)
    }

    /// Saves the edits made to `base` (the settings as they were read): under the store's
    /// lock, the file is read again, only the values that were edited change, and it is
    /// written atomically. Returns the settings as saved.
    @discardableResult
    public static func save(
        _ edited: RecallSettings, madeOn base: RecallSettings, folder: String,
        onLockWait: @escaping @Sendable (String) -> Void = { _ in }
    ) throws -> RecallSettings {
        try FileSystem.makeFolder(folder)
        return try FileLock(path: folder + "/lock", onWait: onLockWait).withLock {
            let merged = try load(folder: folder).merging(edited, madeOn: base)
            try save(merged, folder: folder)
            return merged
        }
    }

    /// Writes the settings atomically (a crash leaves the old file or the new one).
    public static func save(_ settings: RecallSettings, folder: String) throws {
        let path = folder + "/" + RecallSettings.fileName
        try FileSystem.makeFolder(folder)
        FileSystem.removeStaleTemporaries(of: path)
        try FileSystem.writeAtomically(settings.encoded(), to: path)
    }
}
