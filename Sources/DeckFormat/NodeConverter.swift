import Yams

/// Converts a composed Yams tree into a `SourceNode` tree.
///
/// It drops keys masked as duplicates, refuses non-text keys, and stops at a node budget:
/// YAML aliases can make a small file expand exponentially (an "alias bomb"), while a file
/// without them never has more nodes than bytes.
struct NodeConverter {
    let file: String
    var budget: Int
    private(set) var diagnostics: [Diagnostic] = []
    private var exhausted = false

    init(file: String, budget: Int) {
        self.file = file
        self.budget = budget
    }

    /// The first of the private-use scalars that replace a duplicate key's first letter.
    private static let maskBase: UInt32 = 0xF0000

    /// A distinct private-use scalar for the `n`th masked duplicate key.
    static func maskScalar(_ n: Int) -> Unicode.Scalar {
        Unicode.Scalar(maskBase + UInt32(n))!
    }

    private static func isMasked(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        return first.value >= maskBase && first.value < maskBase + 0x1000
    }

    mutating func convert(_ node: Node) -> SourceNode? {
        guard !exhausted else { return nil }
        budget -= 1
        if budget < 0 {
            exhausted = true
            diagnostics.append(
                Diagnostic(
                    file: file, at: location(of: node), .error,
                    "the file expands to far more values than it has text, through YAML aliases (*name); write the "
                        + "values out instead"
                ))
            return nil
        }
        let location = location(of: node)
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && scalar.string.isEmpty
            return SourceNode(.scalar(SourceScalar(text: scalar.string, isNull: isNull)), at: location)
        case .sequence(let sequence):
            var items: [SourceNode] = []
            for item in sequence {
                guard let converted = convert(item) else { return nil }
                items.append(converted)
            }
            return SourceNode(.sequence(items), at: location)
        case .mapping(let mapping):
            var entries: [SourceEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, at: self.location(of: key), .error,
                            "a key must be plain text, not a \(key.isSequence ? "list" : "mapping"); write `name: "
                                + "value`"
                        ))
                    continue
                }
                guard !Self.isMasked(keyScalar.string) else { continue }
                guard let converted = convert(value) else { return nil }
                entries.append(
                    SourceEntry(key: keyScalar.string, keyLocation: self.location(of: key), value: converted))
            }
            return SourceNode(.mapping(entries), at: location)
        case .alias:
            diagnostics.append(
                Diagnostic(
                    file: file, at: location, .error, "an unresolved YAML alias; define &name before using *name"))
            return nil
        }
    }

    private func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }
}

extension Node {
    fileprivate var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }
}
