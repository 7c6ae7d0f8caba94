import Foundation
import Testing

/// `policykit check` as a user runs it: the same templates and paper as `build`, and the
/// same problems found.
@Suite struct CheckCommandTests {
    static let example = SettingsCheckTests.example

    @Test func aValidFilePrintsOk() throws {
        let result = try CommandLineRunner.run(["check", Self.example, "--paper", "a4"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("\(Self.example): ok"))
    }

    @Test func optionsMayStandBetweenTheFiles() throws {
        let folder = try SettingsInheritanceTests.Folder()
        try folder.write("templates/en/partials/unused.md", "Not used.\n")
        let result = try CommandLineRunner.run(["check", Self.example, "--paper", "letter", Self.example, "--templates", folder.path + "/templates", Self.example])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.split(separator: "\n").filter { $0.hasPrefix("\(Self.example): ok") }.count == 3)
    }

    @Test func aBadFrenchTemplateFailsTheCheckWithItsLine() throws {
        let folder = try SettingsInheritanceTests.Folder()
        try folder.write("templates/fr/poster.md", "# Affiche\n\n{{organisation.nom}}\n")
        let result = try CommandLineRunner.run(["check", Self.example, "--templates", folder.path + "/templates"])
        #expect(result.status == 1)
        #expect(result.firstErrorLine.hasPrefix("\(folder.path)/templates/fr/poster.md:3:1: error: "))
        #expect(result.output.isEmpty)
    }

    @Test func wrongUsageExitsWithTwo() throws {
        let result = try CommandLineRunner.run(["check", Self.example, "--paper", "a3"])
        #expect(result.status == 2)
    }
}
