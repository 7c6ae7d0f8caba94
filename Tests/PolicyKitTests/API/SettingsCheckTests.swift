import Foundation
import Testing
@testable import PolicyKit

/// `SettingsCheck` finds what a build would find, and writes nothing.
@Suite struct SettingsCheckTests {
    typealias Folder = SettingsInheritanceTests.Folder
    static let example = ExampleDocumentsTests.examples.appendingPathComponent("harbourview-ca/settings.yaml").path

    @Test func aValidFileIsReportedWithItsReadability() throws {
        let result = SettingsCheck(today: testToday).run([Self.example])
        #expect(result.passed)
        let file = try #require(result.files.first)
        #expect(file.isValid && file.diagnostics.isEmpty)
        #expect(file.readability?.grades.map(\.document) == [.poster, .codeOfConduct, .letter])
    }

    /// A language with no template for a staff document does not get it: said once, as a note.
    @Test func aLanguageWithoutSomeDocumentsIsNotedOnce() throws {
        let folder = try Folder()
        try folder.write("settings.yaml", minimalSettings + "languages: [en, pa]\n")
        let result = SettingsCheck(today: testToday).run([folder.path + "/settings.yaml"])
        let file = try #require(result.files.first)
        #expect(file.isValid && file.diagnostics.isEmpty)
        #expect(file.notes.count == 1)
        #expect(file.notes.first?.hasPrefix("documents not made, for lack of a template in the language: Punjabi (pa): no ") == true)
        try folder.write("english.yaml", minimalSettings)
        let english = SettingsCheck(today: testToday).run([folder.path + "/english.yaml"])
        #expect(english.files.first?.notes == [])
    }

    @Test func everyFileIsCheckedAndEachProblemReportedOnce() throws {
        let folder = try Folder()
        try folder.write("base.yaml", SettingsInheritanceTests.base + "training:\n  refresher_months: -1\n")
        try folder.write("east.yaml", "extends: base.yaml\n")
        try folder.write("west.yaml", "extends: base.yaml\n")
        let result = SettingsCheck(today: testToday).run([folder.path + "/east.yaml", folder.path + "/west.yaml", Self.example])
        #expect(!result.passed)
        #expect(result.files.map(\.isValid) == [false, false, true])
        #expect(result.files[0].diagnostics.map(\.message) == ["'refresher_months' must be at least 1, found -1"])
        #expect(result.files[1].diagnostics.isEmpty)
    }

    /// A French template naming a value that does not exist stops `build`; `check` finds it too.
    @Test func aBadTemplateInAnyLanguageIsFoundWithItsLine() throws {
        let folder = try Folder()
        try folder.write("templates/fr/poster.md", "# Affiche\n\n{{organisation.nom}}\n")
        let check = SettingsCheck(templatesFolder: folder.path + "/templates", today: testToday).run([Self.example])
        let build = SiteBuild(settings: [Self.example], out: folder.path + "/out", templatesFolder: folder.path + "/templates", today: testToday).run()
        #expect(!check.passed && !build.succeeded)
        #expect(check.stoppingDiagnostics == build.diagnostics)
        #expect(check.stoppingDiagnostics.first?.path == folder.path + "/templates/fr/poster.md")
        #expect(check.stoppingDiagnostics.first?.location?.line == 3)
        #expect(check.files.isEmpty)
    }
}

/// `check` warns of a fixed-size document that will not fit its sheet, with no PDF made.
@Suite struct SettingsCheckFitTests {
    @Test func twoHundredPosterBehavioursWarnWithoutAPDF() throws {
        let folder = try SettingsInheritanceTests.Folder()
        try folder.write("settings.yaml", minimal(plus: PageFitTests.behaviours(200, onPoster: true)))
        let result = SettingsCheck(today: testToday).run([folder.path + "/settings.yaml"])
        let file = try #require(result.files.first)
        #expect(file.isValid)
        #expect(file.warningCount >= 1)
        let warning = try #require(file.diagnostics.first { $0.message.hasPrefix("poster would print on ") })
        #expect(warning.severity == .warning)
        #expect(warning.path == folder.path + "/settings.yaml")
    }
}
