import Foundation
import Questions

/// The line-mode question loop behind `recall quiz --plain`: print a question, read one
/// line, print one verdict line. Plain text only, never an escape sequence.
struct PlainQuiz {
    let checker: AnswerChecker
    let questions: [Question]
    private(set) var correct = 0
    private(set) var answered = 0

    init(checker: AnswerChecker, questions: [Question]) {
        self.checker = checker
        self.questions = questions
    }

    mutating func run(title: String, seed: UInt64) {
        print("\(title): \(questions.count) question\(questions.count == 1 ? "" : "s") (seed \(seed))")
        for (number, question) in questions.enumerated() {
            print("")
            print("[\(number + 1)/\(questions.count)] \(question.prompt)")
            for (index, option) in (question.options ?? []).enumerated() {
                print("  \(index + 1)) \(option)")
            }
            if let hint = Self.hint(for: question) { print("  (\(hint))") }
            guard let line = readLine(strippingNewline: true) else { break }
            let verdict = checker.check(line, for: question)
            answered += 1
            if verdict.grade == .correct { correct += 1 }
            print(verdict.line)
            if let reveal = question.reveal { print("  \(reveal)") }
            if let note = question.note { print("  note: \(note)") }
        }
        print("")
        print("score: \(correct)/\(answered == questions.count ? questions.count : answered)")
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
