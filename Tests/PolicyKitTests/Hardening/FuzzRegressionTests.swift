import Foundation
import FuzzSupport
import Testing

/// Inputs kept in Tests/FuzzRegressions/TARGET/: each once crashed a fuzz target (or
/// guards a limit), and runs here through the same check the fuzz target makes. A
/// check that fails stops the test process, so a regression cannot pass unnoticed.
@Suite struct FuzzRegressionTests {
    static let folder = CommandLineRunner.packageRoot.appendingPathComponent("Tests/FuzzRegressions")

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
        FuzzChecks.settingsParser(try bytes(input))
    }

    @Test(arguments: inputs("pipeline"))
    func pipeline(input: String) throws {
        FuzzChecks.pipeline(try bytes(input))
    }

    @Test(arguments: inputs("text-renderer"))
    func textRenderer(input: String) throws {
        FuzzChecks.textRenderer(try bytes(input))
    }
}
