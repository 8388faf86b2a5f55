import Scheduler
import TestSupport
import Testing

@testable import Review

@Suite struct SettingsTests {
    func decode(_ text: String) throws(RecallSettings.Problem) -> RecallSettings {
        try RecallSettings.decode(Array(text.utf8), path: "settings.json")
    }

    @Test func theDefaultsWriteEveryKeyAndReadBack() throws {
        let text = String(decoding: RecallSettings().encoded(), as: UTF8.self)
        for key in [
            "desiredRetention", "learningSteps", "relearningSteps", "maximumInterval", "fuzz", "newPerDay",
            "reviewsPerDay", "leechThreshold", "parameters", "exams",
        ] {
            #expect(text.contains("\"\(key)\" : "), "\(key) is written")
        }
        #expect(text.contains("\"1m\",\n    \"10m\""))
        #expect(try decode(text) == RecallSettings())
    }

    @Test func studyMoreAndQuizzesCountReadBackAsWritten() throws {
        var settings = RecallSettings()
        settings.quizzesCount = true
        settings.studyMore = StudyMore(day: 20_789, newCards: ["sco": 20], reviewAhead: ["sco", "un"])
        let text = String(decoding: settings.encoded(), as: UTF8.self)
        #expect(text.contains(#""day" : "2026-12-02""#), "\(text)")
        #expect(try decode(text) == settings)
    }

    @Test func missingKeysTakeTheirDefaults() throws {
        let settings = try decode(#"{"newPerDay": 5, "learningSteps": ["90s", "1d"], "fuzz": false}"#)
        #expect(settings.newPerDay == 5 && !settings.fuzz && settings.reviewsPerDay == 200)
        #expect(settings.learningSteps == [.seconds(90), .seconds(86400)])
        #expect(settings.scheduler.desiredRetention == 0.9)
    }

    @Test(arguments: [
        (#"{"desiredRetention": 1.5}"#, "'desiredRetention' must be a number between 0 and 1, such as 0.9"),
        (
            #"{"learningSteps": ["10"]}"#,
            "'learningSteps' has \"10\", which is not a duration; write a number with a unit s, m, h or d, such as "
                + "\"90s\", \"10m\" or \"1d\""
        ),
        (#"{"relearningSteps": "10m"}"#, "'relearningSteps' must be a list of durations, such as [\"1m\", \"10m\"]"),
        (#"{"newPerDay": -1}"#, "'newPerDay' must be a whole number from 0 to 100000, not -1.0"),
        (
            #"{"maximumInterval": 1000000000}"#,
            "'maximumInterval' must be a whole number from 1 to 36500 days, not 1000000000.0"
        ),
        (
            #"{"learningSteps": ["106740000d"]}"#,
            "'learningSteps' has \"106740000d\"; a step is at most 365 days (\"365d\")"
        ),
        (
            #"{"relearningSteps": ["99999999999d"]}"#,
            "'relearningSteps' has \"99999999999d\"; a step is at most 365 days (\"365d\")"
        ),
        (#"{"fuzz": "yes"}"#, "'fuzz' must be true or false"),
        (#"{"quizzesCount": 1}"#, "'quizzesCount' must be true or false"),
        (
            #"{"studyMore": {"day": "2026-02-30"}}"#,
            #"'studyMore' needs a 'day' such as "2026-12-02"; it is written as {"day": "2026-12-02", "newCards": "#
                + #"{"sco": 10}, "reviewAhead": ["sco"]}"#
        ),
        (
            #"{"studyMore": {"day": "2026-12-02", "newCards": {"sco": -3}}}"#,
            #"'studyMore' has -3.0 new cards for 'sco', not 0 to 100000; it is written as {"day": "2026-12-02", "#
                + #""newCards": {"sco": 10}, "reviewAhead": ["sco"]}"#
        ),
        (#"{"parameters": [1, 2]}"#, "'parameters' cannot be used: FSRS-6 needs 21 parameters, not 2"),
        (#"[1, 2]"#, "must be a JSON object of settings"),
        (
            "{\"newPerDay\": 5\n \"fuzz\": true}",
            "not valid JSON (line 2, column 2: invalid value); fix it, or delete the file to get the defaults back"
        ),
    ])
    func invalidValuesNameTheirKey(text: String, message: String) {
        #expect(throws: RecallSettings.Problem(path: "settings.json", message: message)) { try decode(text) }
    }

    @Test func aMisspeltKeyIsNamedWithADidYouMean() throws {
        let settings = try decode(#"{"newPerDya": 5, "theme": "dark", "reviewsperday": 10}"#)
        #expect(
            settings.misspeltKeyNotes == [
                "settings.json: unknown key 'newPerDya'; did you mean 'newPerDay'? It is kept, but nothing reads it.",
                "settings.json: unknown key 'reviewsperday'; did you mean 'reviewsPerDay'? It is kept, but nothing "
                    + "reads it.",
            ])
        #expect(settings.newPerDay == 20 && settings.otherKeys["newPerDya"] == .number(5))
    }

    @Test func unknownKeysAreKeptWhenWrittenBack() throws {
        var settings = try decode(
            #"{"newPerDay": 7, "goals": {"sco": {"date": "2027-02-01"}}, "theme": [1, true, null]}"#)
        settings.reviewsPerDay = 150
        let again = try decode(String(decoding: settings.encoded(), as: UTF8.self))
        #expect(again.newPerDay == 7 && again.reviewsPerDay == 150)
        #expect(again.otherKeys["goals"]?["sco"]?["date"]?.string == "2027-02-01")
        #expect(again.otherKeys["theme"] == .array([.number(1), .bool(true), .null]))
        #expect(again == settings)
    }

    @Test func examsReadBackAndBadOnesNameTheirDeck() throws {
        var settings = try decode(
            #"{"exams": {"sco": {"date": "2027-02-01", "budget": "20m"}, "#
                + #""un": {"date": "2027-03-01", "budget": 40, "fewerCardsKnownWell": true}}}"#
        )
        #expect(settings.exams["sco"]?.budget == .minutes(20) && settings.exams["un"]?.budget == .items(40))
        #expect(settings.exams["un"]?.fewerCardsKnownWell == true && settings.exams["sco"]?.day == 20_850)
        settings.exams["sco"]?.budget = .minutes(45)
        #expect(try decode(String(decoding: settings.encoded(), as: UTF8.self)).exams == settings.exams)
        #expect(
            throws: RecallSettings.Problem(
                path: "settings.json", message: "the exam of 'sco' needs a 'date' such as \"2026-12-20\"")
        ) {
            try decode(#"{"exams": {"sco": {"date": "2027-02-30", "budget": "20m"}}}"#)
        }
        #expect(
            throws: RecallSettings.Problem(
                path: "settings.json",
                message: "the exam of 'sco' needs a 'budget': minutes a day such as \"20m\", or items a day such as 40")
        ) {
            try decode(#"{"exams": {"sco": {"date": "2027-02-01", "budget": "lots"}}}"#)
        }
    }
}
