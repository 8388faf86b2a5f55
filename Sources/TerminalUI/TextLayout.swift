/// Word wrapping and fitting by display width.
public enum TextLayout {
    /// Lines of at most `width` columns, broken between words (a word longer than a line is
    /// cut). Line breaks in the text are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let head = prefix(word, width: width)
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix that fits in `width` columns.
    public static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            guard used + w <= width else { break }
            result.append(character)
            used += w
        }
        return result
    }

    /// The text cut to `width` columns with an ellipsis when it does not fit.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > DisplayWidth.of(ellipsis) else { return prefix(text, width: width) }
        // "The United…", not "The United …".
        var kept = prefix(text, width: width - DisplayWidth.of(ellipsis))
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + ellipsis
    }

    /// A name shortened to `width` by a rule a reader can follow: whole when it fits, else
    /// its own short form in brackets ("Shanghai Cooperation Organisation (SCO)" → "SCO"),
    /// else what comes before its colon ("The United Nations: the basics" → "The United
    /// Nations"), else cut with an ellipsis.
    public static func shortened(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let short = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if !short.isEmpty, !short.contains(" "), DisplayWidth.of(short) <= width { return short }
        }
        if let colon = text.firstIndex(of: ":") {
            let head = String(text[..<colon])
            if !head.isEmpty, DisplayWidth.of(head) <= width { return head }
        }
        return truncate(text, width: width, ellipsis: ellipsis)
    }

    /// The text padded with spaces to `width` columns (cut when longer).
    public static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
