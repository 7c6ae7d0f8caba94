import Foundation
import Testing
@testable import PolicyKit

/// `SiteBuild`: many sites built with one call, all or nothing, and a value that says
/// what happened.
@Suite struct SiteBuildTests {
    typealias Folder = SettingsInheritanceTests.Folder

    private let documents = [
        "acknowledgement.html", "acknowledgement.md", "acknowledgement.txt",
        "card.html", "card.md", "card.txt", "checklist.html", "checklist.md", "checklist.txt",
        "code-of-conduct.html", "code-of-conduct.md", "code-of-conduct.txt",
        "handbook.html", "handbook.md", "handbook.txt",
        "incident-report.html", "incident-report.md", "incident-report.txt",
        // The built-in ladder's steps 2 to 4 are given in writing.
        "letter-step-2.html", "letter-step-2.md", "letter-step-2.txt", "letter-step-3.html", "letter-step-3.md", "letter-step-3.txt",
        "letter-step-4.html", "letter-step-4.md", "letter-step-4.txt",
        "poster.html", "poster.md", "poster.txt",
    ]

    /// A base and two sites extending it, east and west.
    private func sites() throws -> Folder {
        let folder = try Folder()
        try folder.write("base.yaml", SettingsInheritanceTests.base)
        try folder.write("sites/east.yaml", "extends: ../base.yaml\norganisation:\n  name: East Office\n")
        try folder.write("sites/west.yaml", "extends: ../base.yaml\norganisation:\n  name: West Office\n")
        return folder
    }

    private func build(_ folder: Folder, _ names: [String], check: Bool = false) -> SiteBuild.Result {
        SiteBuild(settings: names.map { folder.path + "/" + $0 }, out: folder.path + "/out", check: check, today: testToday).run()
    }

