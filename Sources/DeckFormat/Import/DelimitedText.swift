/// Rows of delimited text: CSV and TSV (RFC 4180 quoting, fields with embedded line breaks),
/// and Quizlet's exports with their custom separators.
public enum DelimitedText {
    public struct Row: Sendable, Equatable {
        /// The line the row starts on, from 1.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Splits `text` into rows and fields. A field that starts with a double quote is quoted
    /// when `quoting` is on: it runs to the next lone quote, `""` stands for one quote, and it
    /// may hold separators and line breaks. A row separator of "\n" also matches "\r\n".
    /// Rows with no text at all are dropped.
    public static func parse(_ text: String, fieldSeparator: String, rowSeparator: String = "\n", quoting: Bool = true)
        -> [Row]
    {
        let scalars = Array(text.unicodeScalars)
        let field = Array(fieldSeparator.unicodeScalars)
        let row = Array(rowSeparator.unicodeScalars)
        var rows: [Row] = []
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var index = 0

        func matches(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
            guard !pattern.isEmpty, position + pattern.count <= scalars.count else { return false }
            for offset in pattern.indices where scalars[position + offset] != pattern[offset] { return false }
            return true
        }
        /// The length of a row separator at `position`, or 0.
        func rowBreak(at position: Int) -> Int {
            if row == ["\n"] {
                if scalars[position] == "\n" { return 1 }
                if scalars[position] == "\r", position + 1 < scalars.count, scalars[position + 1] == "\n" { return 2 }
                return 0
            }
            return matches(row, at: position) ? row.count : 0
        }
        func endRow() {
            fields.append(String(current))
            current = String.UnicodeScalarView()
            if fields.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                rows.append(Row(line: rowLine, fields: fields))
            }
            fields = []
        }

        var atFieldStart = true
        while index < scalars.count {
            if atFieldStart && quoting && scalars[index] == "\"" {
                // A quoted field: up to the closing quote; "" is a quote.
                index += 1
                while index < scalars.count {
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            current.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if scalars[index] == "\n" { line += 1 }
                    current.append(scalars[index])
                    index += 1
                }
                atFieldStart = false
                continue
            }
            let breakLength = rowBreak(at: index)
            if breakLength > 0 {
                line += scalars[index..<index + breakLength].filter { $0 == "\n" }.count
                index += breakLength
                endRow()
                rowLine = line
                atFieldStart = true
                continue
            }
            if matches(field, at: index) {
                fields.append(String(current))
                current = String.UnicodeScalarView()
                index += field.count
                atFieldStart = true
                continue
            }
            if scalars[index] == "\n" { line += 1 }
            current.append(scalars[index])
            index += 1
            atFieldStart = false
        }
        if !current.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
