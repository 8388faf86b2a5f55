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
}