    private func listing(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    private func errors(_ result: SiteBuild.Result) -> [Diagnostic] {
        result.diagnostics.filter { $0.severity == .error }
    }

    @Test func eachSiteBuildsIntoAFolderNamedForItsSettingsFile() throws {
        let folder = try sites()
        let result = build(folder, ["sites/east.yaml", "sites/west.yaml"])
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect((result.sites, result.total, result.written, result.unchanged) == (2, 60, 60, 0))
        #expect(listing(folder.path + "/out") == ["east", "west"])
        #expect(listing(folder.path + "/out/west") == documents)
        let poster = try String(contentsOfFile: folder.path + "/out/west/poster.md", encoding: .utf8)
        #expect(poster.contains("West Office") && !poster.contains("East Office"))
    }

    @Test func oneSiteBuildsStraightIntoTheFolder() throws {
        let folder = try sites()
        let result = build(folder, ["sites/east.yaml"])
        #expect(result.succeeded)
        #expect(listing(folder.path + "/out") == documents)
    }

    @Test func aFolderStandsForTheSettingsFilesDirectlyInsideIt() throws {
        let folder = try sites()
        try folder.write("sites/notes.txt", "not settings")
        try folder.write("sites/.east.yaml.swp", "an editor's scratch file")
        try folder.write("sites/old/north.yaml", "extends: ../../base.yaml\n")
        try folder.write("sites/south.yml", "extends: ../base.yaml\norganisation:\n  name: South Office\n")
        let result = build(folder, ["sites"])
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect((result.sites, result.total) == (3, 90))
        #expect(listing(folder.path + "/out") == ["east", "south", "west"])
    }

    @Test func aFolderWithOneSiteStillBuildsItIntoItsOwnFolder() throws {
        let folder = try Folder()
        try folder.write("base.yaml", SettingsInheritanceTests.base)
        try folder.write("sites/east.yaml", "extends: ../base.yaml\n")
        #expect(build(folder, ["sites"]).succeeded)
        #expect(listing(folder.path + "/out") == ["east"])
    }

    @Test func aFolderWithoutSettingsIsRefusedAndNothingIsWritten() throws {
        let folder = try sites()
        try folder.write("empty/readme.txt", "nothing here")
        let result = build(folder, ["sites", "empty"])
        #expect(!result.succeeded)
        #expect(result.diagnostics == [.error("the folder '\(folder.path)/empty' holds no settings file (a file ending in .yaml or .yml)")])
        #expect(listing(folder.path + "/out") == [])
    }

    @Test func clashingNamesAreRefusedBeforeAnythingIsReadOrWritten() throws {
        let folder = try sites()
        // The clash is found before the settings are read: this one does not even exist.
        let result = build(folder, ["sites/east.yaml", "other/east.yaml", "sites/west.yaml"])
        #expect(!result.succeeded)
        #expect(result.diagnostics == [.error(
            "'\(folder.path)/sites/east.yaml' and '\(folder.path)/other/east.yaml' would both be built into '\(folder.path)/out/east'; rename one of them")])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func oneInvalidSiteMeansNothingIsWrittenAndEverySitesProblemsAreReported() throws {
        let folder = try sites()
        try folder.write("sites/north.yaml", "extends: ../base.yaml\norganisation:\n  jurisdiction: XX\n")
        try folder.write("sites/south.yaml", "extends: ../base.yaml\ntraining:\n  refresher_months: 0\n")
        let result = build(folder, ["sites/east.yaml", "sites/north.yaml", "sites/west.yaml", "sites/south.yaml"])
        #expect(!result.succeeded)
        #expect(errors(result).map { $0.path } == [folder.path + "/sites/north.yaml", folder.path + "/sites/south.yaml"])
        #expect((result.total, result.written) == (0, 0))
        #expect(listing(folder.path + "/out/east").isEmpty)
        #expect(listing(folder.path + "/out/west").isEmpty)
        // The sources come with the diagnostics, so they print with the line at fault.
        let printed = DiagnosticFormatter(sources: result.sources).format(result.diagnostics)
        #expect(printed.contains("  jurisdiction: XX\n"))
    }

    @Test func aProblemInASharedBaseIsReportedOnce() throws {
        let folder = try sites()
        try folder.write("base.yaml", SettingsInheritanceTests.base + "training:\n  refresher_months: -1\n")
        let result = build(folder, ["sites/east.yaml", "sites/west.yaml"])
        #expect(!result.succeeded)
        #expect(errors(result).map(\.message) == ["'refresher_months' must be at least 1, found -1"])
    }

    @Test func checkListsStaleAndMissingFilesAndWritesNothing() throws {
        let folder = try sites()
        #expect(build(folder, ["sites/east.yaml", "sites/west.yaml"]).succeeded)
        let current = build(folder, ["sites/east.yaml", "sites/west.yaml"], check: true)
        #expect(current.succeeded && current.staleFiles.isEmpty)
        #expect((current.total, current.written) == (60, 0))

        let card = folder.path + "/out/west/card.md"
        try folder.write("out/west/card.md", "edited\n")
        try FileManager.default.removeItem(atPath: folder.path + "/out/east/poster.txt")
        let stale = build(folder, ["sites/east.yaml", "sites/west.yaml"], check: true)
        #expect(stale.succeeded)
        #expect(stale.staleFiles == [folder.path + "/out/east/poster.txt", card])
        #expect(try String(contentsOfFile: card, encoding: .utf8) == "edited\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/east/poster.txt"))

        let never = SiteBuild(settings: [folder.path + "/sites/east.yaml"], out: folder.path + "/elsewhere", check: true, today: testToday).run()
        #expect(never.staleFiles.count == 30)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/elsewhere"))
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let folder = try sites()
        #expect(build(folder, ["sites/east.yaml", "sites/west.yaml"]).succeeded)
        let poster = folder.path + "/out/east/poster.html"
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: poster)
        try folder.write("out/west/card.md", "edited\n")

        let again = build(folder, ["sites/east.yaml", "sites/west.yaml"])
        #expect(again.succeeded)
        #expect((again.total, again.written, again.unchanged) == (60, 1, 59))
        #expect(try FileManager.default.attributesOfItem(atPath: poster)[.modificationDate] as? Date == past)
        #expect(try String(contentsOfFile: folder.path + "/out/west/card.md", encoding: .utf8) != "edited\n")
    }

    @Test func aBrokenTemplateStopsTheBuildWithItsLineShown() throws {
        let folder = try sites()
        try folder.write("templates/en/card.md", "# Card\n\n{{organisation.nmae}}\n")
        let result = SiteBuild(settings: [folder.path + "/sites/east.yaml"], out: folder.path + "/out",
                               templatesFolder: folder.path + "/templates", today: testToday).run()
        #expect(!result.succeeded)
        #expect(errors(result).first?.path == folder.path + "/templates/en/card.md")
        #expect(DiagnosticFormatter(sources: result.sources).format(result.diagnostics).contains("{{organisation.nmae}}"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }
}
