import Study

/// `recall exam DECK --json`: the exam set and where the deck stands against it. Every key
/// is present; `firstSeeable` and `warning` are null when the budget covers every card.
struct ExamJSON: Encodable {
    var report: ExamReport
    var deck: String

    private enum Key: String, CodingKey {
        case deck, date, budget, fewerCardsKnownWell, daysLeft, cards, neverStudied, projected, costs, firstSeeable
        case warning, meanRecall, shareAbove90, new, pass, fail
    }

    func encode(to encoder: Encoder) throws {
        let exam = report.plan.setting
        var root = encoder.container(keyedBy: Key.self)
        try root.encode(deck, forKey: .deck)
        try root.encode(exam.date.description, forKey: .date)
        try root.encode(exam.budget.description, forKey: .budget)
        try root.encode(exam.fewerCardsKnownWell, forKey: .fewerCardsKnownWell)
        try root.encode(report.daysLeft, forKey: .daysLeft)
        try root.encode(report.cards, forKey: .cards)
        try root.encode(report.neverStudied, forKey: .neverStudied)
        try root.encode(report.firstSeeable, forKey: .firstSeeable)
        try root.encode(report.warning, forKey: .warning)
        var projected = root.nestedContainer(keyedBy: Key.self, forKey: .projected)
        try projected.encode(Self.rounded(report.forecast.meanRecall), forKey: .meanRecall)
        try projected.encode(Self.rounded(report.forecast.shareAbove90), forKey: .shareAbove90)
        var costs = root.nestedContainer(keyedBy: Key.self, forKey: .costs)
        try costs.encode(report.plan.costs.new, forKey: .new)
        try costs.encode(report.plan.costs.pass, forKey: .pass)
        try costs.encode(report.plan.costs.fail, forKey: .fail)
    }

    /// Four decimals: a forecast is a simulation, not a measurement.
    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
