import DeckModel
import Scheduler

extension RecallSettings: Decodable {
    /// Reads every key, checking each known one; a bad value throws `Invalid`, naming it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: SettingsKey.self)
        self.init()
        for key in container.allKeys {
            try take(try container.decode(JSONValue.self, forKey: key), for: key.stringValue)
        }
    }

    private mutating func take(_ value: JSONValue, for key: String) throws(Invalid) {
        func invalid(_ message: String) -> Invalid { Invalid(message: message) }
        switch key {
        case "desiredRetention":
            guard let number = value.number, number > 0, number < 1 else {
                throw invalid("'desiredRetention' must be a number between 0 and 1, such as 0.9")
            }
            desiredRetention = number
        case "learningSteps": learningSteps = try Self.steps(value, key)
        case "relearningSteps": relearningSteps = try Self.steps(value, key)
        case "maximumInterval": maximumInterval = try Self.whole(value, key, in: 1...36500, unit: " days")
        case "fuzz":
            guard case .bool(let flag) = value else { throw invalid("'fuzz' must be true or false") }
            fuzz = flag
        case "newPerDay": newPerDay = try Self.whole(value, key, in: 0...100_000)
        case "reviewsPerDay": reviewsPerDay = try Self.whole(value, key, in: 0...100_000)
        case "leechThreshold": leechThreshold = try Self.whole(value, key, in: 1...1000)
        case "quizzesCount":
            guard case .bool(let flag) = value else { throw invalid("'quizzesCount' must be true or false") }
            quizzesCount = flag
        case "parameters":
            guard let items = value.array, items.allSatisfy({ $0.number != nil }) else {
                throw invalid("'parameters' must be a list of 21 numbers (the FSRS-6 weights)")
            }
            do {
                parameters = try FSRSParameters(weights: items.compactMap(\.number))
            } catch {
                throw invalid("'parameters' cannot be used: \(error)")
            }
        case "exams": exams = try Self.exams(value)
        case "studyMore": studyMore = try StudyMore.read(value)
        default: otherKeys[key] = value
        }
    }

    /// The longest learning or relearning step: a year.
    static let longestStep = TimeSpan.days(365)

    private static func steps(_ value: JSONValue, _ key: String) throws(Invalid) -> [TimeSpan] {
        guard let items = value.array else {
            throw Invalid(message: "'\(key)' must be a list of durations, such as [\"1m\", \"10m\"]")
        }
        var steps: [TimeSpan] = []
        for item in items {
            guard let text = item.string, let step = TimeSpan(text: text), step.microseconds > 0 else {
                throw Invalid(
                    message: "'\(key)' has \(item.described), which is not a duration; write a number "
                        + "with a unit s, m, h or d, such as \"90s\", \"10m\" or \"1d\"")
            }
            guard step <= Self.longestStep else {
                throw Invalid(message: "'\(key)' has \(item.described); a step is at most 365 days (\"365d\")")
            }
            steps.append(step)
        }
        return steps
    }

    /// `{"sco": {"date": "2026-12-20", "budget": "20m", "fewerCardsKnownWell": false}}`.
    private static func exams(_ value: JSONValue) throws(Invalid) -> [String: ExamSetting] {
        guard case .object(let decks) = value else {
            throw Invalid(
                message: "'exams' must map deck ids to exams, such as "
                    + "{\"sco\": {\"date\": \"2026-12-20\", \"budget\": \"20m\"}}")
        }
        var exams: [String: ExamSetting] = [:]
        for (deck, entry) in decks {
            let owner = "the exam of '\(deck)'"
            guard let text = entry["date"]?.string, case .success(let date) = PartialDate.parse(text),
                date.precision == .day
            else { throw Invalid(message: "\(owner) needs a 'date' such as \"2026-12-20\"") }
            let budgetText = entry["budget"]?.string ?? entry["budget"]?.integer.map(String.init)
            guard let budgetText, let budget = ExamSetting.Budget(text: budgetText) else {
                throw Invalid(
                    message: "\(owner) needs a 'budget': minutes a day such as \"20m\", or items a day such as 40")
            }
            var fewer = false
            if let flag = entry["fewerCardsKnownWell"] {
                guard case .bool(let value) = flag else {
                    throw Invalid(message: "\(owner): 'fewerCardsKnownWell' must be true or false")
                }
                fewer = value
            }
            exams[deck] = ExamSetting(date: date, budget: budget, fewerCardsKnownWell: fewer)
        }
        return exams
    }

    private static func whole(_ value: JSONValue, _ key: String, in range: ClosedRange<Int>, unit: String = "")
        throws(Invalid) -> Int
    {
        guard let number = value.integer, range.contains(number) else {
            throw Invalid(
                message: "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)\(unit), "
                    + "not \(value.described)")
        }
        return number
    }
}
