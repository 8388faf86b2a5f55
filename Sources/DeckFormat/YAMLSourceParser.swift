import Yams

/// Parses YAML (through Yams and libyaml) into a `SourceNode` tree.
///
/// Every scalar keeps the exact text the teacher typed: no YAML type resolution, so `No`,
/// `007` and `2001-06-15` stay text.
///
/// Yams stops at the first duplicate key. So that a file's problems are all reported at
/// once, each duplicate is reported, masked in a copy of the text (same length, so every
/// other position stays put) and the copy parsed again.
struct YAMLSourceParser {
    /// How many duplicate keys are masked before giving up.
    static let maximumDuplicateRetries = 64

    private let file: String

    private init(file: String) {
        self.file = file
    }

    static func parse(_ text: String, file: String) -> ParsedSource {
        YAMLSourceParser(file: file).run(text)
    }

    private func run(_ original: String) -> ParsedSource {
        // The text as lines of scalars, made only when a duplicate key or an error needs it.
        var splitLines: [[Unicode.Scalar]]?
        var lines: [[Unicode.Scalar]] {
            get {
                if let splitLines { return splitLines }
                let made = original.split(separator: "\n", omittingEmptySubsequences: false).map {
                    Array($0.unicodeScalars)
                }
                splitLines = made
                return made
            }
            set { splitLines = newValue }
        }
        var diagnostics: [Diagnostic] = []
        var maskCount = 0
        while true {
            let text =
                maskCount == 0 ? original : lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
            do {
                let parser = try Parser(yaml: text, resolver: .basic)
                guard let root = try parser.singleRoot() else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, at: .start, .error,
                            "the file is empty; a deck needs `recall: 1`, a `title` and a list of `facts`"))
                    return ParsedSource(root: nil, diagnostics: diagnostics)
                }
                var converter = NodeConverter(file: file, budget: max(10_000, original.utf8.count))
                let tree = converter.convert(root)
                return ParsedSource(root: tree, diagnostics: diagnostics + converter.diagnostics)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                guard maskCount < Self.maximumDuplicateRetries,
                    let found = DuplicateKeyFinder.next(of: duplicates, after: context.mark, in: lines)
                else {
                    let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: context.mark.line, column: context.mark.column, severity: .error,
                            message: "duplicate key \(keys) in one mapping; keep one of them"))
                    return ParsedSource(root: nil, diagnostics: diagnostics)
                }
                let first =
                    found.location.line == context.mark.line
                    ? "column \(context.mark.column)" : "line \(context.mark.line)"
                diagnostics.append(
                    Diagnostic(
                        file: file, at: found.location, .error,
                        "duplicate key '\(found.key)' (first at \(first)); keep one of them"))
                lines[found.location.line - 1][found.maskIndex] = NodeConverter.maskScalar(maskCount)
                maskCount += 1
            } catch let error as YamlError {
                diagnostics.append(Self.diagnostic(for: error, file: file, lines: lines))
                return ParsedSource(root: nil, diagnostics: diagnostics)
            } catch {
                diagnostics.append(Diagnostic(file: file, at: .start, .error, "cannot read YAML: \(error)"))
                return ParsedSource(root: nil, diagnostics: diagnostics)
            }
        }
    }

    // MARK: - Syntax errors

    /// Turns a libyaml error into one line with a position and a likely fix.
    private static func diagnostic(for error: YamlError, file: String, lines: [[Unicode.Scalar]]) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let line = mark.line - 1 < lines.count ? lines[mark.line - 1] : []
            let character = mark.column - 1 < line.count ? line[mark.column - 1] : nil
            var message = "YAML syntax: " + problem
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(context.mark.line))"
            }
            message += "; " + hint(for: problem, at: character)
            return Diagnostic(file: file, line: mark.line, column: mark.column, severity: .error, message: message)
        case .reader(let problem, let offset, _, let yaml):
            let position = offset.map { Self.location(ofCharacterOffset: $0, in: yaml) } ?? SourceLocation.start
            return Diagnostic(
                file: file, at: position, .error,
                "YAML cannot read the text: \(problem); remove control characters and save the file as UTF-8")
        default:
            return Diagnostic(file: file, at: .start, .error, "cannot read YAML: \(error)")
        }
    }

    private static func hint(for problem: String, at character: Unicode.Scalar?) -> String {
        if character == "\t" || problem.contains("tab") {
            return "YAML is indented with spaces, never tabs; replace the tab with spaces"
        }
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return "a value contains ': '; put the whole value in quotes, or check the indentation"
        case let p where p.contains("did not find expected key"), let p where p.contains("block end"):
            return "check this line's indentation: keys of one mapping line up, and list items start with '- '"
        case let p where p.contains("could not find expected ':'"):
            return "a key is missing its ':' or a quoted text is not closed"
        case let p where p.contains("end of stream"), let p where p.contains("quoted scalar"):
            return "a quoted text is not closed; add the closing quote"
        case let p where p.contains("undefined alias"):
            return "every *name must refer to an &name defined earlier in the file"
        case let p where p.contains("nesting level"):
            return "values are nested too deep; a deck needs only a few levels of lists and mappings"
        case let p where p.contains("another document"):
            return "a deck is one YAML document; remove the second '---'"
        case let p where p.contains("cannot start any token"):
            return "text that starts with this character must be put in quotes"
        default:
            return "check the quoting and indentation around this point"
        }
    }

    private static func location(ofCharacterOffset offset: Int, in text: String) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return SourceLocation(line: line, column: column)
    }
}

/// Finds where a key that Yams reported as duplicated is written a second time.
private enum DuplicateKeyFinder {
    struct Found {
        var key: String
        var location: SourceLocation
        /// The scalar to mask, inside the quotes when the key is quoted.
        var maskIndex: Int
    }

    /// The first repeat of any of `keys` after the first occurrence at `mark`: at the same
    /// column in a later line (block style), else anywhere after it (flow style).
    static func next(of keys: [String], after mark: Mark, in lines: [[Unicode.Scalar]]) -> Found? {
        let startLine = mark.line - 1
        guard startLine >= 0, startLine < lines.count else { return nil }
        for lineIndex in (startLine + 1)..<max(startLine + 1, lines.count) {
            for key in keys {
                if let found = keyAt(column: mark.column - 1, line: lineIndex, key: key, in: lines) { return found }
            }
        }
        for lineIndex in startLine..<lines.count {
            let firstColumn = lineIndex == startLine ? mark.column : 0
            for column in firstColumn..<max(firstColumn, lines[lineIndex].count) {
                for key in keys {
                    if let found = keyAt(column: column, line: lineIndex, key: key, in: lines) { return found }
                }
            }
        }
        return nil
    }

    /// The key written at this column, plain or quoted, followed by optional spaces and ':'.
    private static func keyAt(column: Int, line lineIndex: Int, key: String, in lines: [[Unicode.Scalar]]) -> Found? {
        let line = lines[lineIndex]
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty, column < line.count else { return nil }
        var start = column
        var quote: Unicode.Scalar?
        if line[column] == "\"" || line[column] == "'" {
            quote = line[column]
            start += 1
        }
        guard start + keyScalars.count <= line.count, Array(line[start..<start + keyScalars.count]) == keyScalars else {
            return nil
        }
        var end = start + keyScalars.count
        if let quote {
            guard end < line.count, line[end] == quote else { return nil }
            end += 1
        }
        while end < line.count, line[end] == " " { end += 1 }
        guard end < line.count, line[end] == ":" else { return nil }
        return Found(key: key, location: SourceLocation(line: lineIndex + 1, column: column + 1), maskIndex: start)
    }
}
