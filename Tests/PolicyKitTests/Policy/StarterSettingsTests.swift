import Foundation
import Testing
@testable import PolicyKit

@Suite struct StarterSettingsTests {
    @Test(arguments: Jurisdiction.allCases)
    func theStarterFilePassesCheckWithNothingToReport(jurisdiction: Jurisdiction) throws {
        let text = StarterSettings.text(today: testToday, jurisdiction: jurisdiction)
        let result = load(text)
        #expect(located(result) == [])
        let policy = try #require(result.policy)
        #expect(policy.organisation.jurisdiction == jurisdiction)
        #expect(policy.emergency.emergencyNumber == jurisdiction.defaultEmergencyNumbers.emergencyNumber)
        #expect(policy.emergency.crisisLine == jurisdiction.defaultEmergencyNumbers.crisisLine)
        #expect(policy.emergency.crisisLineName.en == jurisdiction.defaultEmergencyNumbers.crisisLineName.en)
        #expect(policy.metadata.effectiveDate == testToday)
        #expect(policy.metadata.nextReview == CalendarDate(year: 2027, month: 3, day: 1))
    }

    /// The starter file is in English, so it spells out the English built-in text: its
    /// documents read exactly as those of a file that leaves every section out.
    @Test func theStarterFileSpellsOutTheDefaults() throws {
        let fromStarter = try #require(load(StarterSettings.text(today: testToday)).policy)
        var fromDefaults = try #require(load(minimalSettings).policy)
        fromDefaults.organisation = fromStarter.organisation
        fromDefaults.metadata = fromStarter.metadata
        #expect(try TemplateContext(policy: fromStarter).value == TemplateContext(policy: fromDefaults).value)
    }

    @Test func everySectionIsPresentWithAComment() {
        let lines = StarterSettings.text(today: testToday).split(separator: "\n", omittingEmptySubsequences: false)
        for section in SettingsDecoder.sectionKeys {
            let index = lines.firstIndex(of: "\(section):")
            #expect(index != nil, "no '\(section):' section")
            if let index { #expect(lines[index - 1].hasPrefix("#"), "no comment above '\(section):'") }
        }
    }

    @Test func aReviewAYearAfterTheLeapDayFallsOnTheLastDayOfFebruary() throws {
        let leapDay = CalendarDate(year: 2028, month: 2, day: 29)!
        let policy = try #require(load(StarterSettings.text(today: leapDay), today: leapDay).policy)
        #expect(policy.metadata.nextReview == CalendarDate(year: 2029, month: 2, day: 28))
    }

    @Test func initWritesTheStarterFileAndRefusesToOverwrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("settings.yaml").path

        try StarterSettingsWriter.write(toPath: path, today: testToday, jurisdiction: .australia)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == StarterSettings.text(today: testToday, jurisdiction: .australia))
        #expect(SettingsLoader.loadFile(atPath: path, today: testToday).diagnostics.isEmpty)

        try "mine\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: Diagnostic.error("'\(path)' already exists; choose another name or move the existing file first")) {
            try StarterSettingsWriter.write(toPath: path, today: testToday)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
        // The settings and the schema beside them; no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["policykit.schema.json", "settings.yaml"])
    }
}
