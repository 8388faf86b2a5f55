import ArgumentParser
import Foundation
import Review
import Scheduler
import Storage
import Study

/// The learner's settings and progress store, opened once per command from
/// `$RECALL_HOME`, with the clock (`RECALL_NOW` or the real time).
struct ProgressContext {
    let folder: String
    let settings: RecallSettings
    let scheduler: FSRS
    let calendar: DayCalendar
    let store: ProgressStore

    /// Opens everything, printing repair notices on stderr. Problems a user must fix (an
    /// invalid setting, a folder that cannot be written, files from a newer Recall) exit 1
    /// with a message that says which. `.reading` is for commands that answer nothing: they
    /// never write the journal.
    static func open(now: Timestamp, access: ProgressStore.Access = .answering, inTerminalApp: Bool = false) throws
        -> ProgressContext
    {
        let folder = RecallHome.folder()
        do {
            let settings = try SettingsFile.load(folder: folder)
            let scheduler = FSRS(settings: settings.scheduler)
            let calendar = DayCalendar()
            // The app's screen is no place for a line on stderr; a lock never let go fails its save.
            let onLockWait: @Sendable (String) -> Void = { message in
                if !inTerminalApp { Stderr.write("note: " + message) }
            }
            let store = try ProgressStore(
                folder: folder, scheduler: scheduler, calendar: calendar, now: now, snapshotEvery: try snapshotEvery(),
                access: access, onLockWait: onLockWait)
            (store.notices + settings.misspeltKeyNotes).forEach { Stderr.write("note: " + $0) }
            return ProgressContext(
                folder: folder, settings: settings, scheduler: scheduler, calendar: calendar, store: store)
        } catch {
            Stderr.write("error: \(error)")
            throw ExitCode(1)
        }
    }
}

extension ProgressContext {
    /// The exams set for these decks, each with the learner's own answer times (read from
    /// the journal only when an exam is set).
    func examPlans(for deckIDs: [String]) throws -> [String: ExamPlan] {
        var plans: [String: ExamPlan] = [:]
        for deck in deckIDs {
            guard let setting = settings.exams[deck] else { continue }
            plans[deck] = ExamPlan(setting: setting, times: try store.answerTimes(deck: deck))
        }
        return plans
    }
}

/// `RECALL_SNAPSHOT_EVERY`: answers between snapshots (500 unless set), for tests that need
/// snapshots written often.
private func snapshotEvery() throws -> Int {
    guard let text = ProcessInfo.processInfo.environment["RECALL_SNAPSHOT_EVERY"], !text.isEmpty else { return 500 }
    guard let value = Int(text), value >= 1 else {
        throw ValidationError("RECALL_SNAPSHOT_EVERY must be a whole number of at least 1, not \"\(text)\"")
    }
    return value
}

extension RecallClock {
    /// The current instant as the scheduler counts time.
    static func timestamp() throws -> Timestamp {
        Timestamp(try now())
    }
}
