import DeckModel
import Foundation

/// How the words of folded answers relate: the small words a reader skips, light stemming,
/// and when two spellings are one word ("member" and "members", "organisation" and
/// "organization") rather than two ("separation" and "separatism").
enum WordForms {
    static let articles: Set<String> = ["the", "a", "an"]

    /// Words that carry no content of their own in an answer.
    static let stopwords: Set<String> = [
        "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from", "as", "into",
        "it", "its", "is", "are", "was", "were", "be", "been", "that", "this", "which", "who", "their", "they",
        "so", "than", "also", "both", "has", "have", "had", "will", "would", "can", "may",
    ]

    /// Words that turn a statement round (`Negations`).
    static let negations = Negations.words

    static func words(_ folded: String) -> [String] {
        folded.split(separator: " ").map(String.init)
    }

    /// The folded text without articles anywhere in it: "council of the heads of state"
    /// reads as "council of heads of state".
    static func withoutArticles(_ folded: String) -> String {
        let kept = words(folded).filter { !articles.contains($0) }
        return kept.isEmpty ? folded : kept.joined(separator: " ")
    }

    /// The content words of a folded text, stemmed: what a prose answer is graded by.
    static func contentStems(_ folded: String) -> [String] {
        var stems: [String] = []
        for word in words(folded) where !stopwords.contains(word) {
            let stem = self.stem(word)
            if !stems.contains(stem) { stems.append(stem) }
        }
        return stems
    }

    /// True when two folded words are one word in two forms: an inflection ("member",
    /// "members"; "signed", "sign"), or the British and American spelling.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (x, y) = (spellingKey(a), spellingKey(b))
        return x == y || inflectionStem(x) == inflectionStem(y)
    }

    /// A light stem for grading prose: the inflection off, then one derivational ending
    /// ("deepen", "deeper", "deepening" → "deep"). Both sides of a comparison are stemmed
    /// alike, so a stem need not be a word.
    static func stem(_ word: String) -> String {
        var stem = inflectionStem(spellingKey(word))
        for suffix in ["en", "er", "est", "ly"] where stem.count - suffix.count >= 3 && stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
            break
        }
        return stem
    }

    /// The word without a plural, past or -ing ending, and without a final "e".
    static func inflectionStem(_ word: String) -> String {
        var stem = word
        func drop(_ count: Int, adding tail: String = "") { stem = String(stem.dropLast(count)) + tail }
        if stem.count > 4, stem.hasSuffix("ies") || stem.hasSuffix("ied") {
            drop(3, adding: "y")
        } else if stem.count > 5, stem.hasSuffix("ing") {
            drop(3)
        } else if stem.count > 4, stem.hasSuffix("ed") {
            drop(2)
        } else if stem.count > 4, stem.hasSuffix("es"), sibilants.contains(where: { stem.dropLast(2).hasSuffix($0) }) {
            drop(2)
        } else if stem.count > 3, stem.hasSuffix("s"), !stem.hasSuffix("ss") {
            drop(1)
        }
        if stem.count > 3, stem.hasSuffix("e") { drop(1) }
        return stem
    }

    private static let sibilants = ["s", "x", "z", "ch", "sh"]

    /// One spelling for the British and American forms of a word: -ise/-ize, -isation/-ization,
    /// -our/-or, -tre/-ter, -ence/-ense, -ogue/-og, doubled l, and ae/oe.
    static func spellingKey(_ word: String) -> String {
        var key = word
        for (british, american) in britishToAmerican where key.contains(british) {
            key = key.replacingOccurrences(of: british, with: american)
        }
        return key
    }

    private static let britishToAmerican = [
        ("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("our", "or"), ("ogue", "og"), ("tre", "ter"),
        ("gramme", "gram"),
        ("ence", "ense"), ("ll", "l"), ("ae", "e"), ("oe", "e"),
    ]
}
