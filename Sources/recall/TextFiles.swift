import ArgumentParser
import Foundation

/// A text file as a teacher's tools save it: UTF-8, or Windows-1252 (spreadsheets and notes
/// saved on Windows), said so when it is the latter.
enum TextFiles {
    /// The file's text; a file that cannot be read is a usage error, one that is not text
    /// ends the command with exit status 1 after saying so with `hint`.
    static func read(_ file: String, hint: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw UsageError("cannot read \(file): no such file, or not readable")
        }
        if let utf8 = String(data: data, encoding: .utf8) { return utf8 }
        if let windows = String(data: data, encoding: .windowsCP1252) {
            Stderr.write("note: \(file) is not UTF-8; read it as Windows-1252 (check accented letters)")
            return windows
        }
        Stderr.write("\(file): not text; \(hint)")
        throw ExitCode(1)
    }
}
