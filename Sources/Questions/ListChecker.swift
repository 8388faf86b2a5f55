import DeckModel

/// Typed lists (*recall-all*): every item, in any order or in order, found/total, with what
/// was missed and what was wrong. Items may be separated by commas, semicolons, new lines or
/// "and", or not at all: a line without separators is cut against the expected items, so one
/// wrong item costs one item. A declared mistake among the items makes the answer wrong.
extension AnswerChecker {
    /// What one piece of a typed list turned out to be.
    enum Piece {
        case item(Int, spelling: String?)
        case mistake(String, typed: String)
        case unknown(String)
    }

    func checkItems(
        _ input: String, _ items: [AcceptedText], ordered: Bool, mistakes: Mistakes?, shown: String
    ) -> Verdict {
        let pieces = read(input, items, mistakes)
        var found: [Int] = []
        var wrong: [String] = [], details: [String] = [], spellings: [String] = []
        for piece in pieces {
            switch piece {
            case .item(let index, let spelling):
                guard !found.contains(index) else { continue }
                found.append(index)
                if let spelling { spellings.append(spelling) }
            case .mistake(let mistake, let typed):
                wrong.append(typed)
                if let mistakes { details.append(mistakes.explanation(mistake)) }
            case .unknown(let text):
                wrong.append(text)
            }
        }
        let missed = items.indices.filter { !found.contains($0) }.map { items[$0].canonical }
        let inOrder = found == found.sorted()
        let grade: Verdict.Grade
        if !details.isEmpty || found.isEmpty {
            grade = .wrong
        } else if missed.isEmpty && wrong.isEmpty && (!ordered || inOrder) {
            grade = .correct
        } else {
            grade = .partlyCorrect
        }
        if !spellings.isEmpty { details.append("spelling: " + spellings.joined(separator: ", ")) }
        var verdict = Verdict(grade: grade, answer: shown, missed: missed, wrongItems: wrong, details: details)
        if ordered && missed.isEmpty && !inOrder { verdict.missed = ["the order"] }
        return verdict
    }

    /// The pieces of a typed list: exact items whatever the separators, else the text cut at
    /// separators, each cut further at "and" or against the items when it is not one itself.
    private func read(_ input: String, _ items: [AcceptedText], _ mistakes: Mistakes?) -> [Piece] {
        if let exact = Segmenter.segment(input, into: items.map(\.spellings)) {
            return exact.map { .item($0, spelling: nil) }
        }
        var pieces: [Piece] = []
        for text in ListSplitter.pieces(of: input) {
            if let piece = piece(text, items, mistakes) {
                pieces.append(piece)
                continue
            }
            let parts = ListSplitter.conjunctionParts(of: text)
            let read = parts.map { piece($0, items, mistakes) }
            if parts.count > 1, !read.contains(where: { $0 == nil }) {
                pieces += read.compactMap { $0 }
            } else {
                pieces += cut(text, items, mistakes)
            }
        }
        return pieces
    }

    /// The item or declared mistake a piece of text names, if it names one: a mistake when it
    /// is as close to one as to any item.
    private func piece(_ text: String, _ items: [AcceptedText], _ mistakes: Mistakes?) -> Piece? {
        let folded = text.folded()
        var best: (index: Int, match: TextMatcher.Match)?
        for index in items.indices {
            if let match = matcher.match(folded, items[index]), match.distance < (best?.match.distance ?? .max) {
                best = (index, match)
            }
        }
        if best?.match.distance != 0, let mistakes,
            let mistake = declaredMistake(folded, mistakes, rightDistance: best?.match.distance)
        {
            return .mistake(mistake, typed: text)
        }
        guard let best else { return nil }
        return .item(best.index, spelling: best.match.distance > 0 ? best.match.spelling : nil)
    }

    /// A run of words cut into items, mistakes and unknown words, the cut that names the
    /// most words (a small dynamic programme over word positions). Unknown words in a row
    /// make one wrong piece; "and" and "&" between items are skipped.
    private func cut(_ text: String, _ items: [AcceptedText], _ mistakes: Mistakes?) -> [Piece] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        // Past a few hundred words a line is no list of answers; it is not worth the search.
        guard words.count > 1, words.count <= Self.longestList else {
            return [piece(text, items, mistakes) ?? .unknown(text)]
        }
        let texts = items.flatMap(\.spellings) + (mistakes?.texts ?? [])
        let longest = texts.map { WordForms.words($0.folded()).count }.max() ?? 1
        // best[i]: the highest score for words[..<i], and how it ends.
        var best: [(score: Int, start: Int, piece: Piece?)] =
            [(0, 0, nil)] + Array(repeating: (Int.min, 0, nil), count: words.count)
        for end in 1...words.count {
            for start in max(0, end - longest - 1)..<end where best[start].score != Int.min {
                let span = words[start..<end].joined(separator: " ")
                var score = best[start].score
                let found: Piece?
                if end - start == 1, ["and", "&"].contains(span.lowercased()) {
                    found = nil
                } else if let named = piece(span, items, mistakes) {
                    found = named
                    score += 2 * (end - start)
                } else if end - start == 1 {
                    found = .unknown(span)
                    score -= 1
                } else {
                    continue
                }
                if score > best[end].score { best[end] = (score, start, found) }
            }
        }
        var pieces: [Piece] = []
        var end = words.count
        while end > 0 {
            if let piece = best[end].piece {
                if case .unknown(let word) = piece, case .unknown(let next)? = pieces.first {
                    pieces[0] = .unknown(word + " " + next)
                } else {
                    pieces.insert(piece, at: 0)
                }
            }
            end = best[end].start
        }
        return pieces
    }
}

extension AnswerChecker {
    /// The most words of a typed list cut against the items.
    static let longestList = 300
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
