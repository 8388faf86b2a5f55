/// What a fact says, by kind. Each case holds exactly the keys its kind allows.
public enum FactContent: Sendable, Equatable {
    case term(TermFact)
    case date(DateFact)
    case set(SetFact)
    case sequence(SequenceFact)
    case number(NumberFact)
    case cloze(ClozeFact)
    case question(QuestionFact)

    public var kind: FactKind {
        switch self {
        case .term: .term
        case .date: .date
        case .set: .set
        case .sequence: .sequence
        case .number: .number
        case .cloze: .cloze
        case .question: .question
        }
    }

    /// The fact in a line for lists: the prompt, with a cloze's blanks filled in.
    public var summary: String {
        if case .cloze(let fact) = self { return fact.plainText }
        return prompt
    }

    /// What the fact's answer is, in a line, and what it is called: what a fact's page
    /// shows under its prompt.
    public var answer: (label: String, text: String) {
        switch self {
        case .term(let fact): ("Means", fact.means)
        case .date(let fact): ("When", fact.when.spelledOut + (fact.place.map { ", " + $0 } ?? ""))
        case .set(let fact): ("Members", fact.members.joined(separator: ", "))
        case .sequence(let fact): ("In order", fact.items.joined(separator: ", "))
        case .number(let fact): ("Value", fact.value.text + (fact.unit.map { " " + $0 } ?? ""))
        case .cloze(let fact): ("Blanks", fact.blanks.map(\.answer).joined(separator: ", "))
        case .question(let fact): ("Answer", fact.answer)
        }
    }

    /// True when the fact declares wrong versions (`wrong:`).
    public var hasWrong: Bool {
        switch self {
        case .term(let fact): !fact.wrong.isEmpty
        case .date(let fact): !fact.wrong.isEmpty
        case .set(let fact): !fact.wrong.isEmpty
        case .sequence(let fact): !fact.wrong.isEmpty
        case .number(let fact): !fact.wrong.isEmpty
        case .cloze(let fact): !fact.wrong.isEmpty
        case .question(let fact): !fact.wrong.isEmpty
        }
    }

    /// The declared wrong versions (`wrong:`), as written in the deck.
    public var wrong: [String] {
        switch self {
        case .term(let fact): fact.wrong
        case .date(let fact): fact.wrong.map(\.description)
        case .set(let fact): fact.wrong
        case .sequence(let fact): fact.wrong
        case .number(let fact): fact.wrong.map(\.text)
        case .cloze(let fact): fact.wrong
        case .question(let fact): fact.wrong
        }
    }

    /// The text carried by the kind key.
    public var prompt: String {
        switch self {
        case .term(let fact): fact.term
        case .date(let fact): fact.event
        case .set(let fact): fact.name
        case .sequence(let fact): fact.name
        case .number(let fact): fact.quantity
        case .cloze(let fact): fact.text
        case .question(let fact): fact.prompt
        }
    }
}

/// `term: RATS` / `means: Regional Anti-Terrorist Structure`.
public struct TermFact: Sendable, Equatable {
    public var term: String
    public var means: String
    /// Other accepted wordings of the meaning.
    public var accept: [String]
    /// Known wrong meanings (`wrong:`): an answer that gives one is wrong, never a typo.
    public var wrong: [String]

    public init(term: String, means: String, accept: [String] = [], wrong: [String] = []) {
        self.term = term
        self.means = means
        self.accept = accept
        self.wrong = wrong
    }
}

/// `date: The SCO Charter was signed` / `when: 2002-06-07` / `where: St Petersburg`.
public struct DateFact: Sendable, Equatable {
    public var event: String
    public var when: PartialDate
    public var place: String?
    /// Known wrong dates (`wrong:`, written as `when` is), such as a study page's slip.
    public var wrong: [PartialDate]

    public init(event: String, when: PartialDate, place: String? = nil, wrong: [PartialDate] = []) {
        self.event = event
        self.when = when
        self.place = place
        self.wrong = wrong
    }
}

/// `set: founding members of the Shanghai Five` / `members: [...]` (order does not matter).
public struct SetFact: Sendable, Equatable {
    public var name: String
    public var members: [String]
    /// Known wrong members (`wrong:`), such as "separation" among the three evils.
    public var wrong: [String]

    public init(name: String, members: [String], wrong: [String] = []) {
        self.name = name
        self.members = members
        self.wrong = wrong
    }
}

/// `sequence: SCO enlargements in order` / `items: [...]` (order matters).
public struct SequenceFact: Sendable, Equatable {
    public var name: String
    public var items: [String]
    /// Known wrong items (`wrong:`).
    public var wrong: [String]

    public init(name: String, items: [String], wrong: [String] = []) {
        self.name = name
        self.items = items
        self.wrong = wrong
    }
}

/// `number: share of Eurasia's area covered by SCO states` / `value: 65` / `unit: "%"`.
public struct NumberFact: Sendable, Equatable {
    /// What is counted or measured.
    public var quantity: String
    public var value: DeckNumber
    public var unit: String?
    /// Absolute tolerance an answer may be off by (0 when the file gives none).
    public var tolerance: DeckNumber
    /// Known wrong values (`wrong:`), such as an out-of-date figure.
    public var wrong: [DeckNumber]

    public init(
        quantity: String, value: DeckNumber, unit: String? = nil, tolerance: DeckNumber = .zero,
        wrong: [DeckNumber] = []
    ) {
        self.quantity = quantity
        self.value = value
        self.unit = unit
        self.tolerance = tolerance
        self.wrong = wrong
    }
}

/// `cloze: RATS fights {{terrorism}}, {{separatism}} and {{extremism}}.`
public struct ClozeFact: Sendable, Equatable {
    /// The text as written, blanks and all.
    public var text: String
    /// The text cut into plain runs and blanks (at least one blank).
    public var segments: [ClozeSegment]
    /// Known wrong fillers (`wrong:`), for any blank.
    public var wrong: [String]

    public init(text: String, segments: [ClozeSegment], wrong: [String] = []) {
        self.text = text
        self.segments = segments
        self.wrong = wrong
    }

    /// The text as a reader sees it, every blank filled with its answer.
    public var plainText: String {
        segments.map { segment in
            switch segment {
            case .text(let run): run
            case .blank(let blank): blank.answer
            }
        }.joined()
    }

    /// The blanks in order; blank `n` (from 1) is `blanks[n - 1]`.
    public var blanks: [ClozeBlank] {
        segments.compactMap { segment in
            if case .blank(let blank) = segment { return blank }
            return nil
        }
    }
}

/// A run of a cloze text: plain words or a blank to fill.
public enum ClozeSegment: Sendable, Equatable {
    case text(String)
    case blank(ClozeBlank)
}

/// One `{{answer|alt1|alt2}}` blank.
public struct ClozeBlank: Sendable, Equatable {
    public var answer: String
    public var accept: [String]

    public init(answer: String, accept: [String] = []) {
        self.answer = answer
        self.accept = accept
    }
}

/// `question: What is the SCO's supreme decision-making body?` / `answer: ...`.
public struct QuestionFact: Sendable, Equatable {
    public var prompt: String
    public var answer: String
    public var accept: [String]
    /// Known wrong answers (`wrong:`), also the first multiple-choice distractors.
    public var wrong: [String]

    public init(prompt: String, answer: String, accept: [String] = [], wrong: [String] = []) {
        self.prompt = prompt
        self.answer = answer
        self.accept = accept
        self.wrong = wrong
    }
}
