import DeckModel
import Scheduler

extension ReplayLog {
    /// The optimizer's training items (fsrs.md §7.2), from the reviews the replay keeps:
    /// undone answers left out and overrides applied as the replay applies them, practice
    /// answers never counted. For each card, one item per review after its first that comes
    /// a study day or more after the one before (a same-day review would predict a recall of
    /// 1), holding the card's reviews up to it; days counted by `calendar`, with its 4 a.m.
    /// rollover. Items in the order of their last review's time, across cards: training
    /// weights them by recency. `including` says which cards count (all by default). The log
    /// is used up.
    public consuming func optimizerItems(calendar: DayCalendar, including: (CardKey) -> Bool = { _ in true })
        -> [FSRSItem]
    {
        let starts = groupByCard()
        var dated: [(time: Timestamp, order: Int, item: FSRSItem)] = []
        for card in 0..<cards.count where starts[card + 1] - starts[card] >= 2 {
            guard let key = keys[card], including(key) else { continue }
            let steps = self.steps[starts[card]..<starts[card + 1]]
            var reviews: [FSRSReview] = []
            var previousDay: Int?
            for step in steps {
                let day = calendar.day(of: step.time)
                let deltaT = previousDay.map { max(0, day - $0) } ?? 0
                previousDay = day
                reviews.append(FSRSReview(Rating(rawValue: Int(step.rating))!, deltaT))
                if reviews.count >= 2, deltaT > 0 {
                    dated.append((step.time, dated.count, FSRSItem(reviews)))
                }
            }
        }
        return dated.sorted { ($0.time, $0.order) < ($1.time, $1.order) }.map(\.item)
    }
}
