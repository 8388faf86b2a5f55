import ArgumentParser
import DeckModel
import Questions

/// The options that choose a set of questions, shared by `recall questions` and
/// `recall quiz`, so that the same options give the same questions in both.
struct QuestionOptions: ParsableArguments {
    @Option(help: "How many questions to ask. Default: 10.")
    var count: Int?

    @Option(
        help: ArgumentHelp(
            "The random seed; the same seed gives the same questions, in the same order, with the same options. "
                + "Default: a fresh seed, printed with the questions."))
    var seed: UInt64?

    @Option(
        name: .customLong("kind"),
        help: ArgumentHelp(
            "Only questions of this kind (repeatable): "
                + "\(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "kind"))
    var kinds: [String] = []

    func validate() throws {
        guard resolvedCount >= 1 else { throw ValidationError("--count must be at least 1") }
        _ = try kindSet()
    }

    var resolvedCount: Int { count ?? 10 }

    /// Whether any of the options was given.
    var isGiven: Bool { count != nil || seed != nil || !kinds.isEmpty }

    /// The kinds asked for, or nil for every kind.
    func kindSet() throws -> Set<QuestionKind>? {
        guard !kinds.isEmpty else { return nil }
        var set = Set<QuestionKind>()
        for name in kinds {
            guard let kind = QuestionKind(rawValue: name) else {
                let names = QuestionKind.allCases.map(\.rawValue)
                let guess = names.min { EditDistance.between(name, $0) < EditDistance.between(name, $1) } ?? ""
                throw ValidationError(
                    "unknown question kind '\(name)'; did you mean '\(guess)'? Kinds: \(names.joined(separator: ", "))")
            }
            set.insert(kind)
        }
        return set
    }

    /// The seed to use: the one given, or a fresh one (call once per run).
    func resolvedSeed() -> UInt64 { seed ?? SeededRandom.freshSeed() }
}
