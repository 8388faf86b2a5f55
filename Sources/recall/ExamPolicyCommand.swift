import ArgumentParser
import Foundation
import Scheduler
import Study

/// `recall exam-policy`: Recall's exam planner as a policy for `exam_sim.py --external`,
/// speaking its JSON-lines protocol (`exam-mode.md` §4.5) on stdin and stdout.
struct ExamPolicyCommand: ParsableCommand {
    // swift-format-ignore: its text is laid out for the help, one line per paragraph
    static let configuration = CommandConfiguration(
        commandName: "exam-policy",
        abstract: "Plan exam study days for exam_sim.py, over its JSON-lines protocol.",
        discussion: """
            Reads one JSON object a line: a "start" with the simulation's context (deck size, exam \
            day, budget, costs, FSRS parameters, rating frequencies), then for each day a "day" \
            (answered with {"queue": [card ids]}) and its "results", and an "end". The queue comes \
            from the same planner as the study queue of a deck with an exam set. For example:

              exam_sim.py --external "recall=.build/release/recall exam-policy"
            """)

    func run() throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let encoder = JSONEncoder()
        var session: ExamPolicySession?
        while let line = readLine() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let message = try? decoder.decode(PolicyMessage.self, from: Data(line.utf8)) else {
                throw ValidationError("not a protocol message: \(line.prefix(200))")
            }
            switch message.type {
            case "start":
                guard let context = message.context else { throw ValidationError("a start without a context") }
                session = try ExamPolicySession(context: context)
            case "day":
                guard let session, let day = message.day else {
                    throw ValidationError("a day before the start, or without a number")
                }
                try PolicyMessage.check(day: day)
                let reply = try encoder.encode(["queue": session.queue(day: day)])
                FileHandle.standardOutput.write(reply + Data("\n".utf8))
            case "results":
                guard session != nil, let day = message.day, let results = message.results else {
                    throw ValidationError("results before the start, or without a day")
                }
                try PolicyMessage.check(day: day)
                try session!.record(results, day: day)
            case "end":
                return
            default:
                throw ValidationError("unknown message type '\(message.type)'")
            }
        }
    }
}

/// One line from the simulator; which fields it has depends on its type.
struct PolicyMessage: Decodable {
    struct Context: Decodable {
        var deckSize: Int
        var examDay: Int
        /// `{"minutes": 20}` or `{"items": 40}`.
        var budget: [String: Double]
        var costs: [String: Double]?
        /// The FSRS-6 weights; the defaults when absent.
        var parameters: [Double]?
        var reviewRatingProb: [Double]?
    }

    /// A card studied that day: the first rating, then the same-day steps.
    struct Result: Decodable {
        var card: Int
        var ratings: [Int]
    }

    var type: String
    var context: Context?
    var day: Int?
    var results: [Result]?

    /// The days a simulation may name: a hundred years from its start.
    static let days = 0...36_500

    static func check(day: Int) throws {
        guard days.contains(day) else {
            throw ValidationError("a day must be from \(days.lowerBound) to \(days.upperBound), not \(day)")
        }
    }
}

/// One simulated learner's run: the planner's belief about each card, kept from the results.
struct ExamPolicySession {
    private var belief: ExamBelief
    private let planner: ExamPlanner

    init(context: PolicyMessage.Context) throws {
        guard context.deckSize >= 0 else { throw ValidationError("the context needs a deck_size of 0 or more") }
        try PolicyMessage.check(day: context.examDay)
        var settings = SchedulerSettings()
        if let weights = context.parameters {
            do {
                settings.parameters = try FSRSParameters(weights: weights)
            } catch {
                throw ValidationError("the parameters: \(error)")
            }
        }
        let model = FSRS(settings: settings)
        let costs: ExamPlanner.Costs
        if context.budget["items"] != nil {
            costs = .items
        } else {
            let given = context.costs ?? [:]
            let standard = ExamPlanner.Costs.standard
            costs = ExamPlanner.Costs(
                new: given["new"] ?? standard.new, pass: given["pass"] ?? standard.pass,
                fail: given["fail"] ?? standard.fail)
        }
        let probabilities = context.reviewRatingProb ?? ExamPlanner.reviewRatingProbabilities
        planner = ExamPlanner(
            model: model, examDay: context.examDay, costs: costs, reviewRatingProbabilities: probabilities)
        belief = ExamBelief(cards: Array(repeating: .unstudied, count: context.deckSize), model: model)
    }

    func queue(day: Int) -> [Int] {
        planner.queue(belief.cards, day: day)
    }

    mutating func record(_ results: [PolicyMessage.Result], day: Int) throws {
        for result in results {
            guard belief.cards.indices.contains(result.card), !result.ratings.isEmpty else {
                throw ValidationError("a result needs a card in range and its ratings")
            }
            let ratings = try result.ratings.map { number -> Rating in
                guard let rating = Rating(rawValue: number) else {
                    throw ValidationError("a rating must be 1 to 4, not \(number)")
                }
                return rating
            }
            belief.record(card: result.card, ratings: ratings, day: day)
        }
    }
}
