import ArgumentParser
import Foundation
import Scheduler
import Study

/// `recall exam-policy`: Recall's exam planner as a policy for `exam_sim.py --external`,
/// speaking its JSON-lines protocol (`exam-mode.md` §4.5) on stdin and stdout.
struct ExamPolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam-policy",
        abstract: "Plan exam study days for exam_sim.py, over its JSON-lines protocol.",
        discussion: """
            Reads one JSON object a line: a "start" with the simulation's context (deck size, exam
            day, budget, costs, FSRS parameters, rating frequencies), then for each day a "day"
            (answered with {"queue": [card ids]}) and its "results", and an "end". The queue comes
            from the same planner as the study queue of a deck with an exam set. For example:

              exam_sim.py --external "recall=.build/release/recall exam-policy"
            """)

    func run() throws {
        var session: ExamPolicySession?
        while let line = readLine() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let message = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let type = message["type"] as? String
            else { throw ValidationError("not a protocol message: \(line.prefix(200))") }
            switch type {
            case "start":
                guard let context = message["context"] as? [String: Any] else { throw ValidationError("a start without a context") }
                session = try ExamPolicySession(context: context)
            case "day":
                guard let session, let day = message["day"] as? Int else { throw ValidationError("a day before the start, or without a number") }
                let reply = try JSONSerialization.data(withJSONObject: ["queue": session.queue(day: day)])
                FileHandle.standardOutput.write(reply + Data("\n".utf8))
            case "results":
                guard session != nil, let day = message["day"] as? Int, let results = message["results"] as? [[String: Any]] else {
                    throw ValidationError("results before the start, or without a day")
                }
                try session!.record(results, day: day)
            case "end":
                return
            default:
                throw ValidationError("unknown message type '\(type)'")
            }
        }
    }
}

/// One simulated learner's run: the planner's belief about each card, kept from the results.
struct ExamPolicySession {
    private var belief: ExamBelief
    private let planner: ExamPlanner

    init(context: [String: Any]) throws {
        guard let size = context["deck_size"] as? Int, size >= 0, let examDay = context["exam_day"] as? Int,
              let budget = context["budget"] as? [String: Any]
        else { throw ValidationError("the context needs deck_size, exam_day and budget") }
        var settings = SchedulerSettings()
        if let weights = context["parameters"] as? [Double] {
            do {
                settings.parameters = try FSRSParameters(weights: weights)
            } catch {
                throw ValidationError("the parameters: \(error)")
            }
        }
        let model = FSRS(settings: settings)
        let costs: ExamPlanner.Costs
        if budget["items"] != nil {
            costs = .items
        } else {
            let given = context["costs"] as? [String: Double] ?? [:]
            let standard = ExamPlanner.Costs.standard
            costs = ExamPlanner.Costs(new: given["new"] ?? standard.new, pass: given["pass"] ?? standard.pass, fail: given["fail"] ?? standard.fail)
        }
        let probabilities = context["review_rating_prob"] as? [Double] ?? ExamPlanner.reviewRatingProbabilities
        planner = ExamPlanner(model: model, examDay: examDay, costs: costs, reviewRatingProbabilities: probabilities)
        belief = ExamBelief(cards: Array(repeating: .unstudied, count: size), model: model)
    }

    func queue(day: Int) -> [Int] {
        planner.queue(belief.cards, day: day)
    }

    mutating func record(_ results: [[String: Any]], day: Int) throws {
        for result in results {
            guard let card = result["card"] as? Int, belief.cards.indices.contains(card), let numbers = result["ratings"] as? [Int],
                  !numbers.isEmpty
            else { throw ValidationError("a result needs a card in range and its ratings") }
            let ratings = try numbers.map { number -> Rating in
                guard let rating = Rating(rawValue: number) else { throw ValidationError("a rating must be 1 to 4, not \(number)") }
                return rating
            }
            belief.record(card: card, ratings: ratings, day: day)
        }
    }
}
