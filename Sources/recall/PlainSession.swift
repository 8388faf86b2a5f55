import ArgumentParser
import Foundation
import Questions
import Review
import Scheduler
import Study

/// A `StudySession` run in line mode, for `study --plain` and `quiz --plain`: print a
/// question, read a line, journal the answer, print its verdict. After a verdict, a line
/// `=1` to `=4` re-rates that answer, `=right` counts it as right, and `=undo` undoes it;
/// either way the next question is asked afresh (an undone one again), so no answer is ever
/// judged against a question chosen before the change.
struct PlainSession {
    var session: StudySession
    let context: ProgressContext
    var library: Library
    var random: SeededRandom
    private var io = PlainIO()

    init(_ session: StudySession, context: ProgressContext, library: Library, random: SeededRandom) {
        self.session = session
        self.context = context
        self.library = library
        self.random = random
    }

    /// Asks until nothing is due or the input ends. Stops with exit 1 when an answer could
    /// not be saved, before any verdict claims it was kept.
    mutating func run() throws {
        var again: (Question, left: Int)?
        while true {
            let now = try RecallClock.timestamp()
            library.book = context.store.book
            guard let (question, left) = again ?? session.next(in: library, now: now, random: &random) else { return }
            again = nil
            io.ask(question, number: session.tally.done + 1, total: session.tally.done + 1 + left)
            switch try read(question) {
            case .ended: return
            case .answered: continue
            case .askAgain(let other): again = (other, left + (other == question ? 0 : 1))
            }
        }
    }

    private enum Outcome {
        case ended, answered
        case askAgain(Question)
    }

    /// Reads lines until one answers `question` or changes the answer before it; after a
    /// change, `question` (or the undone one) is asked again.
    private mutating func read(_ question: Question) throws -> Outcome {
        while let answer = io.readAnswer() {
            let now = try RecallClock.timestamp()
            let command = answer.text.trimmingCharacters(in: .whitespaces)
            if command == "=undo" { return .askAgain(undo(now: now) ?? question) }
            if command == "=right" {
                override(now: now)
                return .askAgain(question)
            }
            if command.hasPrefix("="), let value = Int(command.dropFirst()), let rating = Rating(rawValue: value) {
                rerate(rating, now: now)
                return .askAgain(question)
            }
            // A word starting with `=` is a command mistyped, never an answer to journal.
            if command.hasPrefix("="), !command.contains(" ") {
                print(
                    "'\(command)' is not a command: =1 to =4 re-rate the last answer, =right counts it as right, "
                        + "=undo takes it back")
                return .askAgain(question)
            }
            if let number = question.unknownOptionNumber(in: command), let count = question.options?.count {
                print("There is no option \(number): type 1 to \(count), or the answer itself.")
                return .askAgain(question)
            }
            let answered = session.answer(
                answer.text, to: question, milliseconds: answer.milliseconds, now: now, in: library)
            try save(answered.record, now: now)
            session.saved(answered)
            // A quiz is scored, not scheduled: its ratings go unsaid.
            let rating = session.mode == .quiz(deck: question.card.deck) ? nil : answered.record.rating
            if let verdict = answered.verdict { io.show(verdict, for: question, rating: rating) }
            context.store.saveSnapshotIfDue(now: now)
            return .answered
        }
        return .ended
    }

    /// Undoes the latest answer and returns its question, to ask again; nil (after saying
    /// so) when there is nothing to undo or the undo could not be saved.
    private mutating func undo(now: Timestamp) -> Question? {
        guard let last = session.last else {
            print("nothing to undo")
            return nil
        }
        do {
            try context.store.undo(card: last.record.card, at: now)
            print("undone: \(last.record.card)")
            return session.undone()
        } catch {
            Stderr.write("error: could not save the undo: \(error)")
            return nil
        }
    }

    /// "I was right": the latest answer counts as right, rated Good.
    private mutating func override(now: Timestamp) {
        guard let record = session.overriding() else {
            print(session.last == nil ? "nothing to count as right" : "the last answer needs no override")
            return
        }
        do {
            try context.store.override(card: record.card, rating: record.rating, at: now)
            session.overridden(record)
            print("counted as right, rated \(record.rating.name): \(record.card)")
        } catch {
            Stderr.write("error: could not save the override: \(error)")
        }
    }

    private mutating func rerate(_ rating: Rating, now: Timestamp) {
        guard let last = session.last else {
            print("nothing to re-rate")
            return
        }
        guard let record = session.rerating(rating) else {
            print("already rated \(rating.name): \(last.record.card)")
            return
        }
        do {
            try context.store.undo(card: record.card, at: now)
            try context.store.record(record, now: now)
            session.rerated(record)
            print("rated \(rating.name): \(record.card)")
        } catch {
            Stderr.write("error: could not save the change: \(error)")
        }
    }

    /// Journals an answer; a failure stops the session before any verdict claims it was kept.
    private func save(_ review: ReviewRecord, now: Timestamp) throws {
        do {
            try context.store.record(review, now: now)
        } catch {
            let answer =
                review.answer.map { " ('\($0)', rated \(review.rating.name))" } ?? " (rated \(review.rating.name))"
            Stderr.write(
                "error: your answer to \(review.card)\(answer) was not saved, so the session stops here: \(error)")
            throw ExitCode(1)
        }
    }
}
