import DeckModel
import Review
import Scheduler
import Study
import TerminalUI

/// What the app asks the shell to do. The shell runs it off the loop and answers with
/// one final event (and, for long work, progress events before it).
public enum Effect: Sendable {
    /// Journal an answer.
    case record(ReviewRecord)
    case undo(card: CardKey, at: Timestamp)
    /// Undo the latest answer to the card and record it again with another rating.
    case rerate(ReviewRecord)
    /// "I was right": journal an override counting the latest answer to the card as right,
    /// with the record's rating.
    case override(ReviewRecord)
    /// The settings as edited, and as they were before (only the edits are saved).
    case saveSettings(RecallSettings, base: RecallSettings)
    case loadHistory(FactKey)
    case loadAnswerTimes(deck: String)
    /// Work out where a deck stands against its exam (a simulation: long on large decks);
    /// `id` tells its answer from that of a forecast asked for before.
    case forecast(id: Int, ExamReport.Request)
    /// Stop the long work in progress; its final event says it stopped.
    case cancelWork

    /// Whether the effect ends with an event (all but `cancelWork`).
    var reports: Bool {
        if case .cancelWork = self { return false }
        return true
    }

    /// What failing at it is called, for the message: "Not saved", "Could not read the history".
    var failure: String {
        switch self {
        case .record, .undo, .rerate, .override: "Not saved"
        case .saveSettings: "Settings not saved"
        case .loadHistory: "Could not read the answer history"
        case .loadAnswerTimes: "Could not read the answer times"
        case .forecast, .cancelWork: "Could not work out the forecast"
        }
    }
}

/// What happens to the app: a key, a clock tick, or what came of an effect.
public enum AppEvent: Sendable {
    case key(Key)
    /// Time passed (timed quizzes count down).
    case tick
    /// An answer, re-rating or undo was journaled; the book now includes it.
    case saved(CardBook)
    /// The settings as saved, and the book as they make it (states follow the settings).
    case settingsSaved(RecallSettings, CardBook)
    /// A fact's answer history, read from the journal.
    case historyLoaded(FactKey, [ReviewRecord])
    /// A deck's answer times, read from the journal (for its exam plan).
    case answerTimesLoaded(deck: String, AnswerTimes)
    /// How far long work has got, from 0 to 1.
    case progress(Double)
    /// The forecast asked for; nil when it was stopped.
    case forecastReady(id: Int, ExamReport?)
    /// An effect failed: nothing was lost, and the message says why.
    case failed(Effect, String)

    /// Whether the event ends its effect (all but progress reports).
    var isFinal: Bool {
        if case .progress = self { return false }
        return true
    }
}
