import DeckModel

/// Text from the HTML that Anki keeps in its fields: line breaks for `<br>` and block
/// tags, other tags dropped, entities decoded.
public enum HTMLText {
    public static func plain(_ html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if name == "br" {
                    out += "\n"
                } else if ["div", "p", "li", "tr", "ul", "ol", "h1", "h2", "h3"].contains(String(name)), !out.isEmpty,
                    !out.hasSuffix("\n")
                {
                    // A block starts or ends a line, once: "a<div>b</div><div>c</div>" is three lines.
                    out += "\n"
                }
                index = html.index(after: close)
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
                let decoded = entity(String(html[html.index(after: index)..<semicolon]))
            {
                out.append(decoded)
                index = html.index(after: semicolon)
                continue
            }
            out.append(character)
            index = html.index(after: index)
        }
        // Tidy: no trailing spaces on lines, at most one blank line, no space at the ends.
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        var tidy: [String] = []
        for line in lines where !(line.isEmpty && (tidy.last?.isEmpty ?? true)) { tidy.append(line) }
        return tidy.joined(separator: "\n").trimmingWhitespace()
    }

    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "middot": "·", "deg": "°",
    ]

    private static func entity(_ name: String) -> Character? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return named[name.lowercased()]
    }
}
