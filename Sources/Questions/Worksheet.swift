import DeckModel
import Foundation

/// Question sets written out for people and programs: a plain-text preview, a printable
/// Markdown or HTML worksheet with an answer key, or JSON. A worksheet may come in several
/// versions (A, B, …) with different questions of the same kinds, for a class.
public struct Worksheet: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, html, json
    }

    /// One version of the sheet.
    public struct Version: Sendable {
        /// "A", "B", …; nil for a sheet with one version.
        public var label: String?
        public var seed: UInt64
        public var questions: [Question]

        public init(label: String?, seed: UInt64, questions: [Question]) {
            self.label = label
            self.seed = seed
            self.questions = questions
        }
    }

    public var deckID: String
    public var title: String
    public var versions: [Version]

    public init(deckID: String, title: String, versions: [Version]) {
        self.deckID = deckID
        self.title = title
        self.versions = versions
    }

    public init(deckID: String, title: String, seed: UInt64, questions: [Question]) {
        self.init(deckID: deckID, title: title, versions: [Version(label: nil, seed: seed, questions: questions)])
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: versions.map(text).joined(separator: "\n")
        case .markdown: versions.map(markdown).joined(separator: "\n---\n\n")
        case .html: WorksheetHTML.page(self)
        case .json: json()
        }
    }

    /// The sheet's heading for a version: "Title" or "Title: version A".
    func heading(_ version: Version) -> String {
        version.label.map { "\(title): version \($0)" } ?? title
    }

    /// A preview: each question with its options, answer and other accepted answers.
    private func text(_ version: Version) -> String {
        let count = version.questions.count
        var lines = ["\(heading(version)): \(count) question\(count == 1 ? "" : "s") (seed \(version.seed))", ""]
        for (number, question) in version.questions.enumerated() {
            lines.append("\(number + 1). \(question.prompt)")
            lines.append("   [\(question.card)]")
            for (index, option) in (question.options ?? []).enumerated() {
                lines.append("   \(index + 1)) \(option)")
            }
            lines.append("   answer: " + Self.answerText(question))
            if !question.accepted.isEmpty {
                lines.append("   also accepted: " + question.accepted.joined(separator: "; "))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A printable worksheet: numbered questions with lettered options, then the answer key.
    private func markdown(_ version: Version) -> String {
        var lines = [
            "# \(Self.markdownText(heading(version)))", "",
            "\(version.questions.count) questions · seed \(version.seed)", "",
        ]
        for (number, question) in version.questions.enumerated() {
            lines.append("\(number + 1). \(Self.markdownText(question.prompt))")
            lines.append("")
            for (index, option) in (question.options ?? []).enumerated() {
                lines.append("    - **\(Self.letter(index)).** \(Self.markdownText(option))")
            }
            switch question.kind.mode {
            case .arrange: lines += ["", "    Order: ______________________"]
            case .typed: lines.append("    Answer: ______________________")
            case .choice, .trueFalse: break
            }
            lines.append("")
        }
        lines.append("## Answer key" + (version.label.map { " (version \($0))" } ?? ""))
        lines.append("")
        for (number, question) in version.questions.enumerated() {
            lines.append("\(number + 1). " + keyEntry(question, bold: { "**\($0)**" }, escape: Self.markdownText))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The key's entry for a question: the letter and text of the right option, the order of
    /// the letters, or the answer.
    func keyEntry(_ question: Question, bold: (String) -> String, escape: (String) -> String) -> String {
        let options = question.options ?? []
        switch question.expected {
        case .choice(let index):
            return bold(Self.letter(index) + ".") + " " + escape(options[index])
        case .arrangement(let order):
            return order.map { bold(Self.letter($0)) }.joined(separator: ", ") + " ("
                + escape(question.answers.joined(separator: " → ")) + ")"
        default:
            return escape(Self.answerText(question))
        }
    }

    static func answerText(_ question: Question) -> String {
        question.answers.joined(separator: question.kind.mode == .arrange ? " → " : ", ")
    }

    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    /// Text for Markdown: characters Markdown would read as markup are escaped, and control
    /// characters dropped.
    static func markdownText(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                out.append(" ")
            } else if "\\`*_[]<>#|".contains(character) {
                out.append("\\")
                out.append(character)
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// `{"deck", "seed", "questions": [...]}`; with versions, `{"deck", "versions": [{"version",
    /// "seed", "questions"}]}`. Each question: card, fact, kind, prompt, options?, answers, accepted.
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
        struct Sheet: Encodable {
            var deck: String
            var seed: UInt64
            var questions: [Entry]
        }
        struct VersionSheet: Encodable {
            var version: String
            var seed: UInt64
            var questions: [Entry]
        }
        struct Versions: Encodable {
            var deck: String
            var versions: [VersionSheet]
        }
        func entries(_ version: Version) -> [Entry] {
            version.questions.map {
                Entry(
                    card: $0.card.description, fact: $0.factID, kind: $0.kind.rawValue, prompt: $0.prompt,
                    options: $0.options, answers: $0.answers, accepted: $0.accepted)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data?
        if versions.count == 1, versions[0].label == nil {
            data = try? encoder.encode(Sheet(deck: deckID, seed: versions[0].seed, questions: entries(versions[0])))
        } else {
            data = try? encoder.encode(
                Versions(
                    deck: deckID,
                    versions: versions.map {
                        VersionSheet(version: $0.label ?? "", seed: $0.seed, questions: entries($0))
                    }))
        }
        return String(decoding: data ?? Data(), as: UTF8.self) + "\n"
    }
}
