import Foundation
import FuzzDriver
import Review
import Scheduler

/// One fuzz input: any bytes, as `progress.json`. They read as a snapshot or are refused
/// with a reason, never a crash; a snapshot read holds only finite numbers and an extent
/// that fits its cards, and written again it reads back the same.
func fuzzSnapshotReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let (book, coverage) = try? SnapshotCodec.decode(bytes) else { return 0 }
    precondition(coverage.bytes >= 0 && (coverage.bytes > 0 || book.cards.isEmpty), "the extent fits")
    for entry in book.cards.values {
        for state in [entry.state] + (entry.previous.map { [$0] } ?? []) {
            precondition(state.stability.map(\.isFinite) ?? true, "finite stability")
            precondition(state.difficulty.map(\.isFinite) ?? true, "finite difficulty")
        }
    }
    let again = SnapshotCodec.encode(book, coverage: coverage, written: Timestamp(microseconds: 0))
    guard let (reread, recovered) = try? SnapshotCodec.decode(again) else {
        preconditionFailure("a snapshot written reads back")
    }
    precondition(reread.cards == book.cards && reread.tallies == book.tallies, "the same book")
    precondition(recovered == coverage, "the same extent")
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
var argumentCount = CInt(CommandLine.arguments.count)
arguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argumentCount, &argv) { fuzzSnapshotReader($0, $1) })
}
