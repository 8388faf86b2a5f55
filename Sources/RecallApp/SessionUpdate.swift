import Review
import Questions
import Scheduler
import TerminalUI

/// Keys during a session.
extension SessionState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        var effects: [AppEffect] = []
        switch phase {
        case .asking:
            effects = asking(key, model: &model)
        case .revealed:
            effects = revealed(key, model: &model)
        case .verdict(let outcome):
            effects = verdict(key, outcome, model: &model)
        case .finished:
            if case .quiz = mode {
                model.finishQuiz(self)
                return []
            }
            if key == .enter || key == .escape || key == .character("q") {
                model.pop()
                return []
            }
        case .saving, .rerating, .undoing:
            break
        }
        if case .session = model.screen { model.screen = .session(self) }
        return effects
    }

    private mutating func asking(_ key: Key, model: inout AppModel) -> [AppEffect] {
        guard let question else { return [] }
        if key == .escape { return leave(model: &model) }
        if isFlashcards {
            if key == .enter || key == .character(" ") { phase = .revealed }
            return []
        }
        switch question.kind.mode {
        case .choice, .trueFalse:
            let options = question.options ?? []
            switch key {
            case .up, .character("k"): choice = max(0, choice - 1)
            case .down, .character("j"): choice = min(options.count - 1, choice + 1)
            case .enter: return model.submit(String(choice + 1), in: &self)
            case .character(let c) where c.isASCIIDigitCharacter:
                guard let number = Int(String(c)), (1...options.count).contains(number) else { return [] }
                choice = number - 1
                return model.submit(String(number), in: &self)
            case .character("t") where question.kind.mode == .trueFalse: return model.submit("true", in: &self)
            case .character("f") where question.kind.mode == .trueFalse: return model.submit("false", in: &self)
            case .character("q"): return leave(model: &model)
            default: break
            }
        case .typed, .arrange:
            if key == .enter {
                let text = input.text.trimmingCharacters()
                return text.isEmpty ? [] : model.submit(text, in: &self)
            }
            input.handle(key)
        }
        return []
    }

    private mutating func revealed(_ key: Key, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .character(let c) where ("1"..."4").contains(c):
            return model.grade(Rating(rawValue: Int(String(c))!)!, in: &self)
        case .enter, .character(" "):
            return model.grade(.good, in: &self)
        case .escape:
            return leave(model: &model)
        default:
            return []
        }
    }

    private mutating func verdict(_ key: Key, _ outcome: Outcome, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .character(let c) where ("1"..."4").contains(c):
            guard let rating = Rating(rawValue: Int(String(c))!), let record = run.rerating(rating) else { return [] }
            var changed = outcome
            changed.record = record
            phase = .rerating(changed)
            return [.rerate(record)]
        case .character("u"):
            phase = .undoing(outcome)
            return [.undo(card: outcome.record.card, at: model.clock.now)]
        case .enter, .character(" "):
            if let deadline, model.clock.uptimeMilliseconds >= deadline {
                model.finishQuiz(self)
                return []
            }
            model.advance(&self)
            if case .quiz = mode, phase == .finished {
                model.finishQuiz(self)
            }
            return []
        case .escape, .character("q"):
            return leave(model: &model)
        default:
            return []
        }
    }

    /// Esc: a quiz ends on its score; other sessions go back.
    private mutating func leave(model: inout AppModel) -> [AppEffect] {
        if case .quiz = mode {
            model.finishQuiz(self)
        } else {
            model.pop()
        }
        return []
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    func trimmingCharacters() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}
