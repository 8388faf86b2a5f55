/// The judgement of one answer.
public struct Verdict: Sendable, Equatable {
    public enum Grade: String, Sendable, Codable {
        case correct
        case partlyCorrect = "partly correct"
        case wrong
    }

    public var grade: Grade
    /// The right answer, as shown.
    public var answer: String
    /// What the answer left out (members, the day and month of a date).
    public var missed: [String]
    /// What the answer gave that is wrong (for lists).
    public var wrongItems: [String]

    public init(grade: Grade, answer: String, missed: [String] = [], wrongItems: [String] = []) {
        self.grade = grade
        self.answer = answer
        self.missed = missed
        self.wrongItems = wrongItems
    }

    /// One line: `correct: …`, `partly correct: … (missed: …)` or `wrong: …`.
    public var line: String {
        var details: [String] = []
        if !missed.isEmpty { details.append("missed: " + missed.joined(separator: ", ")) }
        if !wrongItems.isEmpty { details.append("not right: " + wrongItems.joined(separator: ", ")) }
        let suffix = details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")"
        return "\(grade.rawValue): \(answer)\(suffix)"
    }
}
