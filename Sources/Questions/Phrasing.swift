import DeckModel

/// The English templates that turn facts into questions.
enum Phrasing {
    /// Prefixes "As of September 2025, " to the prompt of a fact that has `as-of`.
    static func asOf(_ date: PartialDate?, _ prompt: String) -> String {
        guard let date else { return prompt }
        return "As of \(date.spelledOut), " + decapitalized(prompt)
    }

    /// The prompt with its first word lowered when that word is a plain question word, so
    /// it can follow "As of …," (names and acronyms keep their capitals).
    static func decapitalized(_ text: String) -> String {
        let lowerable: Set<String> = ["Which", "What", "How", "Name", "Who", "When", "Where", "True", "Put", "In", "On",
                                      "Is", "Can", "Why", "List", "Fill", "Through", "With", "Under", "At", "The", "By"]
        guard let first = text.split(separator: " ", maxSplits: 1).first, lowerable.contains(String(first)) else {
            return text
        }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// "When was the SCO Charter signed?", made from "The SCO Charter was signed", with the
    /// lead that fits the precision asked for ("On what date", "In what year").
    static func whenQuestion(event: String, precision: PartialDate.Precision) -> String {
        let lead = switch precision {
        case .day: "On what date"
        case .month: "In what month and year"
        case .year: "In what year"
        }
        let text = event.hasSuffix(".") ? String(event.dropLast()) : event
        for verb in [" was ", " were "] {
            if let range = text.range(of: verb) {
                let subject = decapitalized(String(text[..<range.lowerBound]))
                let predicate = text[range.upperBound...]
                return "\(lead)\(verb)\(subject) \(predicate)?"
            }
        }
        return "\(text) \(lead.prefix(1).lowercased() + lead.dropFirst())?"
    }

    /// True when a name already gives the count ("the three evils", "the 5 founders"), so
    /// asking how many would give the answer away.
    static func mentionsCount(_ count: Int, in name: String) -> Bool {
        let numeral = String(count)
        let word = count < countWords.count ? countWords[count] : nil
        return name.folded().split(separator: " ").contains { token in
            token == numeral || (word.map { token == $0 } ?? false) || (count == 2 && token == "both")
        }
    }

    private static let countWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                     "eleven", "twelve"]

    /// "on 7 June 2002", "in June 2002" or "in 2002".
    static func datePhrase(_ date: PartialDate) -> String {
        (date.precision == .day ? "on " : "in ") + date.spelledOut
    }

    /// A group's name without a leading "the", to follow "Name all 5" or "one of the".
    static func groupName(_ name: String) -> String {
        name.lowercased().hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }

    /// A sequence's name without a trailing "in order", which the templates add themselves.
    static func sequenceName(_ name: String) -> String {
        for suffix in [", in order", " in order"] where name.lowercased().hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// True for an abbreviation such as RATS, CARs, LoC or CASA-1000: one word with at
    /// least two capitals.
    static func isAbbreviation(_ term: String) -> Bool {
        !term.contains(" ") && term.filter(\.isUppercase).count >= 2
    }

    /// "What is the …?" for a quantity, unless the quantity is already a question.
    static func quantityQuestion(_ quantity: String, unit: String?) -> String {
        if quantity.hasSuffix("?") { return quantity }
        let body = quantity.lowercased().hasPrefix("the ") ? quantity : "the " + quantity
        let hint = unit.map { " (in \($0))" } ?? ""
        return "What is \(body)?\(hint)"
    }

    /// The cloze text with blank `n` (from 0) shown as a gap and the others filled in.
    static func clozePrompt(_ cloze: ClozeFact, gap: Int) -> String {
        var text = ""
        var index = 0
        for segment in cloze.segments {
            switch segment {
            case .text(let run): text += run
            case .blank(let blank):
                text += index == gap ? "_____" : blank.answer
                index += 1
            }
        }
        return "Fill in the blank: " + text
    }

    /// A number with its unit: "65%", "1,300 MW", "10".
    static func withUnit(_ number: String, _ unit: String?) -> String {
        guard let unit else { return number }
        return unit == "%" || unit == "°" ? number + unit : number + " " + unit
    }
}
