import DeckModel
import Foundation

/// The English templates that turn facts into questions.
enum Phrasing {
    /// Labels that open a prompt; "as of" goes after them, not before.
    static let labels = ["Fill in the blank: ", "True or false: ", "Put in order: "]

    /// The prompt of a fact that has `as-of`, dated: "As of September 2025, how many …?", or
    /// after a label, "Fill in the blank (as of September 2025): …".
    static func asOf(_ date: PartialDate?, _ prompt: String) -> String {
        guard let date else { return prompt }
        for label in labels where prompt.hasPrefix(label) {
            return label.dropLast(2) + " (as of \(date.spelledOut)): " + prompt.dropFirst(label.count)
        }
        return "As of \(date.spelledOut), " + decapitalized(prompt)
    }

    /// The prompt with its first word lowered when that word is a plain question word, so
    /// it can follow "As of …," (names and acronyms keep their capitals).
    static func decapitalized(_ text: String) -> String {
        guard let first = text.split(separator: " ", maxSplits: 1).first, lowerable.contains(first) else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private static let lowerable: Set<Substring> = [
        "Which", "What", "How", "Name", "Who", "When", "Where", "Put", "In", "On", "Is", "Can", "Why", "List",
        "Through", "With", "Under", "At", "The", "By", "Does", "Do", "Are", "Was", "Were", "Did", "Give", "From",
        "For", "Since", "Until",
    ]

    /// "When was the SCO Charter signed?", made from "The SCO Charter was signed", with the
    /// lead that fits the precision asked for ("On what date", "In what year").
    static func whenQuestion(event: String, precision: PartialDate.Precision) -> String {
        let lead =
            switch precision {
            case .day: "On what date"
            case .month: "In what month and year"
            case .year: "In what year"
            }
        return question(lead, about: event) ?? "\(plain(event)) \(lead.prefix(1).lowercased() + lead.dropFirst())?"
    }

    /// "Where was the SCO Charter signed?"; nil for an event not written "X was Y".
    static func whereQuestion(event: String) -> String? {
        question("Where", about: event)
    }

    /// "LEAD was SUBJECT PREDICATE?" from "SUBJECT was PREDICATE", or nil.
    private static func question(_ lead: String, about event: String) -> String? {
        let text = plain(event)
        for verb in [" was ", " were "] {
            if let range = text.range(of: verb) {
                let subject = decapitalized(String(text[..<range.lowerBound]))
                return "\(lead)\(verb)\(subject) \(text[range.upperBound...])?"
            }
        }
        return nil
    }

    /// The event as a clause, without a final full stop.
    static func plain(_ event: String) -> String {
        event.hasSuffix(".") ? String(event.dropLast()) : event
    }

    /// True when a name already gives the count ("the three evils", "the 5 founders"), so
    /// asking how many would give the answer away. A number word inside a proper name ("the
    /// Shanghai Five") counts only with `inNames`: it is part of the name, yet it still tells.
    static func mentionsCount(_ count: Int, in name: String, inNames: Bool = false) -> Bool {
        let numeral = String(count)
        let word = count < countWords.count ? countWords[count] : nil
        for token in name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if token == numeral { return true }
            guard inNames || token.first?.isLowercase == true else { continue }
            let token = token.lowercased()
            if String(token) == word || (count == 2 && token == "both") { return true }
        }
        return false
    }

    private static let countWords = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ]

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
        let hint = unit.map { " (in \($0))" } ?? ""
        return "What is \(theQuantity(quantity))?\(hint)"
    }

    /// The quantity with "the" before it, unless it opens with a possessive ("Pakistan's
    /// literacy rate").
    static func theQuantity(_ quantity: String) -> String {
        quantity.lowercased().hasPrefix("the ") || isPossessive(quantity) ? quantity : "the " + quantity
    }

    /// A group's name with "the" before it, unless it opens with a possessive.
    static func theGroup(_ name: String) -> String {
        isPossessive(name) ? name : "the " + name
    }

    /// True when a phrase opens with a possessive: "Pakistan's constitutions".
    static func isPossessive(_ phrase: String) -> Bool {
        let first = phrase.prefix { $0 != " " }
        return first.hasSuffix("'s") || first.hasSuffix("\u{2019}s") || first.hasSuffix("s'")
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

    /// A number with its unit: "65%", "1,300 MW", "10", "1 year" (a unit written in the
    /// plural is singular after 1).
    static func withUnit(_ number: String, _ unit: String?) -> String {
        guard let unit else { return number }
        if unit == "%" || unit == "°" { return number + unit }
        let one = number == "1" || number == "1.0" || number == "-1"
        return number + " " + (one ? singular(unit) : unit)
    }

    /// A plural unit made singular ("years" → "year", "times" → "time", "members" → "member").
    static func singular(_ unit: String) -> String {
        guard unit.count > 3, unit.hasSuffix("s"), !unit.hasSuffix("ss"), unit.allSatisfy({ $0.isLowercase }) else {
            return unit
        }
        return unit.hasSuffix("ies") ? String(unit.dropLast(3)) + "y" : String(unit.dropLast())
    }

    /// Text to set in double quotes, its own double quotes made single: `"the 'three evils'"`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "'") + "\""
    }
}
