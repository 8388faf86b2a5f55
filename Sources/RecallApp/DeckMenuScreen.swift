import TerminalUI

/// A deck's menu: study, quiz, flashcards, browse, stats, info.
public struct DeckMenuState: Sendable, Equatable {
    public var deckID: String
    public var selected = 0

    static let entries = ["Study", "Quiz", "Flashcards", "Browse", "Stats", "Info", "Exam plan"]
}

extension DeckMenuState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(Self.entries.count - 1, selected + 1)
        case .character(let c) where ("1"..."7").contains(c):
            selected = Int(String(c))! - 1
            model.screen = .deck(self)
            return open(model: &model)
        case .character("s"):
            selected = 0
            model.screen = .deck(self)
            return open(model: &model)
        case .enter:
            model.screen = .deck(self)
            return open(model: &model)
        case .escape, .backspace, .character("q"):
            model.pop()
            return []
        default: break
        }
        model.screen = .deck(self)
        return []
    }

    private func open(model: inout AppModel) -> [AppEffect] {
        switch selected {
        case 0: model.startStudy(decks: [deckID])
        case 1: model.push(.quizSetup(QuizSetupState(deckID: deckID)))
        case 2: model.startFlashcards(decks: [deckID])
        case 3: model.push(.browse(BrowseState(deckID: deckID)))
        case 4: model.push(.stats(StatsState(deckID: deckID)))
        case 5: model.push(.info(InfoState(deckID: deckID)))
        default: model.push(.exam(ExamState(deckID: deckID, model: model)))
        }
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        guard let summary = model.summaries.first(where: { $0.id == deckID }) else { return }
        chrome.titleBar(summary.title)
        chrome.write("\(summary.cards) cards  \(theme.glyphs.separator)  \(summary.dueNow) due now  \(theme.glyphs.separator)  \(summary.newAvailable) new today  \(theme.glyphs.separator)  last studied \(relativeDay(summary.lastStudied, data: model.data, now: model.clock.now))",
                     x: 2, y: 2, style: theme.dim, maxWidth: chrome.width - 4)
        chrome.write("Mastery " + theme.glyphs.bar(summary.mastery, width: 20) + " \(Int((summary.mastery * 100).rounded()))%", x: 2, y: 3, style: theme.dim)
        if let change = model.data.deckChanges[deckID] {
            chrome.write("Updated by its author: " + change + "; changed cards come back once soon", x: 2, y: 4, style: theme.partly, maxWidth: chrome.width - 4)
        }
        let descriptions = [
            "spaced repetition: the cards due now",
            "a set of questions, with a score",
            "self-graded cards from the study queue",
            "every fact, with its questions and history",
            "forecast, heatmap, retention, weakest facts",
            "description, author, sources, as-of dates",
            "an exam date: a daily plan, and a forecast",
        ]
        for (index, entry) in Self.entries.enumerated() {
            let line = "\(index + 1). " + TextLayout.pad(entry, width: 12) + descriptions[index]
            chrome.row(line, y: 5 + index * (chrome.height >= 24 ? 2 : 1), selected: index == selected, x: 4)
        }
        chrome.keyBar([(theme.glyphs.upDown, "select"), ("Enter", "open"), ("1-7", "open"), ("Esc", "back"), ("?", "help")], status: model.status)
    }
}

/// Choosing how many questions and an optional time limit for a quiz.
public struct QuizSetupState: Sendable, Equatable {
    public var deckID: String
    public var field = 0
    public var countIndex = 1
    public var limitIndex = 0

    static let counts: [Int?] = [5, 10, 20, 50, nil]
    static let limits: [Int?] = [nil, 2, 5, 10, 20]
}

extension QuizSetupState {
    mutating func update(_ key: Key, model: inout AppModel) -> [AppEffect] {
        switch key {
        case .up, .character("k"): field = max(0, field - 1)
        case .down, .character("j"), .tab: field = min(2, field + 1)
        case .left, .character("h"):
            if field == 0 { countIndex = max(0, countIndex - 1) } else if field == 1 { limitIndex = max(0, limitIndex - 1) }
        case .right, .character("l"):
            if field == 0 { countIndex = min(Self.counts.count - 1, countIndex + 1) } else if field == 1 {
                limitIndex = min(Self.limits.count - 1, limitIndex + 1)
            }
        case .enter:
            model.pop()
            model.startQuiz(deck: deckID, count: Self.counts[countIndex], minutes: Self.limits[limitIndex])
            return []
        case .escape, .backspace:
            model.pop()
            return []
        default: break
        }
        model.screen = .quizSetup(self)
        return []
    }

    func render(_ chrome: inout Chrome, model: AppModel) {
        let theme = chrome.theme
        let title = model.data.generator(for: deckID)?.deck.title ?? deckID
        chrome.titleBar("Quiz " + theme.glyphs.separator + " " + title)
        let count = Self.counts[countIndex].map { "\($0) questions" } ?? "every card"
        let limit = Self.limits[limitIndex].map { "\($0) minutes" } ?? "no time limit"
        chrome.row("Questions:   < \(count) >", y: 3, selected: field == 0, x: 4)
        chrome.row("Time limit:  < \(limit) >", y: 5, selected: field == 1, x: 4)
        chrome.row("Start the quiz", y: 7, selected: field == 2, x: 4)
        chrome.paragraph("Answers are saved as reviews. The quiz ends on a score screen, then a review of every mistake.",
                         in: Rect(x: 4, y: 9, width: chrome.width - 8, height: 3), style: theme.dim)
        chrome.keyBar([(theme.glyphs.upDown, "field"), ("←→", "change"), ("Enter", "start"), ("Esc", "back")], status: model.status)
    }
}
