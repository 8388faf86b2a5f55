/// The learner's scheduling choices (py-fsrs `Scheduler` arguments).
public struct SchedulerSettings: Sendable, Equatable {
    public var parameters: FSRSParameters
    public var desiredRetention: Double
    public var learningSteps: [TimeSpan]
    public var relearningSteps: [TimeSpan]
    /// Longest interval, in days.
    public var maximumInterval: Int
    public var fuzz: Bool

    public init(
        parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
        learningSteps: [TimeSpan] = [.seconds(60), .seconds(600)], relearningSteps: [TimeSpan] = [.seconds(600)],
        maximumInterval: Int = 36500, fuzz: Bool = true
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzz = fuzz
    }

    /// Every value scheduling uses, exactly (numbers by their bits): equal texts schedule
    /// alike, so a snapshot made with other settings is noticed.
    public var canonicalText: String {
        let bits = (parameters.weights + [desiredRetention]).map { String($0.bitPattern, radix: 16) }
        let steps = [learningSteps, relearningSteps].map { $0.map { String($0.microseconds) }.joined(separator: ",") }
        return (bits + steps + [String(maximumInterval), fuzz ? "fuzz" : "exact"]).joined(separator: ";")
    }
}
