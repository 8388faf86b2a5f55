import DeckModel
import Foundation
import Scheduler

/// The learner's settings, `$RECALL_HOME/settings.json`.
///
/// The file is created with the defaults on first use. A missing key takes its default; a
/// key with an invalid value is an error that names the key, and the file is never reset
/// behind the learner's back. Keys this build does not know are kept when the file is
/// rewritten (a newer Recall may have added them).
public struct RecallSettings: Sendable, Equatable {
    public var desiredRetention = 0.9
    public var learningSteps: [TimeSpan] = [.seconds(60), .seconds(600)]
    public var relearningSteps: [TimeSpan] = [.seconds(600)]
    public var maximumInterval = 36500
    public var fuzz = true
    public var newPerDay = 20
    public var reviewsPerDay = 200
    public var leechThreshold = 8
    public var parameters = FSRSParameters.default
    /// The exams set, by deck id (`recall exam`).
    public var exams: [String: ExamSetting] = [:]
    /// Keys not known to this build, kept as read.
    public var otherKeys: [String: JSONValue] = [:]

    public init() {}

    public static let fileName = "settings.json"

    /// The keys, in the order the file lists them.
    public static let keys = [
        "desiredRetention", "learningSteps", "relearningSteps", "maximumInterval", "fuzz",
        "newPerDay", "reviewsPerDay", "leechThreshold", "parameters", "exams",
    ]

    public var scheduler: SchedulerSettings {
        SchedulerSettings(
            parameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, fuzz: fuzz)
    }

    /// A settings file that cannot be used, naming the file and the key.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    // MARK: - Reading

