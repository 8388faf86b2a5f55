import DeckModel

/// Cuts a typed list into known texts when every part is typed exactly (up to folding),
/// whatever the separators: the way to read items that contain commas themselves, such as
/// "Peace Mission 2007, the first SCO exercise with all six members, was held".
enum Segmenter {
    /// The indices of `texts` that the input spells out one after another, each used at most
    /// once, or nil when the input is not exactly such a sequence.
    static func segment(_ input: String, into texts: [String]) -> [Int]? {
        segment(input, into: texts.map { [$0] })
    }

    /// The same with several spellings per text (aliases): `spellings[i]` are the ways of
    /// writing text i.
    static func segment(_ input: String, into spellings: [[String]]) -> [Int]? {
        let words = significantWords(input)
        guard !words.isEmpty else { return nil }
        let candidates: [(index: Int, words: [String])] = spellings.enumerated().flatMap { index, forms in
            forms.map { (index, significantWords($0)) }.filter { !$0.1.isEmpty }
        }
        var used = Set<Int>()
        var result: [Int] = []
        return search(words[...], candidates, &used, &result) ? result : nil
    }

    /// The folded words without articles: folding drops only a text's leading article, and
    /// inside a list every item may bring its own ("the Charter, the Treaty").
    private static func significantWords(_ text: String) -> [String] {
        text.folded().split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
    }

    /// Depth-first: at each point try every unused text that the remaining words start with,
    /// longest first, so "India and Pakistan" wins over "India".
    private static func search(
        _ words: ArraySlice<String>, _ candidates: [(index: Int, words: [String])], _ used: inout Set<Int>,
        _ result: inout [Int]
    ) -> Bool {
        if words.isEmpty { return true }
        let fitting =
            candidates
            .filter { !used.contains($0.index) && words.starts(with: $0.words) }
            .sorted { $0.words.count > $1.words.count }
        for candidate in fitting {
            used.insert(candidate.index)
            result.append(candidate.index)
            if search(words.dropFirst(candidate.words.count), candidates, &used, &result) { return true }
            used.remove(candidate.index)
            result.removeLast()
        }
        return false
    }
}
