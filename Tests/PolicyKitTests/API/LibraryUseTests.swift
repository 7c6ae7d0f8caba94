import Foundation
import Testing
import PolicyKit

/// The library as a package user sees it: only its public API, used as the README shows.
@Suite struct LibraryUseTests {
    /// The README's first example, word for word.
    func posterAndCard(settings: String) throws -> [OutputFile] {
        let loaded = SettingsLoader.loadFile(atPath: settings, today: .todayUTC())
        print(DiagnosticFormatter(sources: loaded.sources).format(loaded.diagnostics), terminator: "")
        guard let policy = loaded.policy, !loaded.hasErrors else { return [] }

        let builder = try DocumentBuilder()             // the built-in templates, checked once
        let options = BuildOptions(documents: [.poster, .card], formats: [.html])
        return try builder.build(for: policy, options: options).files   // poster.html, card.html
    }

    @Test func settingsInDocumentsOut() throws {
        let settings = TestPackage.file("Examples/harbourview-ca/settings.yaml").path
        let files = try posterAndCard(settings: settings)
        #expect(files.map(\.name) == ["poster.html", "card.html", "poster.fr.html", "card.fr.html", "poster.es.html", "card.es.html", "poster.ar.html", "poster.zh-Hans.html", "poster.pa.html", "poster.vi.html"])
        let poster = String(decoding: try #require(files.first).bytes, as: UTF8.self)
        #expect(poster.contains("Harbourview Community Services"))
    }

    /// `SettingsSchema`'s usage example: the schema written where an editor finds it.
    @Test func theSettingsSchemaForEditors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(SettingsSchema.fileName).path
        try SettingsSchema.write(toPath: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == SettingsSchema.json)
        #expect(written.contains("\"organisation\": {"))
        #expect(SettingsSchema.fileName == "policykit.schema.json")
    }

    @Test func invalidSettingsGiveDiagnosticsAndNoDocuments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = folder.appendingPathComponent("settings.yaml")
        try Data("organisation:\n  name: Harbourview\n".utf8).write(to: settings)
        #expect(try posterAndCard(settings: settings.path).isEmpty)
        let loaded = SettingsLoader.loadFile(atPath: settings.path, today: .todayUTC())
        let report = DiagnosticFormatter(sources: loaded.sources).format(loaded.diagnostics)
        #expect(report.contains("\(settings.path):1:1: error:"), "\(report)")
    }
}
