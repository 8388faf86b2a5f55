import Review
import Scheduler
import TerminalUI

/// The Elm-style core: `update` turns an event into a new model and effects for the shell
/// to run; `render` draws the model. Both are pure. The app owns what all screens share
/// (the data, the stack, the help window, the status line); the screen showing gets every
/// other event.
public enum App {
    public static func update(_ model: inout AppModel, _ event: AppEvent, clock: AppClock) -> [Effect] {
        model.clock = clock
        switch event {
        case .key(let key):
            return handle(key, &model)
        case .saved(let book):
            model.data.book = book
            model.progressChanged()
        case .settingsSaved(let settings, let book):
            model.status = savedMessage(before: model.data.settings, after: settings)
            model.data.book = book
            model.data.settings = settings
            model.data.scheduler = FSRS(settings: settings.scheduler)
            model.progressChanged()
        case .answerTimesLoaded(let deck, let times):
            model.data.answerTimes[deck] = times
            model.progressChanged()
        case .failed(let effect, let message):
            model.status = "\(effect.failure): \(message)"
        case .tick, .historyLoaded, .progress, .forecastReady:
            break
        }
        return model.deliver(event)
    }

    /// Settings saved, said as what the learner did: an exam plan saved or cleared on its own
    /// screen, "study more" asked for at the end of a session, or the settings edited.
    private static func savedMessage(before: RecallSettings, after: RecallSettings) -> String {
        if before.exams != after.exams {
            return after.exams.count < before.exams.count ? "Exam plan cleared." : "Exam plan saved."
        }
        if before.studyMore != after.studyMore, let more = after.studyMore {
            let extra = more.newCards.values.reduce(0, +)
            let earlier = before.studyMore.map { $0.day == more.day ? $0.newCards.values.reduce(0, +) : 0 } ?? 0
            return extra > earlier
                ? "\(extra - earlier) more new cards today." : "Reviewing ahead: the cards due in the coming week."
        }
        return "Settings saved."
    }

    private static func handle(_ key: Key, _ model: inout AppModel) -> [Effect] {
        if case .resize(let size) = key {
            model.size = size
            return []
        }
        model.status = nil
        // Keys typed while the notice shows are dropped: none of them quits (`q` may be a
        // letter of an answer being typed, "Iraq"); Ctrl-C still leaves.
        if model.size.columns < Chrome.minimum.columns || model.size.rows < Chrome.minimum.rows { return [] }
        if model.helpVisible {
            model.helpVisible = false
            return []
        }
        if key == .function(1) || (key == .character("?") && !model.top.takesText) {
            model.helpVisible = true
            return []
        }
        return model.deliver(.key(key))
    }

    public static func render(_ model: AppModel) -> ScreenBuffer {
        let size = model.size
        guard size.columns >= Chrome.minimum.columns, size.rows >= Chrome.minimum.rows else {
            return Chrome.tooSmall(size, theme: model.theme)
        }
        var chrome = Chrome(size: size, theme: model.theme)
        let top = model.top
        top.render(into: &chrome, model.renderContext)
        let help = KeyHelp(top.takesText ? "F1" : "?", "help")
        chrome.keyBar(top.keys.filter(\.inBar) + [help], status: model.status)
        var buffer = chrome.buffer
        if model.helpVisible { HelpOverlay.draw(on: &buffer, name: top.name, keys: top.keys, theme: model.theme) }
        return buffer
    }

    /// True while a timed quiz counts down, so the loop wakes every quarter second to redraw.
    public static func wantsTicks(_ model: AppModel) -> Bool {
        model.top.wantsTicks
    }
}
