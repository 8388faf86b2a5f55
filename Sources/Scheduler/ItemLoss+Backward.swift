import Foundation

extension ItemLoss {
    /// One recorded review backward: from dL/dS and dL/dD after it to dL/dS and dL/dD
    /// before it, adding the weights' share into `gradient`.
    func backward(
        _ model: Model, _ step: Step, _ gradOutS: Double, _ gradOutD: Double,
        _ gradient: UnsafeMutableBufferPointer<Double>
    ) -> (Double, Double) {
        let w = model.w
        let gS = step.stabilityPasses ? gradOutS : 0
        let gD = step.difficultyPasses ? gradOutD : 0
        let g = Double(step.rating)
        if step.update == .initial {
            gradient[step.rating - 1] += gS
            gradient[4] += gD
            gradient[5] += gD * -(g - 1) * exp(w[5] * (g - 1))
            return (0, 0)
        }
        let s = step.stability, d = step.difficulty, r = step.retrievability
        var gradS = 0.0, gradD = 0.0, gradR = 0.0

        // D'' = w7·D0(4) + (1 − w7)·(d + (10 − d)·(−w6·(G − 3))/9)
        let damped = d + (10 - d) * (-w[6] * (g - 3)) / 9
        gradient[7] += gD * (model.easyDifficulty - damped)
        gradient[4] += gD * w[7]
        gradient[5] += gD * w[7] * -3 * model.easySlope
        gradient[6] += gD * (1 - w[7]) * (10 - d) * -(g - 3) / 9
        gradD += gD * (1 - w[7]) * (1 + w[6] * (g - 3) / 9)

        switch step.update {
        case .initial:
            break
        case .shortTermFloored:
            gradS += gS
        case .shortTerm:
            // S' = s·exp(w17·(G − 3 + w18))·s^−w19
            let raw = step.termA
            gradS += gS * (raw - w[19] * raw)
            let sRaw = gS * s * raw
            gradient[17] += sRaw * (g - 3 + w[18])
            gradient[18] += sRaw * w[17]
            gradient[19] += sRaw * -step.logA
        case .lapseFloor:
            // S' = s / exp(w17·w18)
            let floor = step.newStability
            gradS += gS * floor / s
            gradient[17] += gS * floor * -w[18]
            gradient[18] += gS * floor * -w[17]
        case .lapse:
            // S' = w11·d^−w12·((s + 1)^w13 − 1)·exp((1 − R)·w14)
            let raw = step.newStability
            let grown = step.termA, rest = step.termB
            gradient[11] += gS * raw / w[11]
            gradient[12] += gS * raw * -step.logB
            gradient[13] += gS * rest * grown * step.logA
            gradient[14] += gS * raw * (1 - r)
            gradS += gS * rest * w[13] * grown / (s + 1)
            gradD += gS * raw * -w[12] / d
            gradR += gS * raw * -w[14]
        case .success:
            // S' = s·(1 + e^w8·(11 − d)·s^−w9·(exp((1 − R)·w10) − 1)·hard·easy)
            let hard = step.rating == 2 ? w[15] : 1, easy = step.rating == 4 ? w[16] : 1
            let a = model.expW8, c = step.termA, grown = step.termB
            let increase = a * (11 - d) * c * (grown - 1) * hard * easy
            let sIncrease = gS * s
            gradS += gS * (1 + increase) + sIncrease * increase * -w[9] / s
            gradD += -sIncrease * a * c * (grown - 1) * hard * easy
            gradR += sIncrease * a * (11 - d) * c * hard * easy * -w[10] * grown
            gradient[8] += sIncrease * increase
            gradient[9] += sIncrease * increase * -step.logA
            gradient[10] += sIncrease * a * (11 - d) * c * hard * easy * (1 - r) * grown
            if step.rating == 2 { gradient[15] += sIncrease * a * (11 - d) * c * (grown - 1) * easy }
            if step.rating == 4 { gradient[16] += sIncrease * a * (11 - d) * c * (grown - 1) * hard }
        }
        if gradR != 0 {
            gradS += curveBackward(
                model, days: step.days, stability: s, retrievability: r, base: step.base, logBase: step.logBase, gradR,
                gradient)
        }
        return (gradS, gradD)
    }
}
