import Review
import Scheduler
import TerminalUI

/// The Elm-style core: `update` turns an event into a new model and effects for the shell
/// to run; `render` draws the model. Both are pure.
public enum App {
    public static func update(_ model: inout AppModel, _ event: AppEvent, clock: AppClock) -> [AppEffect] {
        model.clock = clock
        switch event {
        case .key(let key):
            return handle(key, &model)
        case .tick:
            if case .session(let session) = model.screen, let deadline = session.deadline,
               clock.uptimeMilliseconds >= deadline, session.phase == .asking {
                model.finishQuiz(session)
            }
            return []
        case .saved(let book):
            model.data.book = book
            if case .session(var session) = model.screen {
                model.saved(in: &session)
                model.screen = .session(session)
            }
            return []
        case .saveFailed(let message):
            model.status = "Not saved: \(message)"
            if case .session(var session) = model.screen {
                switch session.phase {
                case .saving: session.phase = .asking
                case .rerating(let outcome), .undoing(let outcome): session.phase = .verdict(outcome)
                default: break
                }
                model.screen = .session(session)
            }
            return []
        case .settingsSaved(let settings):
            model.data.settings = settings
            model.data.scheduler = FSRS(settings: settings.scheduler)
            model.status = "Settings saved."
            if case .settings(var state) = model.screen {
                state.draft = settings
                model.screen = .settings(state)
            }
            model.refreshExam()
            return []
        case .answerTimesLoaded(let deck, let times):
            model.data.answerTimes[deck] = times
            model.refreshExam()
            return []
        case .historyLoaded(let fact, let history):
            if case .fact(var state) = model.screen, "\(state.deckID)/\(state.factID)" == fact {
                state.history = history
                model.screen = .fact(state)
            }
            return []
        }
    }

    private static func handle(_ key: Key, _ model: inout AppModel) -> [AppEffect] {
        if case .resize(let size) = key {
            model.size = size
            return []
        }
        model.status = nil
        if model.size.columns < Chrome.minimum.columns || model.size.rows < Chrome.minimum.rows {
            if key == .character("q") {
                model.quitting = true
                return [.quit]
            }
            return []
        }
        if model.helpVisible {
            model.helpVisible = false
            return []
        }
        if key == .function(1) || (key == .character("?") && !isTyping(model)) {
            model.helpVisible = true
            return []
        }
        if key == .character(",") && !isTyping(model), case .home = model.screen {
            model.push(.settings(SettingsState(draft: model.data.settings)))
            return []
        }
        switch model.screen {
        case .home(var state): return state.update(key, model: &model)
        case .deck(var state): return state.update(key, model: &model)
        case .quizSetup(var state): return state.update(key, model: &model)
        case .session(var state): return state.update(key, model: &model)
        case .score(var state): return state.update(key, model: &model)
        case .browse(var state): return state.update(key, model: &model)
        case .fact(var state): return state.update(key, model: &model)
        case .stats(var state): return state.update(key, model: &model)
        case .settings(var state): return state.update(key, model: &model)
        case .info(var state): return state.update(key, model: &model)
        case .exam(var state): return state.update(key, model: &model)
        }
    }

    /// True while a text field takes letter keys, so `?` and `,` type instead of acting.
    private static func isTyping(_ model: AppModel) -> Bool {
        switch model.screen {
        case .session(let session): session.isTyping
        case .browse(let browse): browse.searching
        case .settings(let settings): settings.stepsField != nil
        case .exam(let exam): exam.isTyping
        default: false
        }
    }

    public static func render(_ model: AppModel) -> ScreenBuffer {
        let size = model.size
        guard size.columns >= Chrome.minimum.columns, size.rows >= Chrome.minimum.rows else {
            return Chrome.tooSmall(size, theme: model.theme)
        }
        var chrome = Chrome(size: size, theme: model.theme)
        switch model.screen {
        case .home(let state): state.render(&chrome, model: model)
        case .deck(let state): state.render(&chrome, model: model)
        case .quizSetup(let state): state.render(&chrome, model: model)
        case .session(let state): state.render(&chrome, model: model)
        case .score(let state): state.render(&chrome, model: model)
        case .browse(let state): state.render(&chrome, model: model)
        case .fact(let state): state.render(&chrome, model: model)
        case .stats(let state): state.render(&chrome, model: model)
        case .settings(let state): state.render(&chrome, model: model)
        case .info(let state): state.render(&chrome, model: model)
        case .exam(let state): state.render(&chrome, model: model)
        }
        var buffer = chrome.buffer
        if model.helpVisible { HelpOverlay.draw(on: &buffer, screen: model.screen, theme: model.theme) }
        return buffer
    }

    /// True while a timed quiz counts down, so the loop wakes every second to redraw.
    public static func wantsTicks(_ model: AppModel) -> Bool {
        if case .session(let session) = model.screen, session.deadline != nil { return true }
        return false
    }
}
