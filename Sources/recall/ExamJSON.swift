import Study

/// `recall exam DECK --json`: the exam set and where the deck stands against it. Every key
/// is present; `firstSeeable` and `warning` are null when the budget covers every card.
struct ExamJSON: Encodable {
    struct Projected: Encodable {
        var meanRecall, shareAbove90: Double
    }

    var deck, date, budget: String
    var fewerCardsKnownWell: Bool
    var daysLeft, cards, neverStudied: Int
    @Nullable var firstSeeable: Int?
    @Nullable var warning: String?
    var projected: Projected
    /// Seconds per new card, passed review and failed review (1 each for a budget in items).
    var costs: [String: Double]

    init(report: ExamReport, deck: String) {
        let exam = report.plan.setting
        let costs = report.plan.costs
        self.deck = deck
        (date, budget, fewerCardsKnownWell) = (exam.date.description, exam.budget.description, exam.fewerCardsKnownWell)
        (daysLeft, cards, neverStudied) = (report.daysLeft, report.cards, report.neverStudied)
        (firstSeeable, warning) = (report.firstSeeable, report.warning)
        projected = Projected(
            meanRecall: Self.rounded(report.forecast.meanRecall),
            shareAbove90: Self.rounded(report.forecast.shareAbove90))
        self.costs = ["new": costs.new, "pass": costs.pass, "fail": costs.fail]
    }

    /// Four decimals: a forecast is a simulation, not a measurement.
    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
