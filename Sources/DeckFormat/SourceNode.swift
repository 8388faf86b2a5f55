/// A position in a source file: line and column from 1, columns in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A parsed YAML or JSON document, reduced to what a deck needs: text scalars, lists and
/// key–value mappings, each remembering where it was written.
///
/// Both syntaxes parse into this one tree, so the deck decoder (and every diagnostic it
/// makes) is the same for YAML and JSON.
public struct SourceNode: Sendable {
    public enum Value: Sendable {
        case scalar(SourceScalar)
        case sequence([SourceNode])
        case mapping([SourceEntry])
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// A word for the node's shape, for messages: "text", "list" or "mapping".
    public var shapeName: String {
        switch value {
        case .scalar(let scalar): scalar.isNull ? "nothing" : "text"
        case .sequence: "list"
        case .mapping: "mapping"
        }
    }
}

/// A scalar exactly as written. YAML's `No`, `007` and `2001-06-15` stay text; a JSON
/// number keeps its literal.
public struct SourceScalar: Sendable {
    public var text: String
    /// True for JSON `null` and for a YAML key with no value at all (`means:`).
    public var isNull: Bool

    public init(text: String, isNull: Bool = false) {
        self.text = text
        self.isNull = isNull
    }
}

/// One `key: value` pair of a mapping.
public struct SourceEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: SourceNode

    public init(key: String, keyLocation: SourceLocation, value: SourceNode) {
        (self.key, self.keyLocation, self.value) = (key, keyLocation, value)
    }
}

/// What a syntax parser returns: the tree (nil when the syntax is broken beyond reading)
/// and the problems found on the way.
public struct ParsedSource: Sendable {
    public var root: SourceNode?
    public var diagnostics: [Diagnostic]
}
