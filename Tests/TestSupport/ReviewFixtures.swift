import DeckModel
import Foundation
import Review
import Scheduler

/// Study days in UTC, so tests do not depend on the machine's time zone.
public let utc = DayCalendar(zone: TimeZone(identifier: "UTC")!)
/// FSRS-6 with the default settings.
public let fsrs = FSRS(settings: SchedulerSettings())

public func time(_ iso: String) -> Timestamp {
    Timestamp(iso: iso)!
}

/// A card key written out, such as `sco/charter/when`.
public func key(_ text: String) -> CardKey {
    CardKey(text)!
}

/// A typed answer judged correct, at `iso`.
public func review(_ card: String, _ rating: Rating, _ iso: String) -> ReviewRecord {
    ReviewRecord(
        card: key(card), time: time(iso), rating: rating, answer: "x", verdict: .correct, milliseconds: 1200,
        mode: .study)
}

/// A new empty folder for one test.
public func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "recall-test-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Card keys written as text in tests: `"sco/charter/when"`. A literal that is not a key
/// stops the test at once.
extension CardKey: ExpressibleByStringInterpolation {
    public init(stringLiteral text: String) {
        guard let key = CardKey(text) else { fatalError("not a card key: \(text)") }
        self = key
    }
}

/// Reads the reference fixtures, whose keys are Python's `snake_case`.
public var snakeCaseDecoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
}
