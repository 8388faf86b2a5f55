import DeckModel

/// The judgement of one answer.
public struct Verdict: Sendable, Equatable {
    public enum Grade: String, Sendable, Codable {
        case correct
        case partlyCorrect = "partly correct"
        case wrong
        /// No answer given (Enter on an empty line): the answer shown, counted as Again.
        case dontKnow = "don't know"
    }

    public var grade: Grade
    /// The right answer, as shown.
    public var answer: String
    /// What the answer left out (members, the day and month of a date).
    public var missed: [String]
    /// What the answer gave that is wrong (for lists).
    public var wrongItems: [String]
    /// Lines that explain the verdict, shown indented under it: what a known mistake gets
    /// wrong (`not 7 July 2002: the SCO Charter was signed on 7 June 2002`), or the spelling
    /// of an answer accepted with a typo (`spelling: separatism`).
    public var details: [String]

    public init(
        grade: Grade, answer: String, missed: [String] = [], wrongItems: [String] = [], details: [String] = []
    ) {
        self.grade = grade
        self.answer = answer
        self.missed = missed
        self.wrongItems = wrongItems
        self.details = details
    }

    /// One line: `correct: …`, `partly correct: … (missed: …)` or `wrong: …`.
    public var line: String {
        var parts: [String] = []
        if !missed.isEmpty { parts.append("missed: " + missed.joined(separator: ", ")) }
        if !wrongItems.isEmpty { parts.append("not right: " + wrongItems.joined(separator: ", ")) }
        let suffix = parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
        return "\(grade.rawValue): \(answer)\(suffix)"
    }
}
