import DeckModel

/// One question, ready to ask: what to show and how to judge the answer.
public struct Question: Sendable, Equatable {
    public var card: CardKey
    public var prompt: String
    /// Numbered options for multiple choice, true/false and arranging, in display order.
    public var options: [String]?
    /// The right answer as shown: one text; every member for recall-all; the items in
    /// order for arranging; the right option's text for multiple choice.
    public var answers: [String]
    /// Other answers that count as right (aliases, `accept`, blank alternatives).
    public var accepted: [String]
    /// How an answer is judged.
    public var expected: Expected
    /// The fact's note, shown after the answer.
    public var note: String?
    /// Context shown with the right answer (the members of a set after a true/false
    /// question, the dates after a chronology).
    public var reveal: String?
    /// The fact's known mistakes (`wrong:`) and the fact put right, to explain a verdict.
    public var mistakes: Mistakes?

    public var kind: QuestionKind { card.kind }
    public var factID: String { card.fact }

    public init(
        card: CardKey, prompt: String, options: [String]? = nil, answers: [String], accepted: [String] = [],
        expected: Expected, note: String? = nil
    ) {
        self.card = card
        self.prompt = prompt
        self.options = options
        self.answers = answers
        self.accepted = accepted
        self.expected = expected
        self.note = note
    }
}

/// What a right answer looks like, for the checker.
public enum Expected: Sendable, Equatable {
    /// Typed text matching one of the spellings.
    case text(AcceptedText)
    /// A typed date, right at the given precision.
    case date(PartialDate)
    /// A typed number within a tolerance.
    case number(value: Double, tolerance: Double, unit: String?)
    /// The option with this index (from 0).
    case choice(Int)
    /// Every item, typed in any order (`ordered: false`) or in order.
    case items([AcceptedText], ordered: Bool)
    /// The options arranged so that `order[i]` is the index of the option that comes i-th.
    case arrangement([Int])
}

/// The spellings that count as one right answer, and those that must not (a term's
/// own text is never the answer to "what does it stand for").
public struct AcceptedText: Sendable, Equatable {
    /// The canonical answer first, then every accepted spelling.
    public var spellings: [String]
    public var forbidden: [String]
    /// Answers of the same category (the fact's distractors): named beside the right answer,
    /// one turns it wrong ("Gwadar or Karachi").
    public var rivals: [String]
    /// True for a prose answer, graded by its content words in any order.
    public var byWords: Bool
    /// For an abbreviation's meaning, the words its letters stand for ("Turkmenistan
    /// Afghanistan Pakistan India" for TAPI): they answer on their own.
    public var letterWords: [String]
    /// The question's prompt: an answer may repeat its words beside the right one ("Gwadar
    /// port" for "Which Pakistani port …?"), but other extra words are not taken on trust
    /// ("Ormara near Gwadar"). Kept as text, and read only when an answer needs it.
    public var prompt = ""

    /// The folded words of the prompt.
    var context: [String] { WordForms.words(prompt.folded()) }

    public init(
        _ spellings: [String], forbidden: [String] = [], rivals: [String] = [], byWords: Bool = false,
        letterWords: [String] = []
    ) {
        self.spellings = spellings
        self.forbidden = forbidden
        self.rivals = rivals
        self.byWords = byWords
        self.letterWords = letterWords
    }

    public var canonical: String { spellings[0] }
}

/// What a fact declares wrong (`wrong:`), read as its answers are, and a sentence that puts
/// the fact right: a verdict says `not 7 July 2002: the SCO Charter was signed on 7 June 2002`.
public struct Mistakes: Sendable, Equatable {
    /// The wrong texts; for a number fact, its wrong values as shown, unit and all.
    public var texts: [String]
    public var dates: [PartialDate]
    public var numbers: [Double]
    /// The fact stated rightly, to follow "not X: ".
    public var correction: String

    public init(texts: [String] = [], dates: [PartialDate] = [], numbers: [Double] = [], correction: String) {
        self.texts = texts
        self.dates = dates
        self.numbers = numbers
        self.correction = correction
    }

    /// The line that explains why `given` is wrong.
    func explanation(_ given: String) -> String {
        "not \(given): \(correction)"
    }
}
