import Questions
import Scheduler
import TerminalUI

/// The keys of a session, by phase: choosing or typing an answer, grading a flashcard, and
/// after the verdict re-rating, undoing or going on.
extension SessionScreen {
    var keys: [KeyHelp] {
        if askingToLeave { return [KeyHelp("Enter", "leave"), KeyHelp("Esc", "stay"), KeyHelp("q", "quit Recall")] }
        return switch phase {
        case .finished where offersStudyMore:
            [
                KeyHelp("Enter", "back"), KeyHelp("n", "10 more new", detail: "learn 10 more new cards today"),
                KeyHelp("a", "review ahead", detail: "review the cards due in the coming week"),
            ]
        case .finished: [KeyHelp("Enter", "back")]
        // "I was right" only where there is a verdict to override.
        case .verdict: Self.verdictKeys.help().filter { $0.key != "r" || run.overriding() != nil }
        case .revealed: Self.gradeKeys.help()
        case .saving, .rerating, .undoing, .overriding: [KeyHelp("", "saving…")]
        case .asking:
            if isFlashcards {
                [KeyHelp("Space", "show answer"), KeyHelp("Esc", "stop")]
            } else if takesText {
                [
                    KeyHelp("Enter", "answer", detail: "answer; on nothing typed, show the answer: not known"),
                    KeyHelp("Esc", "stop"),
                ]
            } else {
                Self.choiceKeys.help()
            }
        }
    }

    mutating func handle(_ key: Key, _ context: Context) -> Step {
        if askingToLeave {
            askingToLeave = false
            switch key {
            case .enter, .character("y"): return leave(context)
            case .character("q"): return .quit
            default: return .stay
            }
        }
        switch phase {
        case .asking: return asking(key, context)
        case .revealed: return Self.gradeKeys.step(for: key, on: &self, context) ?? .stay
        case .verdict: return Self.verdictKeys.step(for: key, on: &self, context) ?? .stay
        case .finished:
            if isQuiz { return leave(context) }
            if offersStudyMore, studyingMore == nil {
                if key == .character("n") { return studyMore(.newCards, context) }
                if key == .character("a") { return studyMore(.reviewAhead, context) }
            }
            return [Key.enter, .escape, .character("q")].contains(key) ? .pop : .stay
        case .saving, .rerating, .undoing, .overriding: return .stay
        }
    }

    private mutating func asking(_ key: Key, _ context: Context) -> Step {
        guard let question else { return .stay }
        if key == .escape { return stop(context) }
        if isFlashcards {
            if key == .enter || key == .character(" ") { phase = .revealed }
            return .stay
        }
        if takesText {
            if key == .enter {
                // Enter on nothing is "don't know": the answer is shown, counted as Again.
                return submit(input.text.trimmingCharacters(), context)
            }
            input.handle(key)
            return .stay
        }
        if key == .character("t") || key == .character("f"), question.kind.mode == .trueFalse {
            return submit(key == .character("t") ? "true" : "false", context)
        }
        return Self.choiceKeys.step(for: key, on: &self, context) ?? .stay
    }

    static let choiceKeys: [KeyBinding<SessionScreen>] = [
        KeyBinding([.up, .character("k"), .down, .character("j")], KeyHelp("↑↓", "choose")) { screen, key, _ in
            screen.choice = ListMove.apply(key, to: screen.choice, count: screen.question?.options?.count ?? 0)
            return .stay
        },
        KeyBinding(Key.digits(9), KeyHelp("1-9", "answer", detail: "pick an option by its number")) {
            screen, key, context in
            guard let number = key.digit, (1...(screen.question?.options?.count ?? 0)).contains(number) else {
                return .stay
            }
            screen.choice = number - 1
            return screen.submit(String(number), context)
        },
        KeyBinding([.enter], KeyHelp("Enter", "answer", detail: "answer with the option chosen")) {
            screen, _, context in
            screen.submit(String(screen.choice + 1), context)
        },
        KeyBinding([.character("t"), .character("f")], KeyHelp("t f", "true or false", inBar: false)) { _, _, _ in .stay
        },
        KeyBinding([.escape, .character("q")], KeyHelp("Esc", "stop")) { screen, _, context in screen.stop(context) },
    ]

    static let gradeKeys: [KeyBinding<SessionScreen>] = [
        KeyBinding(
            Key.digits(4),
            KeyHelp(
                "1-4", "again hard good easy",
                detail: "grade the card: Again, Hard, Good, Easy")
        ) { screen, key, context in
            screen.grade(Rating(rawValue: key.digit!)!, context)
        },
        KeyBinding([.enter, .character(" ")], KeyHelp("Enter", "good", detail: "grade it Good")) { screen, _, context in
            screen.grade(.good, context)
        },
        KeyBinding([.escape], KeyHelp("Esc", "stop")) { screen, _, context in screen.stop(context) },
    ]

    static let verdictKeys: [KeyBinding<SessionScreen>] = [
        KeyBinding([.enter, .character(" ")], KeyHelp("Enter", "next")) { screen, _, context in
            if let deadline = screen.deadline, context.clock.uptimeMilliseconds >= deadline {
                return screen.leave(context)
            }
            screen.advance(context)
            return screen.isQuiz && screen.phase == .finished ? screen.leave(context) : .stay
        },
        KeyBinding(
            Key.digits(4),
            KeyHelp(
                "1-4", "change rating",
                detail: "rate the answer again: Again, Hard, Good, Easy")
        ) { screen, key, _ in
            guard case .verdict(var outcome) = screen.phase,
                let record = screen.run.rerating(Rating(rawValue: key.digit!)!)
            else { return .stay }
            outcome.record = record
            screen.phase = .rerating(outcome)
            return .stay([.rerate(record)])
        },
        KeyBinding(
            [.character("r")], KeyHelp("r", "I was right", detail: "count the answer as right after all (rated Good)")
        ) { screen, _, _ in
            guard case .verdict(var outcome) = screen.phase, let record = screen.run.overriding() else { return .stay }
            outcome.record = record
            screen.phase = .overriding(outcome)
            return .stay([.override(record)])
        },
        KeyBinding([.character("u")], KeyHelp("u", "undo", detail: "undo the answer; its card is asked again")) {
            screen, _, context in
            guard case .verdict(let outcome) = screen.phase else { return .stay }
            screen.phase = .undoing(outcome)
            return .stay([.undo(card: outcome.record.card, at: context.now)])
        },
        KeyBinding([.escape, .character("q")], KeyHelp("Esc", "stop")) { screen, _, context in screen.stop(context) },
    ]
}

extension SessionScreen {
    /// Esc: once answers have been given, the session asks before it ends (they are saved
    /// either way; the question is whether the learner meant to stop).
    mutating func stop(_ context: Context) -> Step {
        guard run.tally.done > 0, phase != .finished else { return leave(context) }
        askingToLeave = true
        return .stay
    }
}

extension String {
    func trimmingCharacters() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}
