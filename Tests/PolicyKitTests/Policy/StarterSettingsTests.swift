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

    /// The starter file shows the built-in wording as comments: its documents read exactly
    /// as those of a file that leaves every section out.
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
            // A section of built-in wording is there too, as a comment.
            let index = lines.firstIndex(of: "\(section):") ?? lines.firstIndex(of: "# \(section):")
            #expect(index != nil, "no '\(section):' section")
            if let index { #expect(lines[index - 1].hasPrefix("#"), "no comment above '\(section):'") }
        }
    }

    /// Built-in wording exists in every language; copied into the file it would become the
    /// organisation's own English text, which a Spanish document would then print.
    @Test func theBuiltInWordingStaysBuiltInSoAnotherLanguageNeedsNoTranslation() throws {
        let text = StarterSettings.text(today: testToday, languages: [.english, .spanish])
        #expect(text.contains("\nlanguages:\n  - en\n  - es\n"))
        #expect(!text.contains("\n  - Treat staff, volunteers and other clients with respect."))
        #expect(text.contains("\n#     - Treat staff, volunteers and other clients with respect."))
        let result = load(text)
        #expect(located(result) == [])
        let policy = try #require(result.policy)
        #expect(policy.clientExpectations.acceptable == ClientDefaults.acceptable)
        #expect(policy.languages == [.english, .spanish])
    }

    /// What a new user does: `init --languages en,es`, then `build`. The Spanish poster has
    /// no English sentence in it.
    @Test func initWithSpanishThenBuildGivesASpanishPosterWithNoEnglishSentence() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-init-es-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let initRun = try CommandLineRunner.run(["init", "--jurisdiction", "AU", "--languages", "en,es", "settings.yaml"], in: folder.path)
        #expect(initRun.status == 0, "\(initRun.error)")
        let build = try CommandLineRunner.run(["build", "settings.yaml", "--out", "out", "--format", "text"], in: folder.path)
        #expect(build.status == 0, "\(build.error)")
        #expect(!build.error.contains("warning"), "\(build.error)")
        let english = try String(contentsOf: folder.appendingPathComponent("out/poster.txt"), encoding: .utf8)
        let spanish = try String(contentsOf: folder.appendingPathComponent("out/poster.es.txt"), encoding: .utf8)
        #expect(LanguageMeasures.englishFunctionWordShare(spanish) < 0.03)
        // No line of English prose (names and numbers aside) reappears in the Spanish poster.
        let englishSentences = english.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { LanguageMeasures.englishFunctionWordShare($0) > 0.1 && $0.count > 12 }
        #expect(!englishSentences.isEmpty)
        for sentence in englishSentences { #expect(!spanish.contains(sentence), "English in the Spanish poster: \(sentence)") }
    }

    @Test func initRefusesALanguageItHasNoDocumentsIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-init-xx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineRunner.run(["init", "--languages", "en,xx"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.firstErrorLine.hasPrefix("error: --languages: unknown language 'xx'; PolicyKit has documents in: en, fr, es"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
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
