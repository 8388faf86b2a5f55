import Review
import Scheduler
import TerminalUI

/// Desired retention, new cards and reviews per day, and learning steps; saved to
/// settings.json.
struct SettingsScreen: Screen {
    /// One line of the form: its name, its value, its help, and what ← and → do to it.
    struct Field: Sendable {
        var name: String
        var help: String
        var value: @Sendable (RecallSettings) -> String
        var change: @Sendable (inout RecallSettings, Int) -> Void = { _, _ in }
    }

    static let fields: [Field] = [
        Field(
            name: "Desired retention", help: "←→ change: higher means more reviews and better recall",
            value: { Percent.text($0.desiredRetention) },
            change: { settings, step in
                let value = ((settings.desiredRetention * 100).rounded() + Double(step)) / 100
                settings.desiredRetention = min(0.99, max(0.7, value))
            }),
        Field(
            name: "New cards per day", help: "←→ change by 5, per deck", value: { "\($0.newPerDay)" },
            change: { settings, step in settings.newPerDay = max(0, settings.newPerDay + step * 5) }),
        Field(
            name: "Reviews per day", help: "←→ change by 10, per deck", value: { "\($0.reviewsPerDay)" },
            change: { settings, step in settings.reviewsPerDay = max(0, settings.reviewsPerDay + step * 10) }),
        Field(
            name: "Learning steps", help: "Enter to edit, e.g. 1m 10m",
            value: { $0.learningSteps.map(\.description).joined(separator: " ") }),
        Field(name: "Save", help: "Enter or s to save to settings.json", value: { _ in "" }),
    ]

    static let stepsField = 3, saveField = 4

    var draft: RecallSettings
    var selected = 0
    /// The learning steps being typed, when that field is being edited.
    var stepsInput: TextField?
    var error: String?
    /// Esc was pressed with changes not saved: the screen asks before they are lost.
    var askingToLeave = false

    var name: String { "Settings" }
    var takesText: Bool { stepsInput != nil }
    var keys: [KeyHelp] {
        if askingToLeave { return [KeyHelp("Enter", "leave"), KeyHelp("s", "save"), KeyHelp("Esc", "stay")] }
        return stepsInput == nil ? Self.bindings.help() : [KeyHelp("Enter", "done"), KeyHelp("Esc", "cancel")]
    }

    /// Saving the draft: only what was changed on this screen is written.
    func save(_ context: Context) -> Effect {
        .saveSettings(draft, base: context.data.settings)
    }

    static let bindings: [KeyBinding<SettingsScreen>] = [
        KeyBinding([.up, .character("k"), .down, .character("j")], KeyHelp("↑↓", "field")) { screen, key, _ in
            screen.selected = ListMove.apply(key, to: screen.selected, count: fields.count)
            return .stay
        },
        KeyBinding([.left, .character("h"), .right, .character("l")], KeyHelp("←→", "change")) { screen, key, _ in
            fields[screen.selected].change(&screen.draft, key == .left || key == .character("h") ? -1 : 1)
            return .stay
        },
        KeyBinding([.enter], KeyHelp("Enter", "edit / save", detail: "edit the steps, or save", inBar: false)) {
            screen, _, context in
            if screen.selected == stepsField {
                screen.stepsInput = TextField(screen.draft.learningSteps.map(\.description).joined(separator: " "))
            }
            return screen.selected == saveField ? .stay([screen.save(context)]) : .stay
        },
        KeyBinding([.character("s")], KeyHelp("s", "save")) { screen, _, context in .stay([screen.save(context)]) },
        KeyBinding([.escape, .backspace, .character("q")], KeyHelp("Esc", "back")) { screen, _, context in
            guard screen.draft == context.data.settings else {
                screen.askingToLeave = true
                return .stay
            }
            return .pop
        },
    ]

    mutating func update(_ event: AppEvent, _ context: Context) -> Step {
        switch event {
        case .settingsSaved(let settings, _):
            draft = settings
            return .stay
        case .key(let key) where askingToLeave:
            askingToLeave = false
            switch key {
            case .enter, .character("y"): return .pop
            case .character("s"): return .stay([save(context)])
            default: return .stay
            }
        case .key(let key) where stepsInput != nil:
            editSteps(key)
            return .stay
        case .key(let key):
            return Self.bindings.step(for: key, on: &self, context) ?? .stay
        default:
            return .stay
        }
    }

    private mutating func editSteps(_ key: Key) {
        switch key {
        case .enter:
            let parts = stepsInput!.text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            let steps = parts.compactMap(TimeSpan.init(text:))
            guard steps.count == parts.count, steps.allSatisfy({ $0.microseconds > 0 }) else {
                error = "Steps are durations with a unit, separated by spaces: 1m 10m, or 90s 1h 1d"
                return
            }
            draft.learningSteps = steps
            stepsInput = nil
            error = nil
        case .escape:
            stepsInput = nil
            error = nil
        default:
            stepsInput!.handle(key)
        }
    }

    func render(into chrome: inout Chrome, _ context: Context) {
        let theme = chrome.theme
        chrome.titleBar("Settings")
        for (index, field) in Self.fields.enumerated() {
            let y = 3 + index * 2
            // While the steps are typed, the field alone shows them: no old value beneath.
            let editing = index == Self.stepsField && stepsInput != nil
            let row = Table.Row([TextLayout.pad(field.name, width: 20) + (editing ? "" : field.value(draft))])
            chrome.table(
                Table(columns: [.fill], rows: [row], selected: index == selected ? 0 : nil),
                in: Rect(x: 2, y: y, width: chrome.width - 2, height: 1))
            if index == Self.stepsField, let stepsInput {
                stepsInput.render(
                    into: &chrome.buffer, x: 24, y: y, width: chrome.width - 28, style: Style(underline: true))
            }
            if index == selected {
                chrome.write(field.help, x: 6, y: y + 1, style: theme.dim, maxWidth: chrome.width - 8)
            }
        }
        if let error {
            chrome.paragraph(error, in: Rect(x: 4, y: 14, width: chrome.width - 8, height: 2), style: theme.wrong)
        }
        if askingToLeave {
            chrome.paragraph(
                "Leave without saving your changes? Enter or y leaves, s saves them, Esc or n stays.",
                in: Rect(x: 4, y: 14, width: chrome.width - 8, height: 2), style: theme.partly)
        }
    }
}
