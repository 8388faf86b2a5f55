import Foundation

/// Names in a sentence: runs of capitalised words, acronyms and figures, the blanks of a
/// fill-in and the members of a list in prose.
enum Names {
    /// The spans of names and numbers (word positions), "of" and "the" allowed inside a name
    /// ("Treaty on Deepening Military Trust in Border Regions").
    static func spans(in words: [Substring]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < words.count {
            // A sentence's first word names something when it is an acronym, or a name goes on
            // after it, or it is what the sentence is about ("Russia is …").
            let opening =
                index == 0
                && !(Acronyms.isAcronym(words[0].trimming(",.;:()'’s"))
                    || words.count > 1
                        && (NoteText.isName(words[1], first: false) || subjectVerbs.contains(String(words[1]))))
            guard NoteText.isName(words[index], first: index == 0), !opening, !words[index].hasPrefix("(") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count {
                if words[end - 1].hasSuffix(",") || words[end - 1].hasSuffix(".") || words[end].hasPrefix("(") { break }
                if NoteText.isName(words[end], first: false) {
                    end += 1
                } else if end + 1 < words.count, ["of", "on", "in", "the", "and"].contains(words[end]),
                    NoteText.isName(words[end + 1], first: false), !words[end].hasSuffix(",")
                {
                    end += 2
                } else {
                    break
                }
            }
            spans.append(index..<end)
            index = end
        }
        return spans
    }

    /// Verbs after a sentence's first word that make it the subject.
    static let subjectVerbs: Set<String> = [
        "is", "was", "are", "were", "has", "had", "have", "joined", "signed", "shares", "became", "holds", "lies",
    ]
}

/// A place named after a word (`in Shanghai`, `in Thimphu, Bhutan`).
enum Places {
    struct Found: Equatable {
        var name: String
        /// The place with the country that follows it, as another accepted answer.
        var withCountry: String?
    }

    /// The first place after `word` ("in"), or at the start of `text` when `word` is empty:
    /// capitalised words, up to a comma; the country after the comma is kept apart.
    static func after(_ word: String, in text: String, last: Bool = false) -> Found? {
        let words = text.split(separator: " ")
        var index = 0
        if !word.isEmpty {
            let places = words.indices.filter {
                words[$0] == word && $0 + 1 < words.count && NoteText.isName(words[$0 + 1], first: false)
                    && DatePhrases.months[words[$0 + 1].lowercased()] == nil
                    && !words[$0 + 1].contains(where: \.isNumber)
            }
            guard let at = last ? places.last : places.first else { return nil }
            index = at + 1
        }
        var name: [Substring] = []
        while index < words.count, NoteText.isName(words[index], first: false) {
            name.append(words[index])
            if words[index].hasSuffix(",") || words[index].hasSuffix(".") { break }
            index += 1
        }
        guard !name.isEmpty else { return nil }
        let place = name.joined(separator: " ").trimming(",.;:()")
        var withCountry: String?
        if name.last?.hasSuffix(",") == true, index + 1 < words.count, NoteText.isName(words[index + 1], first: false) {
            withCountry = place + ", " + words[index + 1].trimming(",.;:()")
        }
        return Found(name: place, withCountry: withCountry)
    }
}

/// A list written in prose, three names or more: `by Iran, Pakistan and Turkey`.
enum InlineLists {
    /// The list's members and its name, the clause before it.
    static func find(in clause: String) -> (name: String, members: [String])? {
        let text = NoteText.withoutFullStop(clause)
        let parts = text.replacingOccurrences(of: " and ", with: ", ").split(separator: ",").map {
            NoteText.clean(String($0))
        }
        guard parts.count >= 3 else { return nil }
        func isName(_ part: String) -> Bool {
            let words = part.split(separator: " ")
            return words.count <= 4
                && words.allSatisfy { NoteText.isName($0, first: false) || ["of", "the"].contains($0) }
        }
        // Names first, then what they are: "Putin, Nazarbayev, Jiang Zemin, …, the leaders of the Shanghai Five".
        if let tail = parts.firstIndex(where: { !isName($0) }), tail >= 3, tail == parts.count - 1 {
            return (parts[tail].prefix(1).uppercased() + parts[tail].dropFirst(), Array(parts[..<tail]))
        }
        // The last parts, each a short name; the first of them may follow the clause's words.
        var members: [String] = []
        for part in parts.reversed() {
            let words = part.split(separator: " ")
            if words.count <= 4, words.allSatisfy({ NoteText.isName($0, first: false) || ["of", "the"].contains($0) }) {
                members.insert(part, at: 0)
                continue
            }
            // "formed … between the People's Republic of China": the name is its tail.
            let tail = Names.spans(in: words).last.flatMap { $0.upperBound == words.count ? $0 : nil }
            if let tail, tail.lowerBound > 0 {
                members.insert(words[tail].joined(separator: " "), at: 0)
                let name = NoteText.clean(
                    parts[..<parts.firstIndex(of: part)!].joined(separator: ", ") + " "
                        + words[..<tail.lowerBound].joined(separator: " "))
                return members.count >= 3 && !name.isEmpty ? (name, members) : nil
            }
            break
        }
        return nil
    }
}

/// Why a line of the notes yields nothing.
enum Reason: Error, Equatable, CustomStringConvertible {
    case nothingToAsk, siteText, addressedToReader, heading, listWithoutHeading

    var description: String {
        switch self {
        case .nothingToAsk: "nothing to ask (no name, number or date)"
        case .siteText: "site text, not study notes"
        case .addressedToReader: "addressed to the reader, not a fact"
        case .heading: "a heading (its name tags the facts under it)"
        case .listWithoutHeading: "a list item with no heading to name the list"
        }
    }

    /// Why a sentence is no fact at all, if it is not: a site's boilerplate, or words to the
    /// reader.
    static func noise(_ sentence: String) -> Reason? {
        let lower = sentence.lowercased()
        let site = [
            "email will not be published", "required fields", "click here", "subscribe", "all rights reserved",
            "leave a comment", "leave a reply", "copyright", "cookie", "share this", "read more",
        ]
        if site.contains(where: lower.contains) { return .siteText }
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        if !words.isDisjoint(with: ["you", "your"]) { return .addressedToReader }
        return nil
    }
}
