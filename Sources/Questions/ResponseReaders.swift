import DeckModel
import Foundation

/// Reads the answers to options: a pick among numbered options, and an arrangement of them.
enum ResponseReaders {
    /// The option (index from 0) the learner chose: its number, its text (typos forgiven
    /// when unambiguous among the options), or for true/false also yes/no/t/f.
    /// When the options are numbers themselves ("1", "2", "3"), an option's exact text wins
    /// over its position.
    static func choice(_ input: String, options: [String]) -> Int? {
        let text = input.trimmingWhitespace()
        if let exact = options.firstIndex(where: { $0.folded() == text.folded() }) { return exact }
        // "2", "2." or "2)", and the letters of a printed worksheet ("b", "(b)").
        let bare = text.trimmingCharacters(in: .init(charactersIn: "().:"))
        if let number = Int(bare), (1...options.count).contains(number) { return number - 1 }
        if bare.count == 1, let letter = bare.lowercased().first, let ascii = letter.asciiValue,
            (UInt8(ascii: "a")..<UInt8(ascii: "a") + UInt8(min(options.count, 26))).contains(ascii),
            options != ["True", "False"]
        {
            return Int(ascii - UInt8(ascii: "a"))
        }
        if options == ["True", "False"] {
            switch text.lowercased() {
            case "true", "t", "yes", "y", "correct", "right": return 0
            case "false", "f", "no", "n", "incorrect", "wrong": return 1
            default: break
            }
        }
        return option(named: text, in: options)
    }

    /// The order the learner gave, as option indices: numbers ("3 1 2", "3,1,2", or "312"
    /// with up to 9 options) or option texts separated by commas, semicolons or new lines.
    /// Nil when it names an option twice or something that is not an option.
    static func arrangement(_ input: String, options: [String]) -> [Int]? {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        var indices: [Int] = []
        if text.allSatisfy({ $0.isASCIIDigit || " ,;.-–>→".contains($0) }) {
            let groups = text.split { !$0.isASCIIDigit }.map(String.init)
            let digits =
                groups.count == 1 && options.count <= 9 && groups[0].count == options.count
                ? groups[0].map(String.init) : groups
            for digit in digits {
                guard let number = Int(digit), (1...options.count).contains(number) else { return nil }
                indices.append(number - 1)
            }
        } else if let exact = Segmenter.segment(text, into: options) {
            indices = exact
        } else {
            let pieces = text.split { ",;\n→>".contains($0) }.map { String($0).trimmingWhitespace() }.filter {
                !$0.isEmpty
            }
            for piece in pieces {
                guard let index = option(named: piece, in: options) else { return nil }
                indices.append(index)
            }
        }
        return Set(indices).count == indices.count ? indices : nil
    }

    /// The option whose text the input names, exactly (folded) or as the one close typo.
    private static func option(named text: String, in options: [String]) -> Int? {
        let folded = text.folded()
        if let exact = options.firstIndex(where: { $0.folded() == folded }) { return exact }
        let matcher = TextMatcher(known: Set(options.map { $0.folded() }))
        let close = options.indices.filter { matcher.matches(text, AcceptedText([options[$0]])) }
        return close.count == 1 ? close[0] : nil
    }
}

extension Question {
    /// The option an answer picks (its index), by number, letter or text, for a multiple
    /// choice or true/false question; nil for other questions, and for an answer that names
    /// no option.
    public func chosenOption(in input: String) -> Int? {
        guard kind.mode == .choice || kind.mode == .trueFalse, let options else { return nil }
        return ResponseReaders.choice(input, options: options)
    }

    /// The number typed when it names none of the options ("7" of four) and no option reads
    /// so: a slip to ask again about, not an answer to grade.
    public func unknownOptionNumber(in input: String) -> Int? {
        guard kind.mode == .choice || kind.mode == .trueFalse, let options,
            ResponseReaders.choice(input, options: options) == nil
        else { return nil }
        return Int(input.trimmingWhitespace().trimmingCharacters(in: .init(charactersIn: "().:")))
    }
}
