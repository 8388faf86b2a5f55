import Dispatch
import Foundation
import RecallApp
import Review
import Scheduler
import Storage
import Study
import Synchronization

/// Runs the app's effects off its loop: the progress store's reads and writes one at a time
/// on a queue of their own, long work (forecasts) on another, so that the loop never waits
/// and keys, resizes and signals are seen at once. Each effect's failure is reported as
/// what failed, with the store's own words for why.
///
/// `@unchecked Sendable`: the store is a class that is not thread-safe, and it is only ever
/// used on `storeQueue`; the cancellation count is behind a mutex.
final class Services: AppServices, @unchecked Sendable {
    private let context: ProgressContext
    private let fixedNow: Timestamp?
    private let storeQueue = DispatchQueue(label: "recall.store")
    private let workQueue = DispatchQueue(label: "recall.work")
    /// Raised by each `cancelWork`: long work started before it stops at its next step.
    private let cancellations = Mutex(0)

    init(context: ProgressContext, fixedNow: Timestamp?) {
        self.context = context
        self.fixedNow = fixedNow
    }

    func clock() -> AppClock {
        AppClock(
            now: fixedNow ?? Timestamp(Date()),
            uptimeMilliseconds: Int(DispatchTime.now().uptimeNanoseconds / 1_000_000))
    }

    func start(_ effect: Effect, report: @escaping @Sendable (AppEvent) -> Void) {
        switch effect {
        case .cancelWork:
            cancellations.withLock { $0 += 1 }
        case .forecast(let id, let request):
            let generation = cancellations.withLock { $0 }
            workQueue.async { [self] in
                var shown = 0.0
                let result = ExamReport.make(request) { share in
                    guard cancellations.withLock({ $0 }) == generation else { return false }
                    if share - shown >= 0.01 {
                        shown = share
                        report(.progress(share))
                    }
                    return true
                }
                report(.forecastReady(id: id, result))
            }
        default:
            storeQueue.async { [self] in
                do {
                    report(try perform(effect))
                } catch {
                    report(.failed(effect, "\(error)"))
                }
                // After the answer is reported, never before it.
                context.store.saveSnapshotIfDue(now: clock().now)
            }
        }
    }

    /// Waits for the store's queue: every answer started is on disk when this returns.
    func finish() {
        storeQueue.sync {}
    }

    /// The store's part of an effect; runs on `storeQueue`.
    private func perform(_ effect: Effect) throws -> AppEvent {
        let store = context.store
        let now = clock().now
        switch effect {
        case .record(let review):
            try store.record(review, now: now)
            return .saved(store.book)
        case .undo(let card, let time):
            try store.undo(card: card, at: time)
            return .saved(store.book)
        case .rerate(let review):
            try store.undo(card: review.card, at: now)
            try store.record(review, now: now)
            return .saved(store.book)
        case .override(let review):
            try store.override(card: review.card, rating: review.rating, at: now)
            return .saved(store.book)
        case .saveSettings(let edited, let base):
            let settings = try SettingsFile.save(edited, madeOn: base, folder: context.folder)
            try store.use(FSRS(settings: settings.scheduler), now: now)
            return .settingsSaved(settings, store.book)
        case .loadHistory(let fact):
            return .historyLoaded(fact, try store.history(of: fact))
        case .loadAnswerTimes(let deck):
            return .answerTimesLoaded(deck: deck, try store.answerTimes(deck: deck))
        case .forecast, .cancelWork:
            preconditionFailure("long work and its cancelling do not go through the store")
        }
    }
}
