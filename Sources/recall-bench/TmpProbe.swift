import Dispatch
import Progress
import Scheduler

enum TmpProbe {
    static func run() {
        let fsrs = FSRS(settings: RecallSettings().scheduler)
        var state = CardState()
        var t = Timestamp(microseconds: 1_700_000_000_000_000)
        let ratings: [Rating] = [.good, .good, .again, .good, .easy, .hard, .good, .good]
        let n = 1_000_000
        let start = DispatchTime.now().uptimeNanoseconds
        var sum = 0.0
        for i in 0..<n {
            if i % 12 == 0 { state = CardState() }
            state = fsrs.review(state, ratings[i & 7], at: t, fuzz: 0.37).card
            t = t + .seconds(86_400 * 3)
            sum += state.stability ?? 0
        }
        print("FSRS.review x1M:", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, "ms", sum)
    }
}
