/// Did-you-mean suggestions for misspelt keys and names.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely misspelling.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let allowance = lowered.count <= 3 ? 1 : lowered.count <= 6 ? 2 : 3
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = min(
                EditDistance.between(lowered, candidate.lowercased(), limit: allowance),
                EditDistance.between(lowered.replacingUnderscores(), candidate.lowercased(), limit: allowance))
            if distance <= allowance, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// " Did you mean 'x'?" or nothing.
    public static func phrase(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" || $0 == " " ? "-" : $0 })
    }
}
