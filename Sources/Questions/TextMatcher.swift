import DeckModel

/// Judges typed text against the spellings of one answer: folded comparison, then typos.
///
/// A typo is forgiven by edit distance scaled to the answer's length (none under 4
/// letters, 1 up to 7, 2 beyond), but not when the typed text is as close or closer to
/// another answer the deck knows: "Austria" is not a typo of "Australia".
struct TextMatcher: Sendable {
    /// Folded answers the learner might mean instead.
    let known: Set<String>

    /// The edits forgiven in an answer of this folded text.
    static func allowance(for folded: String) -> Int {
        let letters = folded.unicodeScalars.filter { $0 != " " }.count
        return letters < 4 ? 0 : letters <= 7 ? 1 : 2
    }

    /// True when `input` is one of the accepted spellings, or a forgivable typo of one.
    func matches(_ input: String, _ answer: AcceptedText) -> Bool {
        quality(of: input.folded(), answer) != nil
    }

    /// 0 for an exact (folded) match, the edit distance for a forgiven typo, nil otherwise.
    func quality(of folded: String, _ answer: AcceptedText) -> Int? {
        guard !folded.isEmpty else { return nil }
        let forbidden = Set(answer.forbidden.map { $0.folded() })
        if forbidden.contains(folded) { return nil }
        let spellings = answer.spellings.map { $0.folded() }
        if spellings.contains(folded) { return 0 }
        var best: Int?
        for spelling in spellings {
            let allowance = Self.allowance(for: spelling)
            guard allowance > 0 else { continue }
            let distance = EditDistance.between(folded, spelling, limit: allowance)
            if distance <= allowance, distance < (best ?? .max) { best = distance }
        }
        guard let best else { return nil }
        // The typed text may be nearer something else: another answer, or the forbidden text.
        let own = Set(spellings)
        if isClose(folded, within: best, toAnyOf: known, except: own) || isClose(folded, within: best, toAnyOf: forbidden, except: own) {
            return nil
        }
        return best
    }

    /// True when one of `others` lies within `distance` edits of the text.
    private func isClose(_ folded: String, within distance: Int, toAnyOf others: Set<String>, except own: Set<String>) -> Bool {
        let length = folded.count
        for other in others where abs(other.count - length) <= distance && !own.contains(other) {
            if EditDistance.between(folded, other, limit: distance) <= distance { return true }
        }
        return false
    }
}
