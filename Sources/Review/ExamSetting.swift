import DeckModel
import Scheduler

/// An exam set for a deck (`recall exam`): its date, the daily study budget, and whether to
/// know fewer cards well when the budget cannot show every card before the exam.
public struct ExamSetting: Sendable, Equatable {
    /// A day's study budget: minutes, or items (answers to cards).
    public enum Budget: Sendable, Equatable, CustomStringConvertible {
        case minutes(Int)
        case items(Int)

        /// Whether the budget is a time (minutes a day), rather than items.
        public var isMinutes: Bool {
            if case .minutes = self { return true }
            return false
        }

        /// `20m`, `1h` or `90` (items), as `--budget` and settings.json write it.
        public init?(text: String) {
            let trimmed = text.trimmingWhitespace().lowercased()
            if let minutes = trimmed.hasSuffix("m")
                ? Int(trimmed.dropLast()) : trimmed.hasSuffix("h") ? Int(trimmed.dropLast()).map({ $0 * 60 }) : nil
            {
                guard minutes > 0, minutes <= 24 * 60 else { return nil }
                self = .minutes(minutes)
            } else if let items = Int(trimmed), items > 0, items <= 10_000 {
                self = .items(items)
            } else {
                return nil
            }
        }

        public var description: String {
            switch self {
            case .minutes(let minutes): "\(minutes)m"
            case .items(let items): "\(items)"
            }
        }

        /// "20 min" or "40 items", for sentences.
        public var spoken: String {
            switch self {
            case .minutes(let minutes): "\(minutes) min"
            case .items(let items): "\(items) item\(items == 1 ? "" : "s")"
            }
        }
    }

    public var date: PartialDate
    public var budget: Budget
    public var fewerCardsKnownWell: Bool

    /// `date` must be a whole date (YYYY-MM-DD).
    public init?(date: PartialDate, budget: Budget, fewerCardsKnownWell: Bool = false) {
        guard date.precision == .day else { return nil }
        self.date = date
        self.budget = budget
        self.fewerCardsKnownWell = fewerCardsKnownWell
    }

    /// The exam's study day, as `DayCalendar` counts them (its morning belongs to it).
    public var day: Int {
        Timestamp.daysFromCivil(year: date.year, month: date.month!, day: date.day!)
    }

    /// The furthest ahead an exam may be: five years of days, which bounds the forecast's work.
    public static let maximumDaysAhead = 5 * 365 + 1

    /// Whether the exam is more days ahead of `today` than a plan may look.
    public func isTooFar(today: Int) -> Bool {
        day - today > Self.maximumDaysAhead
    }

    /// Why the exam cannot be planned from `today` (a study day): its date has passed, or it
    /// is more than five years ahead; nil when it can.
    public func problem(today: Int) -> String? {
        if day < today { return "the exam date \(date) has passed; give a date from today on" }
        guard !isTooFar(today: today) else {
            let last = Timestamp(microseconds: Int64(today + Self.maximumDaysAhead) * Timestamp.microsecondsPerDay)
            return "the exam date \(date) is more than five years ahead; give a date up to \(last.iso.prefix(10))"
        }
        return nil
    }
}

extension ExamSetting: Encodable {
    private enum Key: String, CodingKey {
        case date, budget, fewerCardsKnownWell
    }

    /// `{"budget": "20m", "date": "2026-12-20", "fewerCardsKnownWell": false}`; a budget in
    /// items is a number.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(date.description, forKey: .date)
        switch budget {
        case .minutes: try container.encode(budget.description, forKey: .budget)
        case .items(let items): try container.encode(items, forKey: .budget)
        }
        try container.encode(fewerCardsKnownWell, forKey: .fewerCardsKnownWell)
    }
}
