/// The kinds of question Recall asks. The raw value is the name used in card keys,
/// on the command line (`--kind`) and in JSON.
public enum QuestionKind: String, Sendable, CaseIterable, Codable {
    // term
    case define, name, choose
    // date
    case when, whenChoice = "when-choice", whatHappened = "what-happened", `where`
    // date, across the deck's date facts
    case whichFirst = "which-first", chronology
    // set (and sequence, for recall-all)
    case recallAll = "recall-all", whichMember = "which-member", oddOneOut = "odd-one-out", isMember = "is-member"
    case howMany = "how-many"
    // sequence
    case order, next
    // number
    case value, valueChoice = "value-choice"
    // cloze
    case fill
    // question
    case answer, choice

    /// How the learner answers.
    public enum Mode: Sendable {
        /// Types free text.
        case typed
        /// Picks one of numbered options.
        case choice
        /// Says true or false.
        case trueFalse
        /// Arranges numbered options in order.
        case arrange
    }

    public var mode: Mode {
        switch self {
        case .define, .name, .when, .where, .recallAll, .howMany, .next, .value, .fill, .answer: .typed
        case .choose, .whenChoice, .whatHappened, .whichFirst, .whichMember, .oddOneOut, .valueChoice, .choice: .choice
        case .isMember: .trueFalse
        case .order, .chronology: .arrange
        }
    }

    /// The question kinds a fact of this kind yields, in the order cards are listed.
    public static func kinds(for fact: FactKind) -> [QuestionKind] {
        switch fact {
        case .term: [.define, .name, .choose]
        case .date: [.when, .whenChoice, .whatHappened, .where, .whichFirst, .chronology]
        case .set: [.recallAll, .whichMember, .oddOneOut, .isMember, .howMany]
        case .sequence: [.order, .next, .recallAll]
        case .number: [.value, .valueChoice]
        case .cloze: [.fill]
        case .question: [.answer, .choice]
        }
    }
}
