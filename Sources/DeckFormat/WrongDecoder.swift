import DeckModel

/// `wrong:` on any fact: the known wrong versions of its answer, read as the kind's answers
/// are (texts, dates written as `when` is, or numbers). A wrong version that is also right
/// would make every verdict on it a contradiction, so it is an error.
extension FactDecoder {
    /// Wrong texts, none of which may fold to one of the `right` texts. Nil after an error;
    /// an empty list when the fact has no `wrong`.
    func wrongTexts(_ keyed: [String: SourceEntry], owner: String, right: [String]) -> [String]? {
        guard let entry = keyed["wrong"] else { return [] }
        guard
            let wrong = session.textList(
                entry.value, "'wrong' of \(owner)", example: "`wrong: [a known mistake, another]`", allowsSingle: true,
                duplicates: .warning)
        else { return nil }
        let rightKeys = Set(right.map { $0.folded() })
        let clashes = wrong.filter { rightKeys.contains($0.folded()) }
        for clash in clashes {
            session.error(
                "'wrong' of \(owner) lists '\(clash)', which is a right answer; remove it from 'wrong'",
                at: entry.value.location)
        }
        return clashes.isEmpty ? wrong : nil
    }

    /// Wrong dates, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, none equal to `when`.
    func wrongDates(_ keyed: [String: SourceEntry], owner: String, right: PartialDate) -> [PartialDate]? {
        wrongValues(keyed, owner: owner, example: "`wrong: [2002-07-07]`") { node, what in
            guard let date = session.date(node, what) else { return nil }
            guard date != right else {
                session.error("\(what) is \(date), the date in 'when'; remove it from 'wrong'", at: node.location)
                return nil
            }
            return date
        }
    }

    /// Wrong numbers, none within the tolerance of `value` (they would count as right).
    func wrongNumbers(
        _ keyed: [String: SourceEntry], owner: String, right value: DeckNumber, tolerance: DeckNumber
    ) -> [DeckNumber]? {
        wrongValues(keyed, owner: owner, example: "`wrong: [60]`") { node, what in
            guard let number = session.number(node, what, example: "`wrong: [60]`") else { return nil }
            guard abs(number.value - value.value) > tolerance.value else {
                let within =
                    tolerance.value == 0
                    ? "the value" : "within the tolerance of the value, \(value.text) ± \(tolerance.text)"
                session.error(
                    "\(what) is \(number.text), which is \(within), so it would count as right; remove it from 'wrong'",
                    at: node.location)
                return nil
            }
            return number
        }
    }

    /// The items of `wrong`, each read by `read` (which reports its own problems).
    private func wrongValues<Value>(
        _ keyed: [String: SourceEntry], owner: String, example: String, read: (SourceNode, String) -> Value?
    ) -> [Value]? {
        guard let entry = keyed["wrong"] else { return [] }
        let what = "'wrong' of \(owner)"
        guard let nodes = session.items(of: entry.value, what, example: example, allowsSingle: true) else { return nil }
        let values = nodes.map { read($0, "an item of \(what)") }
        return values.contains { $0 == nil } ? nil : values.compactMap { $0 }
    }
}
