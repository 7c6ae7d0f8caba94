import Foundation
import Testing
@testable import PolicyKitPreview

/// What one save gives the page: every document and language, or the problems in plain
/// words with their place and source line; the documents of the last good save stay.
struct PreviewBuildTests {
    @Test func aValidFileGivesATabForEachDocumentAndLanguage() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimal(plus: "languages: [en, fr]\n"))
        let build = PreviewBuild(settings: settings, templatesFolder: nil, today: testToday)
        let documents = try #require(build.documents)
        #expect(!build.hasErrors)
        #expect(documents.map(\.id).contains("poster"))
        #expect(documents.map(\.id).contains("poster.fr"))
        let french = try #require(documents.first { $0.id == "poster.fr" })
        #expect(french.title == "Client Code of Conduct")
        #expect(french.language == "French")
        #expect(documents.first { $0.id == "handbook" }?.language == "English")
        #expect(try #require(documents.first { $0.id == "poster" }).text.contains("Harbourview Community Services"))
        #expect(build.settingsFiles == [settings])
    }

    @Test func anErrorIsShownWithItsFileLineSourceLineAndCaret() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings.replacingOccurrences(of: "  name: Harbourview", with: "  name:Harbourview"))
        let build = PreviewBuild(settings: settings, templatesFolder: nil, today: testToday)
        #expect(build.documents == nil)
        let error = try #require(build.diagnostics.first)
        #expect(error.isError)
        #expect(error.message.contains("put a space after ':'"))
        #expect(error.place == "\(settings), line 2, column 7")
        #expect(error.excerpt == "  name:Harbourview Community Services\n      ^")
    }

    @Test func aMissingFileIsAnErrorNotACrash() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let build = PreviewBuild(settings: "\(folder.path)/settings.yaml", templatesFolder: nil, today: testToday)
        #expect(build.documents == nil)
        #expect(build.diagnostics.map(\.message) == ["no such file: '\(folder.path)/settings.yaml'"])
    }

    @Test func theBasesASiteExtendsAreAmongTheFilesToWatch() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        try folder.write("bases/base.yaml", minimalSettings)
        let site = try folder.write("site.yaml", "extends: bases/base.yaml\norganisation:\n  name: Harbourview East\n")
        let build = PreviewBuild(settings: site, templatesFolder: nil, today: testToday)
        #expect(!build.hasErrors)
        #expect(build.settingsFiles.count == 2)
        #expect(build.settingsFiles.contains(site))
        #expect(build.settingsFiles.contains { $0.hasSuffix("base.yaml") })
    }

    @Test func aTemplateFromTheTemplatesFolderIsUsed() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        try folder.write("templates/en/poster.md", "# Welcome to {{organisation.name}}\n\nBe kind here.\n")
        let build = PreviewBuild(settings: settings, templatesFolder: "\(folder.path)/templates", today: testToday)
        let poster = try #require(build.documents?.first { $0.id == "poster" })
        #expect(poster.text.contains("Be kind here."))
    }

    @Test func aTemplateMistakeIsShownWithItsLine() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let template = try folder.write("templates/en/poster.md", "# Welcome\n\n{{organisation.nmae}}\n")
        let build = PreviewBuild(settings: settings, templatesFolder: "\(folder.path)/templates", today: testToday)
        #expect(build.documents == nil)
        let error = try #require(build.diagnostics.first { $0.isError })
        #expect(error.place?.hasPrefix("\(template), line 3") == true)
        #expect(error.excerpt?.hasPrefix("{{organisation.nmae}}\n") == true)
    }

    @Test func whileTheSettingsHaveErrorsTheLastGoodDocumentsStay() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let state = PreviewState(settingsPath: settings)
        await state.show(PreviewBuild(settings: settings, templatesFolder: nil, today: testToday))
        let good = await state.snapshot
        try folder.write("settings.yaml", "organisation: [\n")
        await state.show(PreviewBuild(settings: settings, templatesFolder: nil, today: testToday))
        let broken = await state.snapshot
        #expect(broken.latestFailed)
        #expect(broken.diagnostics.contains { $0.isError })
        #expect(broken.documents == good.documents)
        #expect(!broken.documents.isEmpty)
        #expect(broken.version != good.version)
    }
}
