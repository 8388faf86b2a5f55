import Foundation
@testable import Progress
import Scheduler

/// A new empty folder for one test.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "recall-progress-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
let fsrs = FSRS(settings: SchedulerSettings())

func time(_ iso: String) -> Timestamp { Timestamp(iso: iso)! }

func review(_ card: String, _ rating: Rating, _ iso: String) -> ReviewRecord {
    ReviewRecord(card: card, time: time(iso), rating: rating, answer: "x", verdict: "correct", milliseconds: 1200, mode: "study")
}

func openStore(_ folder: String, now: String = "2026-01-10T12:00:00Z") throws -> ProgressStore {
    try ProgressStore(folder: folder, scheduler: fsrs, calendar: utc, now: time(now))
}

func journalLines(_ folder: String) -> [String] {
    ((try? String(contentsOfFile: folder + "/reviews.jsonl", encoding: .utf8)) ?? "")
        .split(separator: "\n").map(String.init)
}

/// A small seeded generator (SplitMix64), so randomized tests replay exactly.
struct TestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
