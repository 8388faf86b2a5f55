import Foundation
import TestSupport
import Testing

@testable import Storage

/// A lock another holder never lets go: word after a second, an error after the patience.
@Suite struct FileLockTests {
    @Test func aLockNeverLetGoIsGivenUpWithWordOfWhoHoldsIt() throws {
        let path = temporaryFolder() + "/lock"
        let held = try FileLock(path: path)
        let messages = Messages()
        let waiting = try FileLock(path: path, patience: 1.3) { messages.add($0) }
        let start = Date()
        let outcome = try held.withLock { Result { try waiting.withLock {} } }
        #expect(throws: FileLock.Timeout.self) { try outcome.get() }
        #expect(Date().timeIntervalSince(start) >= 1.3)
        #expect(messages.all == ["waiting for another program to release \(path)…"])
        // Once let go, it is taken at once.
        #expect(try waiting.withLock { 42 } == 42)
    }
}

/// Messages told from a lock's wait.
final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ message: String) { lock.withLock { items.append(message) } }
    var all: [String] { lock.withLock { items } }
}
