import Synchronization

/// Keeps the two largest passes of a start apart: reading a large deck from its source
/// (not the cache) and rebuilding progress from the journal. Each holds some 40 MB at its
/// height; run side by side, as the app's parallel start would, they made its peak memory
/// a third higher (`recall-bench`, a 20,000-fact deck and a million reviews). Either waits
/// for the other only when both happen at once, which is rare: a new deck or a new Recall,
/// with no usable snapshot.
enum PeakMemory {
    /// A deck file this size or more is a large pass to read from source.
    static let largeDeckBytes = 512 << 10

    private static let gate = Mutex(())

    /// Runs `work` alone among the large passes.
    static func alone<T>(_ work: () throws -> T) rethrows -> T {
        try gate.withLock { _ in try work() }
    }
}
