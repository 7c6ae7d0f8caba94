import Foundation
import Testing

/// The shell scripts the README's commands run (set-up, examples, benchmarks, fuzzing, CI)
/// parse: a script broken where no test runs it would fail only when someone needs it.
@Suite struct ProjectScriptsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let scripts = ["scripts/bench", "scripts/build-examples", "scripts/fuzz", "scripts/install-dependencies", "scripts/memcheck", ".ci/run"]

    @Test(arguments: scripts)
    func theScriptParses(script: String) throws {
        let path = Self.root.appendingPathComponent(script).path
        #expect(FileManager.default.isExecutableFile(atPath: path), "\(script) is not executable")
        // `bash -n` reads the whole script without running it.
        _ = try OutsideProgram.run("/bin/bash", ["-n", path])
    }

    @Test func everyScriptIsChecked() throws {
        let found = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("scripts").path)
            .filter { !$0.hasSuffix(".supp") }.map { "scripts/\($0)" }
        #expect(Set(found).subtracting(Self.scripts).isEmpty, "scripts not in the list: \(Set(found).subtracting(Self.scripts).sorted())")
    }
}
