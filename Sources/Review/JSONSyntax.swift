import Foundation

/// Where JSON text stops being JSON, for messages. `JSONDecoder` says only that the text is
/// not valid; Foundation's `JSONSerialization` gives the character, which this turns into
/// a line and a column.
enum JSONSyntax {
    /// "line 3, column 14: Invalid value", or nil when the text parses or no place is given.
    static func place(of bytes: [UInt8]) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            guard let range = detail.range(of: "around character "),
                let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
            else { return detail.isEmpty ? nil : detail.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            let before = bytes.prefix(offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            let reason = String(detail[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            return "line \(line), column \(column)" + (reason.isEmpty ? "" : ": " + reason.lowercased())
        }
    }
}
