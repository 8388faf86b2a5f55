import Review
import Scheduler
import TerminalUI

/// Desired retention, new cards and reviews per day, and learning steps; saved to
/// settings.json.
public struct SettingsState: Sendable, Equatable {
    public var draft: RecallSettings
    public var selected = 0
    /// The learning steps being typed, when that field is being edited.
    public var stepsField: TextField?
    public var error: String?

    static let fields = ["Desired retention", "New cards per day", "Reviews per day", "Learning steps", "Save"]
}

extension SettingsState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        if var field = stepsField {
            switch key {
            case .enter:
                let parts = field.text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                let steps = parts.compactMap(TimeSpan.init(text:))
                if steps.count == parts.count, steps.allSatisfy({ $0.microseconds > 0 }) {
                    draft.learningSteps = steps
                    stepsField = nil
                    error = nil
                } else {
                    error = "Steps are durations with a unit, separated by spaces: 1m 10m, or 90s 1h 1d"
                }
            case .escape:
                stepsField = nil
                error = nil
            default:
                field.handle(key)
                stepsField = field
            }
            model.screen = .settings(self)
            return []
        }
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(Self.fields.count - 1, selected + 1)
        case .left, .character("h"): change(by: -1)
        case .right, .character("l"): change(by: 1)
        case .enter:
            if selected == 3 {
                stepsField = TextField(draft.learningSteps.map(\.description).joined(separator: " "))
            } else if selected == 4 {
                model.screen = .settings(self)
                return [.saveSettings(draft)]
            }
        case .character("s"):
            model.screen = .settings(self)
            return [.saveSettings(draft)]
        case .escape, .backspace, .character("q"):
            model.pop()
            return []
        default: break
        }
        model.screen = .settings(self)
        return []
    }

    private mutating func change(by step: Int) {
        switch selected {
        case 0:
            let value = ((draft.desiredRetention * 100).rounded() + Double(step)) / 100
            draft.desiredRetention = min(0.99, max(0.7, value))
        case 1: draft.newPerDay = max(0, draft.newPerDay + step * 5)
        case 2: draft.reviewsPerDay = max(0, draft.reviewsPerDay + step * 10)
        default: break
        }
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        chrome.titleBar("Settings")
        let values = [
            "\(Int((draft.desiredRetention * 100).rounded()))%",
            "\(draft.newPerDay)",
            "\(draft.reviewsPerDay)",
            draft.learningSteps.map(\.description).joined(separator: " "),
            "",
        ]
        let help = [
            "←→ change: higher means more reviews and better recall",
            "←→ change by 5, per deck",
            "←→ change by 10, per deck",
            "Enter to edit, e.g. 1m 10m",
            "Enter or s to save to settings.json",
        ]
        for (index, name) in Self.fields.enumerated() {
            let y = 3 + index * 2
            chrome.row(TextLayout.pad(name, width: 20) + values[index], y: y, selected: index == selected, x: 4)
            if index == 3, let field = stepsField {
                field.render(into: &chrome.buffer, x: 26, y: y, width: chrome.width - 30, style: Style(underline: true))
            }
            if index == selected { chrome.write(help[index], x: 6, y: y + 1, style: theme.dim, maxWidth: chrome.width - 8) }
        }
        if let error { chrome.paragraph(error, in: Rect(x: 4, y: 14, width: chrome.width - 8, height: 2), style: theme.wrong) }
        chrome.keyBar([(theme.glyphs.upDown, "field"), ("←→", "change"), ("s", "save"), ("Esc", "back")], status: model.status)
    }
}
