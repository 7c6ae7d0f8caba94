import Foundation
import FuzzSupport
@testable import PolicyKit
import Testing

/// Inputs kept in Tests/FuzzRegressions/TARGET/: each once crashed a fuzz target (or
/// guards a limit), and runs here through the same check the fuzz target makes; what
/// the check finds wrong fails the test.
@Suite struct FuzzRegressionTests {
    static let folder = TestPackage.root.appendingPathComponent("Tests/FuzzRegressions")

    static func inputs(_ target: String) -> [String] {
        let directory = folder.appendingPathComponent(target).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { directory + "/" + $0 }
    }

    private func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: path)))
    }

    @Test func everyTargetHasSavedInputs() {
        for target in ["settings-parser", "pipeline", "text-renderer"] {
            #expect(!Self.inputs(target).isEmpty, "Tests/FuzzRegressions/\(target) is empty")
        }
    }

    @Test(arguments: inputs("settings-parser"))
    func settingsParser(input: String) throws {
        let failures = FuzzChecks.settingsParser(try bytes(input))
        #expect(failures.isEmpty)
    }

    @Test(arguments: inputs("pipeline"))
    func pipeline(input: String) throws {
        let failures = FuzzChecks.pipeline(try bytes(input))
        #expect(failures.isEmpty)
    }

    @Test(arguments: inputs("text-renderer"))
    func textRenderer(input: String) throws {
        let failures = FuzzChecks.textRenderer(try bytes(input))
        #expect(failures.isEmpty)
    }

    /// The pipeline check notices a build that lost a document or wrote an empty file.
    @Test func thePipelineCheckReportsMissingAndEmptyFiles() throws {
        let path = TestPackage.file("Examples/harbourview-ca/settings.yaml").path
        let settings = try bytes(path)
        let today = CalendarDate(year: 2026, month: 1, day: 1)!
        let policy = try #require(SettingsLoader.load(settings, path: path, today: today).policy)
        var files = try DocumentBuilder().build(for: policy).files
        #expect(FuzzChecks.builtFileFailures(files).isEmpty)

        files.removeAll { $0.name == "poster.html" }
        let card = try #require(files.firstIndex { $0.name == "card.txt" })
        files[card].bytes = []
        #expect(FuzzChecks.builtFileFailures(files) == ["poster.html is missing", "card.txt is empty"])
    }
}
