import Foundation

/// One case of the yaml-test-suite copy in Tests/YAMLTestSuite, and how a run of
/// `policykit parse --json -` on its input is judged.
struct YAMLTestSuiteCase: Sendable {
    enum Expectation: Sendable {
        /// Valid YAML whose documents are these JSON values (in.json).
        case json([JSONValue])
        /// Invalid YAML (an `error` file, which wins over an in.json beside it).
        case error
        /// Valid YAML that JSON cannot represent (no in.json).
        case none
    }

    enum Verdict: String, CaseIterable, Sendable {
        /// A valid case read right, or an invalid case refused.
        case match
        /// A valid case read wrong, or an invalid case accepted: a silent misparse.
        case mismatch
        /// A valid case refused with an error (a YAML feature the settings do not take).
        case cleanError = "clean-error"
        /// Ended by a signal or an exit status of 128 or more.
        case crash
        /// Still running at the time limit.
        case timeout
        /// A valid case without JSON to compare with, accepted.
        case unchecked
    }

    var id: String
    var input: Data
    var expectation: Expectation

    static let folder = TestPackage.file("Tests/YAMLTestSuite")

    /// Every case in the folder, by id.
    static func all() throws -> [YAMLTestSuiteCase] {
        let manager = FileManager.default
        return try manager.contentsOfDirectory(atPath: folder.path).sorted().compactMap { id in
            let directory = folder.appendingPathComponent(id)
            guard let input = manager.contents(atPath: directory.appendingPathComponent("in.yaml").path) else { return nil }
            let json = directory.appendingPathComponent("in.json")
            let expectation: Expectation
            if manager.fileExists(atPath: directory.appendingPathComponent("error").path) {
                expectation = .error
            } else if let expected = manager.contents(atPath: json.path) {
                expectation = .json(try JSONValue.stream([UInt8](expected)))
            } else {
                expectation = .none
            }
            return YAMLTestSuiteCase(id: id, input: input, expectation: expectation)
        }
    }

    var expectsError: Bool {
        if case .error = expectation { true } else { false }
    }

    /// The verdict on one run, and what went wrong when something did.
    func judge(_ run: CommandLineRunner.Outcome) -> (verdict: Verdict, detail: String) {
        if run.timedOut { return (.timeout, "still running at the time limit") }
        if let signal = run.signal { return (.crash, "signal \(signal): \(run.firstErrorLine)") }
        if run.status >= 128 { return (.crash, "exit status \(run.status): \(run.firstErrorLine)") }
        if run.status != 0 {
            return expectsError ? (.match, "") : (.cleanError, run.firstErrorLine)
        }
        let got: [JSONValue]
        switch expectation {
        case .error:
            return (.mismatch, "accepted invalid YAML: \(run.output.prefix(200))")
        case .none:
            return (.unchecked, "")
        case let .json(expected):
            do {
                got = try JSONValue.stream(Array(run.output.utf8))
            } catch {
                return (.mismatch, "the output is not a JSON stream: \(error)")
            }
            return got == expected ? (.match, "") : (.mismatch, "got \(got), want \(expected)")
        }
    }
}
