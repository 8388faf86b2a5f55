import Foundation

extension StringProtocol {
    /// The text reduced to what a person means by it, for comparing answers:
    /// case, diacritics, punctuation, extra whitespace and a leading article are ignored.
    ///
    /// `"The  Kyrgyz-Republic!"` and `"kyrgyz republic"` fold alike, as do
    /// `"Hammarskjöld"` and `"Hammarskjold"`. Apostrophes and full stops vanish
    /// (`People's` → `peoples`, `U.S.A.` → `usa`); other punctuation separates words. A lone
    /// article ("A") is kept, since it may be the whole answer. Symbols that tell answers
    /// apart are kept as letters: `+`, `#`, math and currency signs and emoji (`C++`, `C#`
    /// and `C` are three answers), and a text of nothing but punctuation (`-`) is itself.
    public func folded() -> String {
        let folded = asciiFolded() ?? unicodeFolded()
        guard folded.isEmpty else { return folded }
        return String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func unicodeFolded() -> String {
        var words: [String] = []
        var word = ""
        for scalar in String(self).decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || Self.isApostrophe(scalar) || scalar == "." {
                continue
            }
            if Self.isSignificantSymbol(scalar) {
                word.unicodeScalars.append(scalar)
            } else if properties.isAlphabetic || properties.numericType != nil {
                word +=
                    scalar.value < 0x80
                    ? String(scalar).lowercased() : letterFolds[scalar] ?? String(scalar).lowercased()
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

    /// The same folding for ASCII-only text, byte by byte with no Unicode tables: most
    /// answers are ASCII, and folding runs for every candidate answer. Nil for other text.
    private func asciiFolded() -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte + 32)
            case UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "="), UInt8(ascii: "<"),
                UInt8(ascii: ">"):
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            case UInt8(ascii: "'"), UInt8(ascii: "."):
                continue
            default:
                pendingSpace = true
            }
        }
        // A leading article, when more follows: "the ", "a " or "an ".
        var start = 0
        if bytes.count > 2, bytes[0] == UInt8(ascii: "a") {
            start = bytes[1] == 0x20 ? 2 : bytes.count > 3 && bytes[1] == UInt8(ascii: "n") && bytes[2] == 0x20 ? 3 : 0
        } else if bytes.count > 4, bytes[0] == UInt8(ascii: "t"), bytes[1] == UInt8(ascii: "h"),
            bytes[2] == UInt8(ascii: "e"),
            bytes[3] == 0x20
        {
            start = 4
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// A symbol that changes what an answer says: `+`, `#`, math and currency signs, and other
    /// symbols such as emoji (the flags' regional indicators among them).
    static func isSignificantSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .otherSymbol: scalar != "|" && scalar != "~"
        default: scalar == "#"
        }
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
