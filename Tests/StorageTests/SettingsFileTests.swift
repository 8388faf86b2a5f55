import DeckModel
import Foundation
import Review
import TestSupport
import Testing

@testable import Storage

@Suite struct SettingsFileTests {
    /// Reading settings never writes a file: without one the defaults apply, and the file
    /// appears once something is saved.
    @Test func loadingWritesNothingAndSavingReadsBack() throws {
        let folder = temporaryFolder() + "/home"
        #expect(try SettingsFile.load(folder: folder) == RecallSettings())
        #expect(!FileManager.default.fileExists(atPath: folder))
        var settings = RecallSettings()
        settings.newPerDay = 12
        try SettingsFile.save(settings, folder: folder)
        #expect(try SettingsFile.load(folder: folder) == settings)
    }

    @Test func aBadFileNamesItsPathAndIsLeftAlone() throws {
        let folder = temporaryFolder()
        let path = folder + "/settings.json"
        try Data(#"{"newPerDay": "many"}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(
            throws: RecallSettings.Problem(
                path: path, message: "'newPerDay' must be a whole number from 0 to 100000, not \"many\"")
        ) {
            try SettingsFile.load(folder: folder)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == #"{"newPerDay": "many"}"#)
    }

    /// Two savers that read the file at different times: each writes only what it edited.
    @Test func savingMergesOnlyTheEditsIntoTheFileAsItIsNow() throws {
        let folder = temporaryFolder()
        let start = RecallSettings()
        // The app's Settings screen opens on the defaults...
        var screen = start
        screen.newPerDay = 5
        // ...while `recall exam` sets two exams, then another one.
        var exam = start
        exam.exams["sco"] = ExamSetting(date: PartialDate(year: 2027, month: 3, day: 15)!, budget: .minutes(20))
        try SettingsFile.save(exam, madeOn: start, folder: folder)
        var later = try SettingsFile.load(folder: folder)
        let read = later
        later.exams["un"] = ExamSetting(date: PartialDate(year: 2027, month: 4, day: 1)!, budget: .items(40))
        try SettingsFile.save(later, madeOn: read, folder: folder)
        // The screen saves: its edit lands, and the exams stay.
        let saved = try SettingsFile.save(screen, madeOn: start, folder: folder)
        #expect(saved.newPerDay == 5 && Set(saved.exams.keys) == ["sco", "un"])
        #expect(try SettingsFile.load(folder: folder) == saved)
        // Clearing one exam, from a copy read before the other was set, keeps the other.
        var clearing = exam
        clearing.exams["sco"] = nil
        let cleared = try SettingsFile.save(clearing, madeOn: exam, folder: folder)
        #expect(Set(cleared.exams.keys) == ["un"] && cleared.newPerDay == 5)
    }
}