    /// Loads the settings in `folder`, writing the defaults there first when there is no file.
    public static func load(folder: String) throws -> RecallSettings {
        FileSystem.removeStaleTemporaries(of: folder + "/" + fileName)
        let path = folder + "/" + fileName
        guard let bytes = try FileSystem.read(path) else {
            let defaults = RecallSettings()
            try FileSystem.makeFolder(folder)
            try defaults.save(folder: folder)
            return defaults
        }
        return try parse(bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(Problem) -> RecallSettings {
        func problem(_ message: String) -> Problem { Problem(path: path, message: message) }
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            throw problem("not valid JSON (at byte \(error.offset): \(error.reason)); fix it, or delete the file to get the defaults back")
        }
        guard case .object(let fields) = root else { throw problem("must be a JSON object of settings") }
        var settings = RecallSettings()
        for (key, value) in fields {
            switch key {
            case "desiredRetention":
                guard let number = value.number, number > 0, number < 1 else {
                    throw problem("'desiredRetention' must be a number between 0 and 1, such as 0.9")
                }
                settings.desiredRetention = number
            case "learningSteps", "relearningSteps":
                guard let items = value.array else { throw problem("'\(key)' must be a list of durations, such as [\"1m\", \"10m\"]") }
                var steps: [TimeSpan] = []
                for item in items {
                    guard let text = item.string, let step = TimeSpan(text: text), step.microseconds > 0 else {
                        throw problem("'\(key)' has \(describe(item)), which is not a duration; write a number with a unit s, m, h or d, such as \"90s\", \"10m\" or \"1d\"")
                    }
                    steps.append(step)
                }
                if key == "learningSteps" { settings.learningSteps = steps } else { settings.relearningSteps = steps }
            case "maximumInterval":
                settings.maximumInterval = try whole(value, key, minimum: 1, problem)
            case "fuzz":
                guard case .bool(let flag) = value else { throw problem("'fuzz' must be true or false") }
                settings.fuzz = flag
            case "newPerDay":
                settings.newPerDay = try whole(value, key, minimum: 0, problem)
            case "reviewsPerDay":
                settings.reviewsPerDay = try whole(value, key, minimum: 0, problem)
            case "leechThreshold":
                settings.leechThreshold = try whole(value, key, minimum: 1, problem)
            case "parameters":
                guard let items = value.array, items.allSatisfy({ $0.number != nil }) else {
                    throw problem("'parameters' must be a list of 21 numbers (the FSRS-6 weights)")
                }
                do {
                    settings.parameters = try FSRSParameters(weights: items.compactMap(\.number))
                } catch {
                    throw problem("'parameters' cannot be used: \(error)")
                }
            case "exams":
                settings.exams = try exams(value, problem)
            default:
                settings.otherKeys[key] = value
            }
        }
        return settings
    }

    /// `{"sco": {"date": "2026-12-20", "budget": "20m", "fewerCardsKnownWell": false}}`.
    private static func exams(_ value: JSONValue, _ problem: (String) -> Problem) throws(Problem) -> [String: ExamSetting] {
        guard case .object(let decks) = value else { throw problem("'exams' must map deck ids to exams, such as {\"sco\": {\"date\": \"2026-12-20\", \"budget\": \"20m\"}}") }
        var exams: [String: ExamSetting] = [:]
        for (deck, entry) in decks {
            let owner = "the exam of '\(deck)'"
            guard let text = entry["date"]?.string, case .success(let date) = PartialDate.parse(text), date.precision == .day else {
                throw problem("\(owner) needs a 'date' such as \"2026-12-20\"")
            }
            let budgetText = entry["budget"]?.string ?? entry["budget"]?.integer.map(String.init)
            guard let budgetText, let budget = ExamSetting.Budget(text: budgetText) else {
                throw problem("\(owner) needs a 'budget': minutes a day such as \"20m\", or items a day such as 40")
            }
            var fewer = false
            if let flag = entry["fewerCardsKnownWell"] {
                guard case .bool(let value) = flag else { throw problem("\(owner): 'fewerCardsKnownWell' must be true or false") }
                fewer = value
            }
            exams[deck] = ExamSetting(date: date, budget: budget, fewerCardsKnownWell: fewer)
        }
        return exams
    }

    private static func whole(_ value: JSONValue, _ key: String, minimum: Int, _ problem: (String) -> Problem) throws(Problem) -> Int {
        guard let number = value.integer, number >= minimum else {
            throw problem("'\(key)' must be a whole number of at least \(minimum), not \(describe(value))")
        }
        return number
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): "\(number)"
        case .string(let text): "\"\(text)\""
        case .array: "a list"
        case .object: "an object"
        }
    }

    // MARK: - Writing

    /// Writes the file atomically, known keys first in their documented order.
    public func save(folder: String) throws {
        var lines: [String] = [
            "  \"desiredRetention\": \(desiredRetention)",
            "  \"learningSteps\": [\(learningSteps.map { "\"\($0)\"" }.joined(separator: ", "))]",
            "  \"relearningSteps\": [\(relearningSteps.map { "\"\($0)\"" }.joined(separator: ", "))]",
            "  \"maximumInterval\": \(maximumInterval)",
            "  \"fuzz\": \(fuzz)",
            "  \"newPerDay\": \(newPerDay)",
            "  \"reviewsPerDay\": \(reviewsPerDay)",
            "  \"leechThreshold\": \(leechThreshold)",
            "  \"parameters\": [\(parameters.weights.map { "\($0)" }.joined(separator: ", "))]",
            "  \"exams\": {" + exams.keys.sorted().map { deck in
                let exam = exams[deck]!
                let budget = switch exam.budget {
                case .minutes: JournalCodec.quoted(exam.budget.description)
                case .items(let items): "\(items)"
                }
                return "\(JournalCodec.quoted(deck)): {\"date\": \"\(exam.date)\", \"budget\": \(budget), \"fewerCardsKnownWell\": \(exam.fewerCardsKnownWell)}"
            }.joined(separator: ", ") + "}",
        ]
        for key in otherKeys.keys.sorted() {
            lines.append("  \(JournalCodec.quoted(key)): \(Self.serialize(otherKeys[key]!))")
        }
        let text = "{\n" + lines.joined(separator: ",\n") + "\n}\n"
        try FileSystem.writeAtomically(Array(text.utf8), to: folder + "/" + Self.fileName)
    }

    static func serialize(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? "\(Int(number))" : "\(number)"
        case .string(let text): JournalCodec.quoted(text)
        case .array(let items): "[" + items.map(serialize).joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { JournalCodec.quoted($0) + ": " + serialize(fields[$0]!) }.joined(separator: ", ") + "}"
        }
    }
}
