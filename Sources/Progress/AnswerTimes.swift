/// How long a learner takes, in seconds (medians from the journal; nil where there are too
/// few answers to tell), for each kind of study event.
public struct AnswerTimes: Sendable, Equatable {
    enum Kind {
        case new, pass, fail
    }

    /// Learning a new card: all its answers on its first day.
    public var new: Double?
    /// A review recalled (Hard, Good or Easy).
    public var pass: Double?
    /// A review forgotten, with its relearning that day.
    public var fail: Double?

    public init(new: Double? = nil, pass: Double? = nil, fail: Double? = nil) {
        self.new = new
        self.pass = pass
        self.fail = fail
    }
}
