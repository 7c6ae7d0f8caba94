import Foundation
import Testing

/// `policykit parse --json` against ruamel.yaml on random documents of the
/// settings subset (Tests/differential/gen_and_compare.py), with a fixed seed.
struct DifferentialTests {
    @Test(.tags(.outsidePrograms, .python), .leftOutOfQuickRuns)
    func agreesWithRuamelYAML() throws {
        let python = try OutsideProgram.require("python3", installedBy: "Python 3")
        do {
            try OutsideProgram.run(python, ["-c", "import ruamel.yaml"])
        } catch {
            Issue.record("python3 has no ruamel.yaml: `scripts/install-dependencies --tests` (run by `make test`) installs it. \(error)")
            return
        }
        let output = try OutsideProgram.run(python, [
            TestPackage.file("Tests/differential/gen_and_compare.py").path,
            "--binary", try TestPackage.requirePolicykit().path,
            "--seed", "20261122", "--count", "2500", "--jobs", "4",
        ], timeLimit: 600)
        #expect(output.contains("disagree: 0"), "\(output)")
    }
}
