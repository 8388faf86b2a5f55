import DeckModel

/// One problem found in a deck file, at a line and column, with how to fix it.
///
/// Printed as `PATH:LINE:COL: error: MESSAGE`, the form editors and CI logs link to.
public struct Diagnostic: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// The file as the user named it.
    public var file: String
    /// Line, from 1.
    public var line: Int
    /// Column, from 1, counted in Unicode scalars (as libyaml and most editors count).
    public var column: Int
    public var severity: Severity
    /// What is wrong and how to fix it, in one line.
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public init(file: String, at location: SourceLocation, _ severity: Severity, _ message: String) {
        self.init(file: file, line: location.line, column: location.column, severity: severity, message: message)
    }

    /// `PATH:LINE:COL: error: MESSAGE`, on one line, with any control character in the
    /// path or the message (quoted from a hostile file) shown escaped.
    public var formatted: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)".escapingControlCharacters()
    }

    /// Orders diagnostics as they appear in the file.
    public static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
