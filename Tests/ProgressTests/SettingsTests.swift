import Foundation
@testable import Progress
import Scheduler
import Testing

@Suite struct SettingsTests {
    func parse(_ text: String) throws(RecallSettings.Problem) -> RecallSettings {
        try RecallSettings.parse(Array(text.utf8), path: "settings.json")
    }

    @Test func theFileIsCreatedWithTheDefaults() throws {
        let folder = temporaryFolder() + "/home"
        let settings = try RecallSettings.load(folder: folder)
        #expect(settings == RecallSettings())
        let text = try String(contentsOfFile: folder + "/settings.json", encoding: .utf8)
        for key in RecallSettings.keys { #expect(text.contains("\"\(key)\"")) }
        #expect(text.contains("\"learningSteps\": [\"1m\", \"10m\"]"))
        #expect(try RecallSettings.load(folder: folder) == settings)
    }

    @Test func missingKeysTakeTheirDefaults() throws {
        let settings = try parse(#"{"newPerDay": 5, "learningSteps": ["90s", "1d"], "fuzz": false}"#)
        #expect(settings.newPerDay == 5 && !settings.fuzz && settings.reviewsPerDay == 200)
        #expect(settings.learningSteps == [.seconds(90), .seconds(86400)])
        #expect(settings.scheduler.desiredRetention == 0.9)
    }

    @Test(arguments: [
        (#"{"desiredRetention": 1.5}"#, "'desiredRetention' must be a number between 0 and 1, such as 0.9"),
        (#"{"learningSteps": ["10"]}"#, "'learningSteps' has \"10\", which is not a duration; write a number with a unit s, m, h or d, such as \"90s\", \"10m\" or \"1d\""),
        (#"{"relearningSteps": "10m"}"#, "'relearningSteps' must be a list of durations, such as [\"1m\", \"10m\"]"),
        (#"{"newPerDay": -1}"#, "'newPerDay' must be a whole number of at least 0, not -1.0"),
        (#"{"fuzz": "yes"}"#, "'fuzz' must be true or false"),
        (#"{"parameters": [1, 2]}"#, "'parameters' cannot be used: FSRS-6 needs 21 parameters, not 2"),
        (#"{"newPerDay": 5,}"#, "not valid JSON (at byte 16: expected a key); fix it, or delete the file to get the defaults back"),
    ])
    func invalidValuesNameTheirKey(text: String, message: String) {
        #expect(throws: RecallSettings.Problem(path: "settings.json", message: message)) { try parse(text) }
    }

    @Test func unknownKeysAreKeptWhenSaving() throws {
        let folder = temporaryFolder()
        var settings = try parse(#"{"newPerDay": 7, "goals": {"sco": {"date": "2027-02-01"}}}"#)
        settings.reviewsPerDay = 150
        try settings.save(folder: folder)
        let again = try RecallSettings.load(folder: folder)
        #expect(again.newPerDay == 7 && again.reviewsPerDay == 150)
        #expect(again.otherKeys["goals"]?["sco"]?["date"]?.string == "2027-02-01")
    }

    @Test func examsReadBackAndBadOnesNameTheirDeck() throws {
        let folder = temporaryFolder()
        var settings = try parse(#"{"exams": {"sco": {"date": "2027-02-01", "budget": "20m"}, "un": {"date": "2027-03-01", "budget": 40, "fewerCardsKnownWell": true}}}"#)
        #expect(settings.exams["sco"]?.budget == .minutes(20) && settings.exams["un"]?.budget == .items(40))
        #expect(settings.exams["un"]?.fewerCardsKnownWell == true && settings.exams["sco"]?.day == 20_850)
        settings.exams["sco"]?.budget = .minutes(45)
        try settings.save(folder: folder)
        #expect(try RecallSettings.load(folder: folder).exams == settings.exams)
        #expect(throws: RecallSettings.Problem(path: "settings.json", message: "the exam of 'sco' needs a 'date' such as \"2026-12-20\"")) {
            try parse(#"{"exams": {"sco": {"date": "2027-02-30", "budget": "20m"}}}"#)
        }
        #expect(throws: RecallSettings.Problem(path: "settings.json", message: "the exam of 'sco' needs a 'budget': minutes a day such as \"20m\", or items a day such as 40")) {
            try parse(#"{"exams": {"sco": {"date": "2027-02-01", "budget": "lots"}}}"#)
        }
    }
}
