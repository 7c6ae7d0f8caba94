import Foundation
import Testing
@testable import PolicyKit

/// The `changes` document: "What changed in version N", for staff, built only when asked for.
@Suite struct ChangesDocumentTests {
    static let old = DiffCommandTests.settings + "languages: [en, fr, es]\n"
    static let new = VersionGuardTests.version("1.1", date: "2026-03-01", hours: 24, logged: true) + "languages: [en, fr, es]\n"

    /// The text with its line breaks and indents as single spaces, whatever the wrapping.
    func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func build(_ options: BuildOptions) throws -> [String: String] {
        let files = try DocumentBuilder().build(for: try policy(Self.new), options: options).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func builtInEveryStaffLanguageWithVersionDateAndSummary() throws {
        var options = BuildOptions(documents: [.changes], formats: [.text])
        options.changesFrom = try policy(Self.old)
        let files = try build(options)
        #expect(files.keys.sorted() == ["changes.es.txt", "changes.fr.txt", "changes.txt"])
        #expect(files["changes.txt"] == """
            What changed in version 1.1
            ===========================

            Harbourview Community Services

            Version 1.1 of our client code of conduct and staff safety policy is in
            effect from 1 March 2026. It replaces version 1.0.

            In short: Incident reports are due sooner.

            Reporting
            ---------

            - Incident reports are now due within 24 hours (was 48 hours).

            The staff documents have been updated to match. Ask your manager if
            anything here is unclear.

            """)
        let french = flat(try #require(files["changes.fr.txt"]))
        #expect(french.hasPrefix("Ce qui change dans la version 1.1 "))
        #expect(french.contains("en vigueur dès le 1er mars 2026. Elle remplace la version 1.0."))
        #expect(french.contains("Signalement ----------- - Les rapports d'incident doivent désormais être remis dans les 24 heures (auparavant 48 heures)."))
        let spanish = flat(try #require(files["changes.es.txt"]))
        #expect(spanish.hasPrefix("Qué cambia en la versión 1.1 "))
        #expect(spanish.contains("vigente desde el 1 de marzo de 2026. Reemplaza la versión 1.0."))
        #expect(spanish.contains("- Los informes de incidentes deben entregarse ahora en un plazo de 24 horas (antes, 48 horas)."))
    }

    @Test func valuesShowLiterally() throws {
        var options = BuildOptions(documents: [.changes], formats: [.html])
        options.changesFrom = try policy(Self.old)
        let hostile = Self.new + "staff_rights:\n  - \"<script>alert(1)</script> *star* [x](javascript:alert(1))\"\n"
        let files = try DocumentBuilder().build(for: try policy(hostile), options: options).files
        let html = String(decoding: try #require(files.first { $0.name == "changes.html" }).bytes, as: UTF8.self)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *star* [x](javascript:alert(1))"))
        #expect(!html.contains("<script>alert"))
    }

    @Test func notBuiltUnlessAskedFor() throws {
        let files = try build(BuildOptions(formats: [.markdown]))
        #expect(!files.keys.contains { $0.hasPrefix("changes") })
        #expect(throws: DiagnosticList.self) { try build(BuildOptions(documents: [.changes], formats: [.markdown])) }
    }

    @Test func withNoChangesItSaysSo() throws {
        var options = BuildOptions(documents: [.changes], formats: [.markdown])
        options.changesFrom = try policy(Self.new)
        let files = try build(options)
        #expect(files["changes.md"]?.hasSuffix("\n\nNo changes to the policy.\n") == true)
    }

    @Test func theBuildCommandComparesWithGit() throws {
        let repository = try DiffSinceTests.Repository()
        try repository.commit(["settings.yaml": Self.old])
        try repository.folder.write("settings.yaml", Self.new)
        let built = try CommandLineRunner.run(["build", "settings.yaml", "--out", "documents", "--format", "md", "--changes-since", "HEAD"], in: repository.path)
        #expect(built.status == 0, "\(built.error)")
        let changes = try String(contentsOfFile: repository.path + "/documents/changes.md", encoding: .utf8)
        #expect(changes.hasPrefix("# What changed in version 1.1\n"))
        #expect(changes.contains("- Incident reports are now due within 24 hours \\(was 48 hours\\).\n"))
        #expect(FileManager.default.fileExists(atPath: repository.path + "/documents/handbook.md"))

        let unasked = try CommandLineRunner.run(["build", "settings.yaml", "--out", "other", "--document", "changes"], in: repository.path)
        #expect(unasked.status == 2)
        let badRevision = try CommandLineRunner.run(["build", "settings.yaml", "--out", "other", "--changes-since", "v9"], in: repository.path)
        #expect(badRevision.status == 1)
        #expect(badRevision.error.contains("error: 'v9' is not a revision of the git repository of 'settings.yaml'\n"))
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/other"))
    }
}
