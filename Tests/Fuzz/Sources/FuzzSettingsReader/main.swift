import Foundation
import FuzzDriver
import Review
import Scheduler

/// One fuzz input: any bytes, as `settings.json`. They read as settings or are refused with
/// a message, never a crash; settings read schedule without trapping, and written back they
/// read back the same, unknown keys and all.
func fuzzSettingsReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let settings = try? RecallSettings.decode(bytes, path: "settings.json") else { return 0 }
    let scheduler = FSRS(settings: settings.scheduler)
    var card = CardState.new
    for (index, rating) in [Rating.again, .good, .easy, .hard, .good].enumerated() {
        card =
            scheduler.review(card, rating, at: Timestamp(microseconds: Int64(index) * 86_400_000_000), fuzz: 0.5).card
    }
    precondition((try? RecallSettings.decode(settings.encoded(), path: "settings.json")) == settings, "it reads back")
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
var argumentCount = CInt(CommandLine.arguments.count)
arguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argumentCount, &argv) { fuzzSettingsReader($0, $1) })
}
