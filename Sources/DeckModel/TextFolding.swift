import Foundation

extension StringProtocol {
    /// The text reduced to what a person means by it, for comparing answers:
    /// case, diacritics, punctuation, extra whitespace and a leading article are ignored.
    ///
    /// `"The  Kyrgyz-Republic!"` and `"kyrgyz republic"` fold alike, as do
    /// `"Hammarskjöld"` and `"Hammarskjold"`. Apostrophes and full stops vanish
    /// (`People's` → `peoples`, `U.S.A.` → `usa`); other punctuation separates words. A lone article ("A") is kept, since it may be
    /// the whole answer.
    public func folded() -> String {
        var words: [String] = []
        var word = ""
        for scalar in String(self).decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || Self.isApostrophe(scalar) || scalar == "." {
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil {
                word += letterFolds[scalar] ?? String(scalar).lowercased()
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, ["the", "a", "an"].contains(words[0]) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }
}

/// Letters that Unicode does not decompose but readers treat as plain Latin letters.
private let letterFolds: [Unicode.Scalar: String] = [
    "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i",
]
