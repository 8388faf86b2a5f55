import DeckModel

/// The units a typed number may come with, and how they convert: power, energy, length,
/// mass, time, temperature, percentages and currencies. A number given in a unit of the
/// fact's kind is converted (GW to MW, ft to m, months to years, °F to °C); one given in a
/// unit of another kind, or in another currency, is not the answer. Other words after a
/// number ("10 members", "3 terms") are read as talk about it, not as a unit.
enum Units {
    enum Dimension {
        case power, energy, length, mass, time, temperature, percent, money
    }

    /// A unit: its dimension, its size in the dimension's base unit, and for temperatures and
    /// currencies which one it is (they do not convert by a factor, or at all).
    struct Unit: Equatable {
        var dimension: Dimension
        var size: Double
        var name = ""
    }

    /// Each unit's spellings, lowercase.
    private static let table: [String: Unit] = {
        var table: [String: Unit] = [:]
        let names: [(Unit, [String])] = [
            (Unit(dimension: .power, size: 1), ["w", "watt", "watts"]),
            (Unit(dimension: .power, size: 1e3), ["kw", "kilowatt", "kilowatts"]),
            (Unit(dimension: .power, size: 1e6), ["mw", "megawatt", "megawatts"]),
            (Unit(dimension: .power, size: 1e9), ["gw", "gigawatt", "gigawatts"]),
            (Unit(dimension: .energy, size: 1), ["wh"]), (Unit(dimension: .energy, size: 1e3), ["kwh"]),
            (Unit(dimension: .energy, size: 1e6), ["mwh"]), (Unit(dimension: .energy, size: 1e9), ["gwh"]),
            (Unit(dimension: .energy, size: 1e12), ["twh"]),
            (Unit(dimension: .length, size: 1e-6), ["µm", "μm", "um", "micrometre", "micrometres", "micron"]),
            (Unit(dimension: .length, size: 1e-3), ["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
            (Unit(dimension: .length, size: 1e-2), ["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
            (Unit(dimension: .length, size: 1), ["m", "metre", "metres", "meter", "meters"]),
            (Unit(dimension: .length, size: 1e3), ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
            (Unit(dimension: .length, size: 0.0254), ["in", "inch", "inches"]),
            (Unit(dimension: .length, size: 0.3048), ["ft", "foot", "feet"]),
            (Unit(dimension: .length, size: 0.9144), ["yd", "yard", "yards"]),
            (Unit(dimension: .length, size: 1609.344), ["mi", "mile", "miles"]),
            (Unit(dimension: .mass, size: 1e-6), ["mg", "milligram", "milligrams"]),
            (Unit(dimension: .mass, size: 1e-3), ["g", "gram", "grams", "gramme", "grammes"]),
            (Unit(dimension: .mass, size: 1), ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilo", "kilos"]),
            (Unit(dimension: .mass, size: 1e3), ["t", "tonne", "tonnes", "ton", "tons"]),
            (Unit(dimension: .mass, size: 0.453_592_37), ["lb", "lbs", "pound", "pounds"]),
            (Unit(dimension: .time, size: 1), ["s", "sec", "second", "seconds"]),
            (Unit(dimension: .time, size: 60), ["min", "mins", "minute", "minutes"]),
            (Unit(dimension: .time, size: 3_600), ["h", "hr", "hrs", "hour", "hours"]),
            (Unit(dimension: .time, size: 86_400), ["day", "days"]),
            (Unit(dimension: .time, size: 604_800), ["week", "weeks"]),
            (Unit(dimension: .time, size: 2_629_746), ["month", "months"]),
            (Unit(dimension: .time, size: 31_556_952), ["year", "years", "yr", "yrs"]),
            (Unit(dimension: .time, size: 315_569_520), ["decade", "decades"]),
            (Unit(dimension: .time, size: 3_155_695_200), ["century", "centuries"]),
            (Unit(dimension: .temperature, size: 1, name: "c"), ["°c", "celsius", "centigrade"]),
            (Unit(dimension: .temperature, size: 1, name: "f"), ["°f", "fahrenheit"]),
            (Unit(dimension: .temperature, size: 1, name: "k"), ["kelvin", "kelvins"]),
            (Unit(dimension: .percent, size: 1), ["percent", "pc", "pct"]),
            (Unit(dimension: .money, size: 1, name: "usd"), ["$", "usd", "dollar", "dollars"]),
            (Unit(dimension: .money, size: 1, name: "pkr"), ["rs", "pkr", "rupee", "rupees"]),
            (Unit(dimension: .money, size: 1, name: "eur"), ["€", "eur", "euro", "euros"]),
            (Unit(dimension: .money, size: 1, name: "gbp"), ["£", "gbp"]),
            (Unit(dimension: .money, size: 1, name: "cny"), ["cny", "yuan", "rmb"]),
        ]
        for (unit, spellings) in names {
            for spelling in spellings { table[spelling] = unit }
        }
        return table
    }()

    /// The unit a token names, read in the light of the fact's unit: "k" is a kelvin only for
    /// a temperature, and "°" before a letter was kept on the letter by the tokenizer.
    static func unit(_ token: String, in expected: Reading) -> Unit? {
        if token == "k", expected.unit?.dimension == .temperature { return table["kelvin"] }
        if token == "c" || token == "f", expected.unit?.dimension == .temperature { return table["°" + token] }
        return table[token]
    }

    /// What a fact's `unit` says: its unit, and a scale word it carries ("billion" in
    /// "billion USD").
    struct Reading {
        var unit: Unit?
        var currency: Unit?
        var scale = 1.0

        init(_ unit: String) {
            // A unit of "°C", "C" or "K" is a temperature: the letters alone mean nothing else here.
            let temperatures = ["c": "°c", "f": "°f", "k": "kelvin"]
            for token in NumberReader.tokenize(unit) {
                if let known = Units.table[token] ?? temperatures[token].flatMap({ Units.table[$0] }) {
                    if known.dimension == .money { currency = known } else { self.unit = known }
                } else if let factor = NumberWords.scales[token] {
                    scale *= factor
                }
            }
        }
    }

    /// The factor a scale word after a number multiplies it by; "m" is a million and "k" a
    /// thousand unless the fact is measured in metres or kelvins.
    static func scale(_ token: String, in expected: Reading) -> Double? {
        if token == "m", expected.unit?.dimension != .length { return 1e6 }
        if token == "k", expected.unit?.dimension == .temperature { return nil }
        return NumberWords.scales[token]
    }

    /// `value`, given with the units `tokens` name, in the fact's unit; nil when they name a
    /// unit of another kind or another currency. With no unit named, the value is taken to be
    /// in the fact's unit.
    static func convert(_ value: Double, _ tokens: [String], to expected: Reading) -> Double? {
        let named = tokens.compactMap { unit($0, in: expected) }
        if let currency = named.first(where: { $0.dimension == .money }), let wanted = expected.currency,
            currency != wanted
        {
            return nil
        }
        guard let given = named.first(where: { $0.dimension != .money }) else { return value }
        guard let wanted = expected.unit, given.dimension == wanted.dimension else { return nil }
        guard given.dimension == .temperature else { return value * given.size / wanted.size }
        let kelvin =
            switch given.name {
            case "c": value + 273.15
            case "f": (value - 32) * 5 / 9 + 273.15
            default: value
            }
        return switch wanted.name {
        case "c": kelvin - 273.15
        case "f": (kelvin - 273.15) * 9 / 5 + 32
        default: kelvin
        }
    }
}
