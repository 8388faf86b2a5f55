import Foundation

/// Question sets written out for people and programs: plain text, a printable Markdown
/// worksheet with an answer key, or JSON.
public struct Worksheet: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public var deckID: String
    public var title: String
    public var seed: UInt64
    public var questions: [Question]

    public init(deckID: String, title: String, seed: UInt64, questions: [Question]) {
        self.deckID = deckID
        self.title = title
        self.seed = seed
        self.questions = questions
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: json()
        }
    }

    /// A preview: each question with its options, answer and other accepted answers.
    private func text() -> String {
        var lines = ["\(title): \(questions.count) question\(questions.count == 1 ? "" : "s") (seed \(seed))", ""]
        for (number, question) in questions.enumerated() {
            lines.append("\(number + 1). \(question.prompt)")
            lines.append("   [\(question.card)]")
            for (index, option) in (question.options ?? []).enumerated() {
                lines.append("   \(index + 1)) \(option)")
            }
            let joiner = question.kind.mode == .arrange ? " → " : ", "
            lines.append("   answer: " + question.answers.joined(separator: joiner))
            if !question.accepted.isEmpty { lines.append("   also accepted: " + question.accepted.joined(separator: "; ")) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A printable worksheet: numbered questions with lettered options, then the answer key.
    private func markdown() -> String {
        var lines = ["# \(title)", "", "\(questions.count) questions · seed \(seed)", ""]
        for (number, question) in questions.enumerated() {
            lines.append("\(number + 1). \(question.prompt)")
            switch question.kind.mode {
            case .choice, .trueFalse:
                lines.append("")
                for (index, option) in (question.options ?? []).enumerated() {
                    lines.append("    - **\(Self.letter(index)).** \(option)")
                }
            case .arrange:
                lines.append("")
                for (index, option) in (question.options ?? []).enumerated() {
                    lines.append("    - **\(Self.letter(index)).** \(option)")
                }
                lines.append("")
                lines.append("    Order: ______________________")
            case .typed:
                lines.append("")
                lines.append("    Answer: ______________________")
            }
            lines.append("")
        }
        lines.append("## Answer key")
        lines.append("")
        for (number, question) in questions.enumerated() {
            lines.append("\(number + 1). " + keyEntry(question))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func keyEntry(_ question: Question) -> String {
        let options = question.options ?? []
        switch question.expected {
        case .choice(let index):
            return "**\(Self.letter(index)).** \(options[index])"
        case .arrangement(let order):
            return order.map { "**\(Self.letter($0))**" }.joined(separator: ", ") + " (" + question.answers.joined(separator: " → ") + ")"
        default:
            return question.answers.joined(separator: ", ")
        }
    }

    private static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    /// `{"deck", "seed", "questions": [{"card", "fact", "kind", "prompt", "options"?, "answers", "accepted"}]}`.
    private func json() -> String {
        struct Entry: Encodable {
            var card: String
            var fact: String
            var kind: String
            var prompt: String
            var options: [String]?
            var answers: [String]
            var accepted: [String]
        }
        struct Document: Encodable {
            var deck: String
            var seed: UInt64
            var questions: [Entry]
        }
        let document = Document(deck: deckID, seed: seed, questions: questions.map {
            Entry(card: $0.card.description, fact: $0.factID, kind: $0.kind.rawValue, prompt: $0.prompt,
                  options: $0.options, answers: $0.answers, accepted: $0.accepted)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}
