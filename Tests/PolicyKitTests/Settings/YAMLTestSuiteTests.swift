import Foundation
import Testing

/// `policykit parse --json` against the yaml-test-suite, through the shared
/// `yts_check.py`: never a wrong answer, and every case in the subset right.
struct YAMLTestSuiteTests {
    /// Cases answered correctly when this was last measured (valid documents read
    /// right plus invalid ones refused); it may only go up.
    static let matchFloor = 284

    @Test func noMisparseCrashOrHang() throws {
        let checker = ExternalTool.shared.appendingPathComponent("tools/yts_check.py")
        let suite = ExternalTool.shared.appendingPathComponent("yaml-test-suite")
        guard FileManager.default.fileExists(atPath: checker.path),
              FileManager.default.fileExists(atPath: suite.path) else {
            Issue.record("yaml-test-suite not found at \(ExternalTool.shared.path) (expected tools/yts_check.py and yaml-test-suite/)")
            return
        }
        let binary = try #require(ExternalTool.policykit(), "no built policykit under .build/{release,debug}")
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("yts-\(ProcessInfo.processInfo.processIdentifier).json")
        defer { try? FileManager.default.removeItem(at: report) }
        let run = try ExternalTool.python([
            checker.path, "--suite", suite.path, "--jobs", "2", "--timeout", "10",
            "--json-report", report.path, "--show", "",
            "--", binary.path, "parse", "--json", "-",
        ])
        try #require(run != nil, "python3 not found on PATH; it runs tools/yts_check.py")
        let data = try Data(contentsOf: report)
        let cases = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        var byClass: [String: [String]] = [:]
        for entry in cases {
            byClass[entry["cls"] as? String ?? "?", default: []].append(entry["id"] as? String ?? "?")
        }
        #expect(byClass["mismatch", default: []] == [], "silent misparses")
        #expect(byClass["crash", default: []] == [], "crashes")
        #expect(byClass["timeout", default: []] == [], "timeouts")
        #expect(byClass["match", default: []].count >= Self.matchFloor)
    }
}
