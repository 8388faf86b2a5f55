/// Parses JSON (RFC 8259) into a `SourceNode` tree with line and column for every value.
///
/// Foundation's JSON reader knows no positions, so deck diagnostics could not point at a
/// line; this small recursive-descent reader does. It stops at the first syntax error
/// (nothing after it can be trusted) but reports every duplicate key.
struct JSONSourceParser {
    /// Deeper nesting than any deck needs is refused rather than risking the stack.
    static let maximumDepth = 128

    let bytes: [UInt8]
    let file: String
    var index = 0
    var line = 1
    var column = 1
    var diagnostics: [Diagnostic] = []

    struct SyntaxError: Error {
        var location: SourceLocation
        var message: String
    }

    init(text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    /// Parses the whole text; trailing content after the root value is an error.
    static func parse(_ text: String, file: String) -> ParsedSource {
        var parser = JSONSourceParser(text: text, file: file)
        return parser.run()
    }

    mutating func run() -> ParsedSource {
        do throws(SyntaxError) {
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(
                    location: .start,
                    message:
                        "the file is empty; a deck is a JSON object such as {\"recall\": 1, \"title\": \"...\", "
                        + "\"facts\": [...]}"
                )
            }
            let root = try parseValue(depth: 0)
            skipWhitespace()
            if index < bytes.count {
                throw SyntaxError(
                    location: here,
                    message:
                        "unexpected \(describeHere()) after the end of the JSON value; a file holds one object, so "
                        + "remove what follows it"
                )
            }
            return ParsedSource(root: root, diagnostics: diagnostics)
        } catch {
            diagnostics.append(Diagnostic(file: file, at: error.location, .error, "JSON syntax: " + error.message))
            return ParsedSource(root: nil, diagnostics: diagnostics)
        }
    }

    var here: SourceLocation { SourceLocation(line: line, column: column) }

    // MARK: - Values

    mutating func parseValue(depth: Int) throws(SyntaxError) -> SourceNode {
        guard depth < Self.maximumDepth else {
            throw SyntaxError(
                location: here,
                message: "values are nested more than \(Self.maximumDepth) deep; a deck needs only a few levels")
        }
        let start = here
        guard index < bytes.count else {
            throw SyntaxError(location: start, message: "the file ends where a value was expected; close every { and [")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return SourceNode(.scalar(SourceScalar(text: try parseString())), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return SourceNode(.scalar(SourceScalar(text: try parseNumber())), at: start)
        default:
            for (word, isNull) in [("true", false), ("false", false), ("null", true)] where matches(word) {
                advance(by: word.utf8.count)
                return SourceNode(.scalar(SourceScalar(text: isNull ? "" : word, isNull: isNull)), at: start)
            }
            throw SyntaxError(
                location: start,
                message: "unexpected \(describeHere()) where a value was expected; text must be in double quotes")
        }
    }

    mutating func parseObject(depth: Int) throws(SyntaxError) -> SourceNode {
        let start = here
        advance(by: 1)
        var entries: [SourceEntry] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            advance(by: 1)
            return SourceNode(.mapping(entries), at: start)
        }
        while true {
            skipWhitespace()
            let keyLocation = here
            guard peek(UInt8(ascii: "\"")) else {
                let hint = peek(UInt8(ascii: "}")) ? "remove the comma before }" : "keys must be text in double quotes"
                throw SyntaxError(
                    location: keyLocation,
                    message: "expected a key in double quotes but found \(describeHere()); \(hint)")
            }
            let key = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "after the key \"\(key)\"")
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        file: file, at: keyLocation, .error,
                        "duplicate key '\(key)' (first at line \(first.line)); keep one of them"))
            } else {
                seen[key] = keyLocation
                entries.append(SourceEntry(key: key, keyLocation: keyLocation, value: value))
            }
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                advance(by: 1)
                continue
            }
            try expect(UInt8(ascii: "}"), "or ',' after a value in an object")
            return SourceNode(.mapping(entries), at: start)
        }
    }

    mutating func parseArray(depth: Int) throws(SyntaxError) -> SourceNode {
        let start = here
        advance(by: 1)
        var items: [SourceNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            advance(by: 1)
            return SourceNode(.sequence(items), at: start)
        }
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "]")) {
                throw SyntaxError(location: here, message: "a list ends with a comma; remove the comma before ]")
            }
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                advance(by: 1)
                continue
            }
            try expect(UInt8(ascii: "]"), "or ',' after a list item")
            return SourceNode(.sequence(items), at: start)
        }
    }

    // MARK: - Reading

    func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    func matches(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        return index + utf8.count <= bytes.count && Array(bytes[index..<index + utf8.count]) == utf8
    }

    mutating func expect(_ byte: UInt8, _ context: String) throws(SyntaxError) {
        guard peek(byte) else {
            throw SyntaxError(
                location: here,
                message: "expected '\(Character(Unicode.Scalar(byte)))' \(context) but found \(describeHere())")
        }
        advance(by: 1)
    }

    /// Moves over `count` bytes, keeping the line and column (in scalars) current.
    mutating func advance(by count: Int) {
        for _ in 0..<count where index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
            advance(by: 1)
        }
    }

    /// The character at the read position, quoted for a message, or "the end of the file".
    func describeHere() -> String {
        guard index < bytes.count else { return "the end of the file" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[index..<end], as: UTF8.self)
        if bytes[index] == UInt8(ascii: "/") { return "'/' (JSON has no comments)" }
        if bytes[index] == UInt8(ascii: "'") { return "' (JSON text uses double quotes)" }
        return "'\(character)'"
    }
}
