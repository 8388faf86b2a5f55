import Questions
import Review
import Study
import TerminalUI

/// "Study more", as Anki's custom study: when nothing more is due, more new cards today
/// (`n`), or the reviews due in the coming week (`a`). Saved in the settings for the study
/// day, so that it survives a restart.
enum StudyMoreKind: Sendable, Equatable {
    case newCards, reviewAhead

    /// New cards each `n` adds.
    static let newCardsEach = 10
}

extension SessionScreen {
    /// Whether the summary offers "study more": at the end of a study or flashcard session.
    var offersStudyMore: Bool { phase == .finished && !endedEarly && !isQuiz }

    /// Saves today's "study more" for the decks studied; the session goes on once it is saved.
    mutating func studyMore(_ kind: StudyMoreKind, _ context: Context) -> Step {
        let today = context.data.calendar.day(of: context.now)
        var settings = context.data.settings
        settings.studyMore = StudyMore.asking(
            settings.studyMore, day: today, decks: mode.decks,
            newCards: kind == .newCards ? StudyMoreKind.newCardsEach : 0, reviewAhead: kind == .reviewAhead)
        studyingMore = kind
        studyMoreNote = nil
        return .stay([.saveSettings(settings, base: context.data.settings)])
    }

    /// The "study more" is saved: on with the queue it makes, or say there was nothing.
    mutating func studiedMore(_ context: Context) {
        guard let kind = studyingMore else { return }
        studyingMore = nil
        advance(context)
        guard phase == .finished else { return }
        studyMoreNote =
            kind == .newCards
            ? "No new cards are left in \(mode.decks.count == 1 ? "this deck" : "these decks")."
            : "No reviews are due in the coming week."
    }

    /// The summary: how it went, how long it took, when the next card is due, and the cards
    /// missed with their answers.
    func renderFinished(_ chrome: inout Chrome, _ body: Rect, _ context: Context) {
        let theme = chrome.theme
        let tally = run.tally
        var y = body.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < body.maxY else { return }
            chrome.write(text, x: body.x, y: y, style: style, maxWidth: body.width)
            y += 1
        }
        if endedEarly {
            line("Session ended.", theme.accent)
        } else {
            line("Nothing more is due. Well done.", theme.correct)
        }
        y += 1
        let took = Self.duration(milliseconds: context.clock.uptimeMilliseconds - startedAt)
        line(
            "Answered \(tally.done) in \(took): \(tally.right) right, \(tally.partly) partly, \(tally.wrong) wrong.")
        if let next = context.data.library.nextDue(of: mode.decks, after: context.now) {
            line("Next card due " + RelativeTime.phrase(next, from: context.now) + ".")
        }
        if let studyMoreNote { line(studyMoreNote, theme.dim) }
        guard !run.mistakes.isEmpty, y + 2 < body.maxY else { return }
        y += 1
        line("Missed (\(run.mistakes.count)):", theme.partly)
        for (index, mistake) in run.mistakes.enumerated() {
            guard y < body.maxY - 1 || index == run.mistakes.count - 1 else {
                line("and \(run.mistakes.count - index) more", theme.dim)
                return
            }
            let answer = mistake.verdict?.answer ?? mistake.question.answers.joined(separator: ", ")
            let width = max(10, body.width / 2)
            line(
                "  " + TextLayout.truncate(mistake.question.prompt, width: width, ellipsis: theme.glyphs.ellipsis)
                    + " " + theme.glyphs.arrow + " " + answer)
        }
    }

    /// "45 s", "3 min", "1 h 05 min".
    static func duration(milliseconds: Int) -> String {
        let seconds = max(0, milliseconds) / 1000
        if seconds < 60 { return "\(seconds) s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes) min" }
        return "\(minutes / 60) h " + String(format2: minutes % 60) + " min"
    }
}
