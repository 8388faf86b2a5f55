import DeckModel
import Foundation

/// Writing numbers the way a deck wrote its value: as many decimals, and thousands
/// grouped with commas when the value was written so.
struct NumberText {
    let decimals: Int
    let grouped: Bool

    init(like literal: DeckNumber) {
        let mantissa = literal.text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
        decimals = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        grouped = literal.text.contains(",")
    }

    func format(_ value: Double) -> String {
        let plain = String(format: "%.\(decimals)f", value)
        guard grouped else { return plain }
        let negative = plain.hasPrefix("-")
        let digits = negative ? plain.dropFirst() : Substring(plain)
        let parts = digits.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groupedInteger = ""
        while integer.count > 3 {
            groupedInteger = "," + integer.suffix(3) + groupedInteger
            integer = String(integer.dropLast(3))
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + integer + groupedInteger + fraction
    }
}
