import Foundation
import FuzzDriver
import Review

/// One fuzz input: any bytes, as one journal line. A line either reads as an entry or is
/// refused with a reason, never a crash; the fast replay reads what the reader reads; and
/// an entry written back reads back the same.
func fuzzJournalReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let line = ArraySlice(UnsafeBufferPointer(start: start, count: count))
    var log = ReplayLog()
    let replayed = (try? log.append(line: line)) != nil
    guard let entry = try? JournalCodec.entry(from: line) else {
        precondition(!replayed, "the replay takes only lines the reader reads")
        return 0
    }
    precondition(replayed, "the replay takes every line the reader reads")
    let written = JournalCodec.line(for: entry)
    precondition(written.hasSuffix("\n") && !written.dropLast().contains("\n"), "one entry, one line")
    precondition((try? JournalCodec.entry(from: ArraySlice(written.utf8.dropLast()))) == entry, "it reads back")
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
var argumentCount = CInt(CommandLine.arguments.count)
arguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argumentCount, &argv) { fuzzJournalReader($0, $1) })
}
