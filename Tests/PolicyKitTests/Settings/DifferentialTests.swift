import Foundation
import Testing

/// `policykit parse --json` against ruamel.yaml on random documents of the
/// settings subset (Tests/differential/gen_and_compare.py), with a fixed seed.
struct DifferentialTests {
    @Test func agreesWithRuamelYAML() throws {
        let probe = try #require(try ExternalTool.python(["-c", "import ruamel.yaml"]),
                                 "python3 not found on PATH; it runs Tests/differential/gen_and_compare.py")
        guard probe.status == 0 else {
            Issue.record("ruamel.yaml is missing: run scripts/install-dependencies --tests")
            return
        }
        let binary = try #require(ExternalTool.policykit(), "no built policykit under .build/{release,debug}")
        let script = ExternalTool.packageRoot.appendingPathComponent("Tests/differential/gen_and_compare.py")
        let result = try #require(try ExternalTool.python([
            script.path, "--binary", binary.path, "--seed", "20261122", "--count", "2500", "--jobs", "4",
        ]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("disagree: 0"))
    }
}
