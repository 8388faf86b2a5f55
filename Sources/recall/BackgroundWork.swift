import Dispatch
import Synchronization

/// Work started on another thread at once, its result waited for when needed: a command
/// reads its decks this way while it reads progress.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async(group: group) { [self] in
            let result = Result { try work() }
            outcome.withLock { $0 = result }
        }
    }

    /// The work's result, once it is done.
    var result: Result<Value, any Error> {
        group.wait()
        return outcome.withLock { $0! }
    }
}
