import DeckModel
import Foundation
import Scheduler

/// The learner's settings, `$RECALL_HOME/settings.json`, read and written through `Codable`.
///
/// A missing key takes its default; a key with an invalid value is an error that names the
/// key, and the file is never reset behind the learner's back. Keys this build does not
/// know are kept when the file is written back (a newer Recall may have added them).
public struct RecallSettings: Sendable, Equatable {
    public var desiredRetention = 0.9
    public var learningSteps: [TimeSpan] = [.seconds(60), .seconds(600)]
    public var relearningSteps: [TimeSpan] = [.seconds(600)]
    public var maximumInterval = 36500
    public var fuzz = true
    public var newPerDay = 20
    public var reviewsPerDay = 200
    public var leechThreshold = 8
    /// Whether quiz answers count for scheduling; by default they are practice.
    public var quizzesCount = false
    public var parameters = FSRSParameters.default
    /// The exams set, by deck id (`recall exam`).
    public var exams: [String: ExamSetting] = [:]
    /// Today's "study more" (`StudyMore`), if asked for.
    public var studyMore: StudyMore?
    /// Keys not known to this build, kept as read.
    public var otherKeys: [String: JSONValue] = [:]

    /// The keys this version reads.
    public static let knownKeys = [
        "desiredRetention", "learningSteps", "relearningSteps", "maximumInterval", "fuzz", "newPerDay",
        "reviewsPerDay", "leechThreshold", "quizzesCount", "parameters", "exams",
        "studyMore",
    ]

    /// A line for each key kept but not read that looks like a misspelt known key.
    public var misspeltKeyNotes: [String] {
        otherKeys.keys.sorted().compactMap { key in
            Suggestion.closest(to: key, among: Self.knownKeys).map {
                "\(Self.fileName): unknown key '\(key)'; did you mean '\($0)'? It is kept, but nothing reads it."
            }
        }
    }

    public init() {}

    public static let fileName = "settings.json"

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

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    /// Reads a settings file's bytes; `path` names the file in problems.
    public static func decode(_ bytes: [UInt8], path: String) throws(Problem) -> RecallSettings {
        do {
            return try JSONDecoder().decode(RecallSettings.self, from: Data(bytes))
        } catch let problem as Invalid {
            throw Problem(path: path, message: problem.message)
        } catch DecodingError.typeMismatch {
            throw Problem(path: path, message: "must be a JSON object of settings")
        } catch {
            let place = JSONSyntax.place(of: bytes).map { " (\($0))" } ?? ""
            throw Problem(
                path: path, message: "not valid JSON\(place); fix it, or delete the file to get the defaults back")
        }
    }

    /// The file's bytes: every key, sorted, the unknown ones as they were read.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Settings hold numbers, texts and lists only: encoding them cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return Array(data) + [0x0A]
    }

    /// A value the settings cannot take, in words that name its key.
    struct Invalid: Error {
        var message: String
    }
}

extension RecallSettings: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: SettingsKey.self)
        try container.encode(desiredRetention, forKey: "desiredRetention")
        try container.encode(learningSteps.map(\.description), forKey: "learningSteps")
        try container.encode(relearningSteps.map(\.description), forKey: "relearningSteps")
        try container.encode(maximumInterval, forKey: "maximumInterval")
        try container.encode(fuzz, forKey: "fuzz")
        try container.encode(newPerDay, forKey: "newPerDay")
        try container.encode(reviewsPerDay, forKey: "reviewsPerDay")
        try container.encode(leechThreshold, forKey: "leechThreshold")
        try container.encode(quizzesCount, forKey: "quizzesCount")
        try container.encode(parameters.weights, forKey: "parameters")
        try container.encode(exams, forKey: "exams")
        if let studyMore { try container.encode(studyMore.value, forKey: "studyMore") }
        for (key, value) in otherKeys { try container.encode(value, forKey: SettingsKey(stringValue: key)) }
    }
}

/// A settings key by its name.
struct SettingsKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }

    init(stringLiteral value: String) {
        stringValue = value
    }
}
