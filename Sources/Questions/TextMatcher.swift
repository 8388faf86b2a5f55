import DeckModel
import Foundation

/// Judges typed text against the spellings of one answer: folded comparison (articles
/// anywhere ignored, the deck's abbreviations read as what they stand for), then typos.
///
/// A typo is forgiven by edit distance scaled to the answer's length (none under 4
/// letters, 1 up to 7, 2 beyond), but not when the typed text is as close or closer to
/// another answer the deck knows ("Austria" is not a typo of "Australia"), nor when a typed
/// word is an English word of its own ("separation" is not a typo of "separatism").
struct TextMatcher: Sendable {
    /// Folded answers the learner might mean instead.
    let known: Set<String>
    /// The deck's abbreviations, folded, with the folded words they stand for.
    let acronyms: [String: String]

    init(known: Set<String>, acronyms: [String: String] = [:]) {
        self.known = known
        self.acronyms = acronyms
    }

    /// A spelling the text matched, and how many edits it took.
    struct Match {
        var distance: Int
        var spelling: String
    }

    /// The edits forgiven in an answer of this folded text.
    static func allowance(for folded: String) -> Int {
        let letters = folded.unicodeScalars.filter { $0 != " " }.count
        return letters < 4 ? 0 : letters <= 7 ? 1 : 2
    }

    /// True when `input` is one of the accepted spellings, or a forgivable typo of one.
    func matches(_ input: String, _ answer: AcceptedText) -> Bool {
        match(input.folded(), answer) != nil
    }

    /// 0 for an exact (folded) match, the edit distance for a forgiven typo, nil otherwise.
    func quality(of folded: String, _ answer: AcceptedText) -> Int? {
        match(folded, answer)?.distance
    }

    /// The spelling `folded` stands for, exactly or as a forgiven typo.
    func match(_ folded: String, _ answer: AcceptedText) -> Match? {
        guard !folded.isEmpty else { return nil }
        let forbidden = Set(answer.forbidden.map { $0.folded() })
        if forbidden.contains(folded) || forbidden.contains(WordForms.withoutArticles(folded)) { return nil }
        let inputs = forms(of: folded, keeping: forbidden)
        let exactInputs = inputs.union(Self.spellingForms(of: inputs))
        var best: Match?
        for spelling in answer.spellings {
            let targets = forms(of: spelling.folded(), keeping: forbidden)
            if !exactInputs.isDisjoint(with: targets.union(Self.spellingForms(of: targets))) {
                return Match(distance: 0, spelling: spelling)
            }
            for target in targets {
                let allowance = Self.allowance(for: target)
                guard allowance > 0 else { continue }
                for form in inputs {
                    let distance = EditDistance.between(form, target, limit: allowance)
                    if distance <= allowance, distance < (best?.distance ?? .max), !Self.swapsWord(form, for: target),
                        Self.numerals(form) == Self.numerals(target)
                    {
                        best = Match(distance: distance, spelling: spelling)
                    }
                }
            }
        }
        guard let best else { return nil }
        // The typed text may be nearer something else: another answer, or the forbidden text.
        let own = Set(answer.spellings.map { $0.folded() })
        if isClose(folded, within: best.distance, toAnyOf: known, except: own)
            || isClose(folded, within: best.distance, toAnyOf: forbidden, except: own)
        {
            return nil
        }
        return best
    }

    /// The ways a folded text may be read: as typed, without articles, and with the deck's
    /// abbreviations written out (except those that must not count, such as the term asked
    /// about).
    func forms(of folded: String, keeping forbidden: Set<String>) -> Set<String> {
        let bare = WordForms.withoutArticles(folded)
        var forms: Set<String> = [folded, bare]
        guard !acronyms.isEmpty else { return forms }
        let words = WordForms.words(bare)
        if words.contains(where: { acronyms[$0] != nil && !forbidden.contains($0) }) {
            forms.insert(words.map { forbidden.contains($0) ? $0 : acronyms[$0] ?? $0 }.joined(separator: " "))
        }
        return forms
    }

    /// The same texts with British and American spellings made one, with their words run
    /// together ("co-operation" is "cooperation", "Cape Town" is "capetown"), and without
    /// plural and past endings ("newtons" is "newton"): ways of writing that count as exact,
    /// never as typos.
    static func spellingForms(of forms: Set<String>) -> Set<String> {
        var spelt: Set<String> = []
        for form in forms {
            let words = WordForms.words(form).map(WordForms.spellingKey)
            let key = words.joined(separator: " ")
            spelt.insert(key)
            spelt.insert(key.replacingOccurrences(of: " ", with: ""))
            spelt.insert(words.map(WordForms.inflectionStem).joined(separator: " "))
        }
        return spelt
    }

    /// True when a word of the typed text is a different English word from the one it stands
    /// in for: a word of its own, not a misspelling. Inflections and British or American
    /// spellings of the expected word are the same word.
    static func swapsWord(_ typed: String, for expected: String) -> Bool {
        let given = WordForms.words(typed), wanted = WordForms.words(expected)
        if given.count == wanted.count {
            return zip(given, wanted).contains {
                $0 != $1 && $0.count > 2 && WordList.contains($0) && !WordForms.sameWord($0, $1)
            }
        }
        let wantedSet = Set(wanted)
        return given.contains { word in
            !wantedSet.contains(word) && word.count > 2 && WordList.contains(word)
                && !wanted.contains { WordForms.sameWord(word, $0) }
        }
    }

    /// The runs of digits in a text: a typo never changes a number ("CASA-1300" is not
    /// CASA-1000 misspelt).
    static func numerals(_ text: String) -> [Substring] {
        text.split { !$0.isNumber }
    }

    /// True when one of `others` lies within `distance` edits of the text.
    private func isClose(_ folded: String, within distance: Int, toAnyOf others: Set<String>, except own: Set<String>)
        -> Bool
    {
        let length = folded.count
        for other in others where abs(other.count - length) <= distance && !own.contains(other) {
            if EditDistance.between(folded, other, limit: distance) <= distance { return true }
        }
        return false
    }
}
