import DeckModel
import Foundation
import Questions
import Scheduler

/// Line-mode questions and answers for `quiz --plain` and `study --plain`: print a
/// question, read one line, print one verdict line. Plain text only, never an escape sequence.
struct PlainIO {
    /// Answer times mean something only when a person types at a terminal; piped answers
    /// arrive instantly and must not count as fast.
    private let timesAnswers = isatty(STDIN_FILENO) == 1
    private var askedAt: UInt64 = 0

    struct Answer {
        var text: String
        var milliseconds: Int?
    }

    mutating func ask(_ question: Question, number: Int, total: Int) {
        print("")
        print("[\(number)/\(total)] \(question.prompt)")
        for (index, option) in (question.options ?? []).enumerated() {
            print("  \(index + 1)) \(option)")
        }
        if let hint = Self.hint(for: question) { print("  (\(hint))") }
        fflush(nil)
        askedAt = DispatchTime.now().uptimeNanoseconds
    }

    /// The next line, or nil at the end of input.
    func readAnswer() -> Answer? {
        guard let line = readLine(strippingNewline: true) else { return nil }
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - askedAt) / 1_000_000)
        return Answer(text: line, milliseconds: timesAnswers ? elapsed : nil)
    }

    func show(_ verdict: Verdict, for question: Question, rating: Rating? = nil) {
        // What was typed comes back in the verdict; it may hold control characters.
        print(verdict.line.escapingControlCharacters())
        for detail in verdict.details { print("  \(detail.escapingControlCharacters())") }
        if let reveal = question.reveal { print("  \(reveal)") }
        if let note = question.note { print("  note: \(note)") }
        if let rating { print("  rated \(rating.name)") }
        fflush(nil)
    }

    /// How to answer, for the kinds where it is not obvious.
    private static func hint(for question: Question) -> String? {
        switch question.kind.mode {
        case .arrange: "type the numbers in order, e.g. 2 3 1"
        case .trueFalse: "true or false"
        case .choice: nil
        case .typed: question.kind == .recallAll ? "separate them with commas" : nil
        }
    }
}
