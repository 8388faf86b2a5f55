/// The seven kinds of fact. The raw value is the key that names the kind in a deck file.
public enum FactKind: String, Sendable, CaseIterable, Codable, Comparable {
    case term, date, set, sequence, number, cloze, question

    public static func < (lhs: FactKind, rhs: FactKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
