import DeckModel
import Questions
import Review
import Scheduler

/// Turns a verdict into an FSRS rating: wrong → Again, partly correct → Hard, correct →
/// Good, and correct within the question kind's "fast" time → Easy.
public enum Grading {
    /// Answer times under this count as fast, by how the question is answered: picking an
    /// option is quicker than typing, and typing a list takes longest.
    public static func fastLimit(for kind: QuestionKind) -> Int {
        switch kind.mode {
        case .choice, .trueFalse: 4_000
        case .typed: kind == .recallAll ? 15_000 : 8_000
        case .arrange: 10_000
        }
    }

    /// The rating for an answer. `milliseconds` is nil when the time is not meaningful (an
    /// answer piped in by a script), and then a correct answer is Good, never Easy.
    public static func rating(for grade: Verdict.Grade, kind: QuestionKind, milliseconds: Int?) -> Rating {
        switch grade {
        case .wrong, .dontKnow: .again
        case .partlyCorrect: .hard
        case .correct:
            if let milliseconds, milliseconds < fastLimit(for: kind) { .easy } else { .good }
        }
    }

    /// A verdict as the journal records it.
    public static func recorded(_ grade: Verdict.Grade) -> ReviewRecord.Verdict {
        switch grade {
        case .correct: .correct
        case .partlyCorrect: .partlyCorrect
        case .wrong: .wrong
        case .dontKnow: .dontKnow
        }
    }
}
