/// Notes' arrows, `X ==> Y`, `X -----> Y`, `X ======Y====>>> Z`: what is on either side.
enum Arrows {
    /// The text before the first arrow and after the last, or nil without an arrow (two or
    /// more `=` or `-` and at least one `>`).
    static func split(_ text: String) -> (String, String)? {
        let characters = Array(text)
        var index = 0
        var first: (start: Int, end: Int)?
        var last: (start: Int, end: Int)?
        while index < characters.count {
            guard characters[index] == "=" || characters[index] == "-" else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == "=" || characters[end] == "-" { end += 1 }
            var tip = end
            while tip < characters.count, characters[tip] == ">" { tip += 1 }
            // The first run of `=` or `-` starts it (`X ======Y====>>> Z`), an arrow's tip ends it.
            if end - index >= 2, first == nil { first = (index, tip) }
            if tip > end, end - index >= 2 { last = (index, tip) }
            index = max(tip, index + 1)
        }
        guard let first, let last, last.start >= first.start else { return nil }
        let left = NoteText.clean(String(characters[..<first.start]))
        let right = NoteText.clean(String(characters[last.end...]))
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, right)
    }
}
