/// The units a typed number may come with, and how they convert: power (W, kW, MW, GW),
/// length (m, km), mass (kg, t) and percentages. Other words after a number ("10 members",
/// "3 years") are read as talk about it, not as a unit.
enum Units {
    enum Dimension {
        case power, length, mass, percent
    }

    /// Each unit's name, with its dimension and size in the dimension's base unit.
    private static let table: [String: (Dimension, Double)] = {
        var table: [String: (Dimension, Double)] = [:]
        let names: [(Dimension, Double, [String])] = [
            (.power, 1, ["w", "watt", "watts"]), (.power, 1e3, ["kw", "kilowatt", "kilowatts"]),
            (.power, 1e6, ["mw", "megawatt", "megawatts"]), (.power, 1e9, ["gw", "gigawatt", "gigawatts"]),
            (.length, 1, ["m", "metre", "metres", "meter", "meters"]),
            (.length, 1e3, ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
            (.mass, 1, ["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"]),
            (.mass, 1e3, ["t", "tonne", "tonnes", "ton", "tons"]),
            (.percent, 1, ["percent", "pc", "pct"]),
        ]
        for (dimension, size, spellings) in names {
            for spelling in spellings { table[spelling] = (dimension, size) }
        }
        return table
    }()

    private static let currencies: Set<String> = [
        "$", "usd", "us", "dollars", "rs", "pkr", "rupees", "€", "eur", "£",
    ]

    static func isCurrency(_ token: String) -> Bool {
        currencies.contains(token)
    }

    /// What a fact's `unit` says: its dimension and size, and a scale word it carries
    /// ("billion" in "billion USD").
    struct Reading {
        var unit: (dimension: Dimension, size: Double)?
        var scale = 1.0

        init(_ unit: String) {
            for token in NumberReader.tokenize(unit) {
                if let known = Units.table[token] {
                    self.unit = known
                } else if let factor = NumberWords.scales[token] {
                    scale *= factor
                }
            }
        }
    }

    /// The factor a scale word after a number multiplies it by; "m" is a million unless the
    /// fact is measured in metres.
    static func scale(_ token: String, in expected: Reading) -> Double? {
        if token == "m", expected.unit?.dimension != .length { return 1e6 }
        return NumberWords.scales[token]
    }

    /// The factor that turns a number given in `tokens`' unit into the fact's unit: 1 when
    /// they name no unit (or the same one), nil when they name a unit of another kind.
    static func factor(of tokens: [String], to expected: Reading) -> Double? {
        let named = tokens.filter { !isCurrency($0) }.compactMap { table[$0] }
        guard let given = named.first else { return 1 }
        guard let wanted = expected.unit else { return given.0 == .percent ? 1 : nil }
        return given.0 == wanted.dimension ? given.1 / wanted.size : nil
    }
}
