import DeckModel

/// number facts: *value* (typed, within tolerance) and *value-choice* (plausible values).
extension QuestionGenerator {
    /// Both kinds, unless the quantity names the value itself ("the capacity of CASA-1000"
    /// is not asked when the value is 1000).
    func numberFeasibleKinds(_ number: NumberFact) -> Set<QuestionKind> {
        let prompt = Phrasing.quantityQuestion(number.quantity, unit: number.unit)
        return Phrasing.mentions(number.value.text, in: prompt) ? [] : [.value, .valueChoice]
    }

    func numberQuestion(_ card: CardKey, _ fact: Fact, _ number: NumberFact, _ random: inout SeededRandom) -> Question? {
        let prompt = Phrasing.quantityQuestion(number.quantity, unit: number.unit)
        let right = Phrasing.withUnit(number.value.text, number.unit)
        switch card.kind {
        case .value:
            return Question(
                card: card, prompt: prompt, answers: [right],
                expected: .number(value: number.value.value, tolerance: number.tolerance.value, unit: number.unit))
        case .valueChoice:
            // The declared wrong values first, then near values of the same magnitude.
            let writer = NumberText(like: number.value)
            let declared = number.wrong.map(\.value)
            let nearby = random.shuffled(PlausibleNumbers.around(number).filter { !declared.contains($0) })
            let values = (declared + nearby).prefix(Self.maximumOptions - 1)
            let distractors = values.map { Phrasing.withUnit(writer.format($0), number.unit) }
            return choiceQuestion(card, prompt: prompt, right: right, distractors: Array(distractors), &random)
        default:
            return nil
        }
    }
}

/// Wrong values that look right: the same magnitude and unit, each further from the true
/// value than the tolerance, so none of them counts as right.
enum PlausibleNumbers {
    static func around(_ number: NumberFact) -> [Double] {
        let value = number.value.value
        let tolerance = number.tolerance.value
        let isWhole = !number.value.text.contains(".")
        // A measured value (one with a unit) is often given about right: its wrong values
        // lie a tenth of it or more away, not a unit or two.
        let spread = number.unit == nil ? 0 : roundedToOneDigit(abs(value) / 10)
        var step = max(2 * tolerance, magnitudeStep(value), spread)
        if isWhole { step = max(1, step.rounded()) }
        let isPercent = number.unit == "%"
        var candidates: [Double] = []
        for multiple in [1.0, -1.0, 2.0, -2.0, 3.0, -3.0] {
            let candidate = value + multiple * step
            if value >= 0 && candidate < 0 { continue }
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
