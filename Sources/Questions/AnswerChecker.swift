import Foundation
import DeckModel

/// Judges answers to questions: lenient where a person would be (case, diacritics, typos,
/// aliases, date and number formats) and strict where it matters (a typo that lands on
/// another real answer is wrong).
public struct AnswerChecker: Sendable {
    private let matcher: TextMatcher

    public init(vocabulary: DeckVocabulary) {
        matcher = TextMatcher(known: vocabulary.known)
    }

    public func check(_ input: String, for question: Question) -> Verdict {
        let shown = question.kind.mode == .arrange ? question.answers.joined(separator: " → ")
            : question.answers.joined(separator: ", ")
        switch question.expected {
        case .text(let accepted):
            return Verdict(grade: matcher.matches(input, accepted) ? .correct : .wrong, answer: shown)
        case .date(let date):
            return checkDate(input, date, shown: shown)
        case .number(let value, let tolerance, let unit):
            let given = NumberReader.read(input, unit: unit)
            let right = given.map { abs($0 - value) <= tolerance + 1e-9 * max(1, abs(value)) } ?? false
            return Verdict(grade: right ? .correct : .wrong, answer: shown)
        case .choice(let index):
            let options = question.options ?? []
            if let picked = ResponseReaders.choice(input, options: options) {
                return Verdict(grade: picked == index ? .correct : .wrong, answer: shown)
            }
            // Another spelling of the right option ("PRC" for "China") counts too.
            let alias = matcher.matches(input, AcceptedText([options[index]] + question.accepted))
            return Verdict(grade: alias ? .correct : .wrong, answer: shown)
        case .items(let items, let ordered):
            return checkItems(input, items, ordered: ordered, shown: shown)
        case .arrangement(let order):
            return checkArrangement(input, order, options: question.options ?? [], shown: shown)
        }
    }

    // MARK: - Dates

    /// Right at the fact's precision is correct; the right year with a wrong or missing month
    /// or day is partly correct.
    private func checkDate(_ input: String, _ date: PartialDate, shown: String) -> Verdict {
        guard let given = DateReader.read(input), given.year == date.year else { return Verdict(grade: .wrong, answer: shown) }
        var missed: [String] = []
        if let month = date.month, given.month != month { missed.append("the month") }
        if let day = date.day, given.day != day { missed.insert("the day", at: 0) }
        return Verdict(grade: missed.isEmpty ? .correct : .partlyCorrect, answer: shown, missed: missed)
    }

    // MARK: - Lists

    /// Every item, in any order or in order: found/total, with what was missed and what was wrong.
    private func checkItems(_ input: String, _ items: [AcceptedText], ordered: Bool, shown: String) -> Verdict {
        var found: [Int] = []
        var wrong: [String] = []
        let pieces = Segmenter.segment(input, into: items.map(\.spellings)) != nil ? [] : ListSplitter.pieces(of: input)
        if pieces.isEmpty { found = Segmenter.segment(input, into: items.map(\.spellings)) ?? [] }
        for piece in pieces {
            if let index = match(piece, items, excluding: found) {
                found.append(index)
            } else {
                let parts = ListSplitter.conjunctionParts(of: piece)
                let matched = parts.map { match($0, items, excluding: found) }
                if parts.count > 1, matched.contains(where: { $0 != nil }) {
                    for (part, index) in zip(parts, matched) {
                        if let index, !found.contains(index) { found.append(index) } else { wrong.append(part) }
                    }
                } else if !found.contains(where: { items[$0].spellings.contains { $0.folded() == piece.folded() } }) {
                    wrong.append(piece)
                }
            }
        }
        let missed = items.indices.filter { !found.contains($0) }.map { items[$0].canonical }
        let inOrder = found == found.sorted()
        let grade: Verdict.Grade
        if missed.isEmpty && wrong.isEmpty && (!ordered || inOrder) {
            grade = .correct
        } else if found.isEmpty {
            grade = .wrong
        } else {
            grade = .partlyCorrect
        }
        var verdict = Verdict(grade: grade, answer: shown, missed: missed, wrongItems: wrong)
        if ordered && missed.isEmpty && !inOrder { verdict.missed = ["the order"] }
        return verdict
    }

    /// The item `piece` names, exact matches before typos, skipping items already found.
    private func match(_ piece: String, _ items: [AcceptedText], excluding found: [Int]) -> Int? {
        let folded = piece.folded()
        var best: (index: Int, quality: Int)?
        for index in items.indices where !found.contains(index) {
            if let quality = matcher.quality(of: folded, items[index]), quality < (best?.quality ?? .max) {
                best = (index, quality)
            }
        }
        return best?.index
    }

    // MARK: - Arrangements

    /// Exactly right is correct; at least half the places right (and at least two) is partly correct.
    private func checkArrangement(_ input: String, _ order: [Int], options: [String], shown: String) -> Verdict {
        guard let given = ResponseReaders.arrangement(input, options: options) else { return Verdict(grade: .wrong, answer: shown) }
        let placed = zip(given, order).filter { $0 == $1 }.count
        if placed == order.count && given.count == order.count { return Verdict(grade: .correct, answer: shown) }
        if placed >= 2 && placed * 2 >= order.count {
            return Verdict(grade: .partlyCorrect, answer: shown, missed: ["\(order.count - placed) of \(order.count) places"])
        }
        return Verdict(grade: .wrong, answer: shown)
    }
}

/// Splits a typed list into its items.
enum ListSplitter {
    /// Pieces separated by commas, semicolons or new lines.
    static func pieces(of input: String) -> [String] {
        input.split { ",;\n".contains($0) }.map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// A piece split further on " and " and " & ", for "China and Russia". Tried only when
    /// the whole piece is not an item itself ("India and Pakistan" may be one).
    static func conjunctionParts(of piece: String) -> [String] {
        var parts = [piece]
        for separator in [" and ", " & ", " And "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
