import DeckModel
import Scheduler

/// "Study more" for one study day, as Anki's custom study: extra new cards per deck, and the
/// decks whose reviews due in the coming week are brought forward. Kept in settings.json
/// (`studyMore`), so it survives a restart; on any other day it means nothing.
public struct StudyMore: Sendable, Equatable {
    /// The study day it is for (`DayCalendar`'s numbering).
    public var day: Int
    /// Extra new cards for that day, by deck id.
    public var newCards: [String: Int] = [:]
    /// The decks reviewing ahead that day.
    public var reviewAhead: Set<String> = []

    public init(day: Int, newCards: [String: Int] = [:], reviewAhead: Set<String> = []) {
        self.day = day
        self.newCards = newCards
        self.reviewAhead = reviewAhead
    }

    /// The most extra new cards a deck may have in a day.
    public static let maximumNewCards = 100_000
    /// How far ahead reviewing ahead reaches: reviews due in this many days after today.
    public static let daysAhead = 7

    /// Asks for more on `day` for `decks`: `newCards` more new cards each (on top of any
    /// asked for already that day), and reviewing ahead when `reviewAhead`.
    public static func asking(
        _ earlier: StudyMore?, day: Int, decks: [String], newCards: Int, reviewAhead: Bool
    ) -> StudyMore {
        var more = earlier.flatMap { $0.day == day ? $0 : nil } ?? StudyMore(day: day)
        for deck in decks {
            if newCards > 0 {
                more.newCards[deck] = min(Self.maximumNewCards, more.newCards[deck, default: 0] + newCards)
            }
            if reviewAhead { more.reviewAhead.insert(deck) }
        }
        return more
    }

    /// `{"day": "2026-12-02", "newCards": {"sco": 10}, "reviewAhead": ["sco"]}`.
    var value: JSONValue {
        let (year, month, date) = Timestamp.civilDate(ofDay: day)
        let text = "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (date < 10 ? "0" : "") + "\(date)"
        return .object([
            "day": .string(text), "newCards": .object(newCards.mapValues { .number(Double($0)) }),
            "reviewAhead": .array(reviewAhead.sorted().map(JSONValue.string)),
        ])
    }

    /// Reads the value `value` writes; a problem is said in words that name the key.
    static func read(_ value: JSONValue) throws(RecallSettings.Invalid) -> StudyMore {
        let example = #"{"day": "2026-12-02", "newCards": {"sco": 10}, "reviewAhead": ["sco"]}"#
        func invalid(_ what: String) -> RecallSettings.Invalid {
            RecallSettings.Invalid(message: "'studyMore' \(what); it is written as \(example)")
        }
        guard let text = value["day"]?.string, case .success(let date) = PartialDate.parse(text),
            date.precision == .day
        else { throw invalid("needs a 'day' such as \"2026-12-02\"") }
        var more = StudyMore(day: Timestamp.daysFromCivil(year: date.year, month: date.month!, day: date.day!))
        if let cards = value["newCards"] {
            guard case .object(let decks) = cards else { throw invalid("has 'newCards' that is not deck → count") }
            for (deck, count) in decks {
                guard let number = count.integer, (0...Self.maximumNewCards).contains(number) else {
                    throw invalid("has \(count.described) new cards for '\(deck)', not 0 to \(Self.maximumNewCards)")
                }
                more.newCards[deck] = number
            }
        }
        if let ahead = value["reviewAhead"] {
            guard let decks = ahead.array?.compactMap(\.string), decks.count == ahead.array?.count else {
                throw invalid("has 'reviewAhead' that is not a list of deck ids")
            }
            more.reviewAhead = Set(decks)
        }
        return more
    }
}
