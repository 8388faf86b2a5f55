import Foundation
import Scheduler
import TestSupport

@testable import Storage

func openStore(_ folder: String, now: String = "2026-01-10T12:00:00Z") throws -> ProgressStore {
    try ProgressStore(folder: folder, scheduler: fsrs, calendar: utc, now: time(now))
}

func journalLines(_ folder: String) -> [String] {
    ((try? String(contentsOfFile: folder + "/reviews.jsonl", encoding: .utf8)) ?? "")
        .split(separator: "\n").map(String.init)
}
