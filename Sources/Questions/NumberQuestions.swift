import DeckModel
import Foundation

/// number facts: *value* (typed, within tolerance) and *value-choice* (plausible values).
extension QuestionGenerator {
    /// Both kinds, unless the quantity names the value itself ("the capacity of CASA-1000"
    /// is not asked when the value is 1000).
    func numberFeasibleKinds(_ number: NumberFact) -> Set<QuestionKind> {
        let prompt = Phrasing.quantityQuestion(number.quantity, unit: number.unit)
        guard !Phrasing.mentions(number.value.text, in: prompt) else { return [] }
        return NumberOptions.candidates(number).count >= Self.minimumDistractors ? [.value, .valueChoice] : [.value]
    }

    func numberQuestion(_ card: CardKey, _ fact: Fact, _ number: NumberFact, _ random: inout SeededRandom) -> Question?
    {
        let prompt = Phrasing.quantityQuestion(number.quantity, unit: number.unit)
        let right = Phrasing.withUnit(number.value.text, number.unit)
        switch card.kind {
        case .value:
            return Question(
                card: card, prompt: prompt, answers: [right],
                expected: .number(value: number.value.value, tolerance: number.tolerance.value, unit: number.unit))
        case .valueChoice:
            // The declared wrong values first, then near values of the same magnitude.
            let declared = number.wrong.count
            let candidates = NumberOptions.candidates(number)
            let nearby = random.shuffled(Array(candidates.dropFirst(declared)))
            var values = Array((candidates.prefix(declared) + nearby).prefix(Self.maximumOptions - 1))
            if values.count > declared { NumberOptions.balance(&values, around: number.value.value, from: nearby) }
            let distractors = values.map { Phrasing.withUnit($0, number.unit) }
            return choiceQuestion(card, prompt: prompt, right: right, distractors: Array(distractors), &random)
        default:
            return nil
        }
    }
}

/// The wrong values a number question offers, as they are shown: the declared ones first,
/// then values written as the deck writes the right one, no two alike and none equal to it
/// once written. A value in scientific notation ("9.109e-31") is offered with its exponent
/// off by one to three, the usual slip; a value too large to write exactly gets no options.
enum NumberOptions {
    static func candidates(_ number: NumberFact) -> [String] {
        let writer = NumberText(like: number.value)
        let right = writer.format(number.value.value)
        var texts: [String] = number.wrong.map(\.text)
        func add(_ text: String) {
            if text != right, text != number.value.text, !texts.contains(text) { texts.append(text) }
        }
        if let (mantissa, exponent) = scientific(number.value.text) {
            for shift in [-1, 1, -2, 2, 3] { add("\(mantissa)e\(exponent + shift)") }
        } else if abs(number.value.value) < 1e15 {
            PlausibleNumbers.around(number).map(writer.format).forEach(add)
        }
        return texts
    }

    /// Options on both sides of the right value where the candidates allow, so that it is
    /// not told by being the smallest or the largest; the last option, a drawn one, gives way.
    static func balance(_ values: inout [String], around right: Double, from candidates: [String]) {
        let above = { (text: String) in (DeckNumber.parseValue(text) ?? right) > right }
        guard values.count >= 2, let last = values.indices.last else { return }
        let side = above(values[0])
        guard values.allSatisfy({ above($0) == side }),
            let other = candidates.first(where: { above($0) != side && !values.contains($0) })
        else { return }
        values[last] = other
    }

    /// The mantissa as written and the exponent of a number in scientific notation.
    private static func scientific(_ text: String) -> (Substring, Int)? {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...])
        else { return nil }
        return (text[..<e], exponent)
    }
}

/// Wrong values that look right: the same magnitude and unit, each further from the true
/// value than the tolerance, so none of them counts as right; never finer than the
/// right value is written (0.5 does not get 0.51), nor below absolute zero.
enum PlausibleNumbers {
    static func around(_ number: NumberFact) -> [Double] {
        let value = number.value.value
        let tolerance = number.tolerance.value
        let isWhole = !number.value.text.contains(".")
        // A measured value (one with a unit) is often given about right: its wrong values
        // lie a tenth of it or more away, not a unit or two.
        let spread = number.unit == nil ? 0 : roundedToOneDigit(abs(value) / 10)
        let shown = pow(10, -Double(NumberText(like: number.value).decimals))
        var step = max(2 * tolerance, magnitudeStep(value), spread, shown)
        if isWhole { step = max(1, step.rounded()) }
        let isPercent = number.unit == "%"
        let floor = ["°c", "c", "celsius"].contains(number.unit?.lowercased() ?? "") ? -273.15 : -Double.infinity
        var candidates: [Double] = []
        for multiple in [1.0, -1.0, 2.0, -2.0, 3.0, -3.0] {
            let candidate = value + multiple * step
            if !candidate.isFinite || candidates.contains(candidate) || candidate == value { continue }
            if value >= 0 && candidate < 0 { continue }
            if candidate < floor { continue }
            if value > 0 && candidate == 0 { continue }
            if isPercent && candidate > 100 { continue }
            if abs(candidate - value) <= tolerance { continue }
            candidates.append(candidate)
        }
        return candidates
    }

    /// The value to one significant digit: 4.6 → 5, 130 → 100, 0.42 → 0.4.
    private static func roundedToOneDigit(_ value: Double) -> Double {
        guard value > 0 else { return 0 }
        var scale = 1.0
        while scale * 10 <= value { scale *= 10 }
        while scale > value { scale /= 10 }
        return (value / scale).rounded() * scale
    }

    /// A tenth of the value's order of magnitude: 10 for 193, 1 for 65, 100 for 1,300.
    private static func magnitudeStep(_ value: Double) -> Double {
        guard value != 0 else { return 1 }
        var step = 1.0
        let size = abs(value)
        while step * 10 <= size { step *= 10 }
        while step > size { step /= 10 }
        return step / 10
    }
}
