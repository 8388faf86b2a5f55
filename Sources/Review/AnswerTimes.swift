import DeckModel

/// How long a learner takes, in seconds (medians from the journal; nil where there are too
/// few answers to tell), for each kind of study event.
public struct AnswerTimes: Sendable, Equatable {
    /// Learning a new card: all its answers on its first day.
    public var new: Double?
    /// A review recalled (Hard, Good or Easy).
    public var pass: Double?
    /// A review forgotten, with its relearning that day.
    public var fail: Double?

    public init(new: Double? = nil, pass: Double? = nil, fail: Double? = nil) {
        self.new = new
        self.pass = pass
        self.fail = fail
    }

    /// The medians of a deck's answers, taken in journal order (undone ones included, as
    /// time spent). An event is a card's answers on one study day; a kind with fewer than
    /// 10 events has no median.
    public struct Measure: Sendable {
        private enum Kind {
            case new, pass, fail
        }

        private let prefix: String
        private let calendar: DayCalendar
        private var open: [CardKey: (day: Int, kind: Kind, milliseconds: Int)] = [:]
        private var seen = Set<CardKey>()
        private var samples: [Kind: [Int]] = [:]

        public init(deck: String, calendar: DayCalendar) {
            prefix = deck
            self.calendar = calendar
        }

        public mutating func add(_ review: ReviewRecord) {
            guard review.card.deckID == prefix else { return }
            let day = calendar.day(of: review.time)
            let milliseconds = max(0, review.milliseconds ?? 0)
            if let event = open[review.card] {
                if event.day == day {
                    open[review.card]!.milliseconds += milliseconds
                    return
                }
                samples[event.kind, default: []].append(event.milliseconds)
            }
            let kind: Kind = seen.insert(review.card).inserted ? .new : review.rating == .again ? .fail : .pass
            open[review.card] = (day, kind, milliseconds)
        }

        public var times: AnswerTimes {
            var all = samples
            for event in open.values { all[event.kind, default: []].append(event.milliseconds) }
            func median(_ kind: Kind) -> Double? {
                guard let values = all[kind]?.sorted(), values.count >= 10 else { return nil }
                let middle = values.count / 2
                let milliseconds =
                    values.count % 2 == 1
                    ? Double(values[middle]) : Double(values[middle - 1] + values[middle]) / 2
                return milliseconds / 1000
            }
            return AnswerTimes(new: median(.new), pass: median(.pass), fail: median(.fail))
        }
    }
}
