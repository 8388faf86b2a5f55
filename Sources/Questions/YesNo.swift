import DeckModel

/// Questions answered Yes or No. Typed, they would test nothing but a coin toss, so they are
/// only asked as multiple choice, with Yes and No options both on offer; a learner who types
/// "No, it is not a military bloc" instead of picking still gets the verdict they earned.
enum YesNo {
    enum Polarity {
        case yes, no
    }

    /// The polarity an answer opens with: "Yes" or "No", alone or followed by punctuation and
    /// an explanation ("No: it has no mutual-defence clause"). Nil for any other answer.
    static func polarity(of text: String) -> Polarity? {
        let trimmed = text.trimmingWhitespace()
        for (word, polarity) in [("yes", Polarity.yes), ("no", .no)] {
            guard trimmed.lowercased().hasPrefix(word) else { continue }
            let rest = trimmed.dropFirst(word.count)
            if rest.isEmpty || rest.first.map({ !$0.isLetter && !$0.isNumber }) == true { return polarity }
        }
        return nil
    }

    /// The option a typed yes/no answer picks: among the options of its polarity, the one
    /// whose words it shares most; a bare "Yes" or "No", or a tie, picks the first such option
    /// that the explanation does not contradict, which is the right one when it is among them.
    static func pick(_ input: String, options: [String], right: Int) -> Int? {
        guard let said = polarity(of: input) else { return nil }
        let candidates = options.indices.filter { polarity(of: options[$0]) == said }
        guard !candidates.isEmpty else { return nil }
        let given = Set(WordForms.contentStems(input.folded())).subtracting(["yes", "no"])
        let overlap = { (index: Int) in
            Set(WordForms.contentStems(options[index].folded())).intersection(given).count
        }
        let most = candidates.map(overlap).max() ?? 0
        let best = candidates.filter { overlap($0) == most }
        return best.contains(right) ? right : best.first
    }
}
