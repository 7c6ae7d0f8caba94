import Foundation
import Testing
@testable import PolicyKit

/// Every door of `policykit build`: wrong paths, wrong kinds of file, unwritable places
/// and broken templates each give exit 1 (2 for wrong usage) with a first line that
/// says what is wrong, and a build that fails writes nothing.
@Suite struct HostileCommandLineTests {
    let root: String
    let settings: String

    init() throws {
        root = NSTemporaryDirectory() + "policykit-doors-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        settings = TestPackage.root.appendingPathComponent("Examples/harbourview-ca/settings.yaml").path
    }

    private func build(_ arguments: [String]) throws -> CommandLineRunner.Outcome {
        try CommandLineRunner.run(["build"] + arguments)
    }

    private func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    @Test func aMissingSettingsFile() throws {
        let outcome = try build([root + "/nowhere.yaml", "--out", root + "/out"])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: no such file: '\(root)/nowhere.yaml'")
        #expect(!exists(root + "/out"))
    }

    @Test func aFolderWithoutSettingsGivenAsTheSettings() throws {
        let outcome = try build([root, "--out", root + "/out"])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: the folder '\(root)' holds no settings file (a file ending in .yaml or .yml)")
        #expect(!exists(root + "/out"))
    }

    @Test func outputPointingAtAFile() throws {
        let file = root + "/poster.html"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        let outcome = try build([settings, "--out", file])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: '\(file)' is not a folder; choose another --out")
        #expect(FileManager.default.contents(atPath: file) == Data("keep me".utf8))
    }

    /// /proc/self is a folder no one may create files in, root included (tests run as root in CI).
    @Test func anUnwritableOutputFolder() throws {
        let outcome = try build([settings, "--out", "/proc/self"])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: cannot write to folder '/proc/self': permission denied")
    }

    @Test func pathsWithSpacesAndUnicode() throws {
        let folder = root + "/Policy Files/Ré sumé ✓ 文件"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copy = folder + "/réglages du bureau.yaml"
        try FileManager.default.copyItem(atPath: settings, toPath: copy)
        // The logo the settings name sits beside them.
        try FileManager.default.copyItem(atPath: (settings as NSString).deletingLastPathComponent + "/logo.png", toPath: folder + "/logo.png")
        let out = folder + "/documents für Ämter"
        let outcome = try build([copy, "--out", out])
        #expect(outcome.status == 0, "\(outcome.error)")
        // Each of the example's languages gets the standard documents it has templates
        // for (English all, French and Spanish the card too, every language the client
        // documents), in three formats.
        let policy = try #require(SettingsLoader.loadFile(atPath: settings, today: CalendarDate(year: 2026, month: 1, day: 1)!).policy)
        let filler = try DocumentFiller()
        // A letter for each step given in writing.
        let steps = LetterContext.steps(of: policy).count
        let expected = 3 * policy.languages.map { language in
            DocumentKind.standard.filter { filler.hasTemplate(for: $0, in: language) }.map { $0 == .letter ? steps : 1 }.reduce(0, +)
        }.reduce(0, +)
        #expect(outcome.output == "\(out): wrote \(expected) of \(expected) files (0 unchanged)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == expected)
    }

    @Test func invalidSettingsWriteNothing() throws {
        let bad = root + "/bad.yaml"
        try Data("organisation:\n  name: [unclosed\n".utf8).write(to: URL(fileURLWithPath: bad))
        let outcome = try build([bad, "--out", root + "/out"])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine.hasPrefix("\(bad):2:"))
        #expect(!exists(root + "/out"))
    }

    @Test func anEndlessDeviceIsRefused() throws {
        let outcome = try build(["/dev/zero", "--out", root + "/out"])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: cannot read '/dev/zero': it is larger than 64 MB")
        #expect(!exists(root + "/out"))
    }

    @Test(arguments: [
        ("unclosed", "en/poster.md", "# Poster\n\n{{#organisation}}\nhello\n", "en/poster.md:3:1: error: section 'organisation' is never closed (no '{{/organisation}}')"),
        ("unknown-partial", "en/poster.md", "# Poster\n\n{{> partials/lowlines}}\n", "en/poster.md:3:1: error: unknown partial 'partials/lowlines'; did you mean 'partials/lowline'?"),
        ("self-recursive", "en/partials/lowline.md", "L {{> partials/lowline}}\n", "en/partials/lowline.md:1:3: error: partials include each other in a cycle: partials/lowline -> partials/lowline"),
    ])
    func brokenTemplatesWriteNothing(name: String, file: String, text: String, message: String) throws {
        let templates = root + "/templates-\(name)"
        let path = templates + "/" + file
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = try build([settings, "--out", root + "/out", "--templates", templates])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == templates + "/" + message)
        #expect(!exists(root + "/out"))
    }

    @Test func partialsIncludingEachOther() throws {
        let templates = root + "/templates-cycle/en/partials"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try Data("A {{> partials/lowline}}\n".utf8).write(to: URL(fileURLWithPath: templates + "/de-escalation.md"))
        try Data("B {{> partials/de-escalation}}\n".utf8).write(to: URL(fileURLWithPath: templates + "/lowline.md"))
        let outcome = try build([settings, "--out", root + "/out", "--templates", root + "/templates-cycle"])
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("error: partials include each other in a cycle"))
        #expect(!exists(root + "/out"))
    }

    @Test func aMissingTemplatesFolderAndMissingOut() throws {
        let outcome = try build([settings, "--out", root + "/out", "--templates", root + "/none"])
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: templates folder '\(root)/none' does not exist")
        let usage = try build([settings])
        #expect(usage.status == 2)
        #expect(usage.firstErrorLine == "Error: Missing expected argument '--out <out>'")
    }
}
