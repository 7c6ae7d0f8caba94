import Foundation
import Testing

/// `policykit parse --json -` on every case of the yaml-test-suite (Tests/YAMLTestSuite):
/// never a wrong answer, never a crash or a hang, and at least as many cases right as
/// when last measured.
@Suite struct YAMLTestSuiteTests {
    /// Valid cases read right when last measured; it may only go up.
    static let jsonMatchFloor = 190
    /// Invalid cases refused when last measured: all of them.
    static let errorMatchFloor = 94

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var verdicts: [String: (verdict: YAMLTestSuiteCase.Verdict, detail: String)] = [:]

        func record(_ id: String, _ verdict: (verdict: YAMLTestSuiteCase.Verdict, detail: String)) {
            lock.lock()
            verdicts[id] = verdict
            lock.unlock()
        }

        var all: [String: (verdict: YAMLTestSuiteCase.Verdict, detail: String)] {
            lock.lock()
            defer { lock.unlock() }
            return verdicts
        }
    }

    @Test func noMisparseCrashOrHang() throws {
        let cases = try YAMLTestSuiteCase.all()
        try #require(!cases.isEmpty, "no cases in \(YAMLTestSuiteCase.folder.path)")
        let results = Results()
        let failures = Results()
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let suiteCase = cases[index]
            do {
                let run = try CommandLineRunner.run(["parse", "--json", "-"], input: suiteCase.input, limit: 10)
                results.record(suiteCase.id, suiteCase.judge(run))
            } catch {
                failures.record(suiteCase.id, (.crash, "could not run policykit: \(error)"))
            }
        }
        for (id, failure) in failures.all { Issue.record("\(id): \(failure.detail)") }

        let verdicts = results.all
        func ids(_ verdict: YAMLTestSuiteCase.Verdict) -> [String] {
            verdicts.filter { $0.value.verdict == verdict }.keys.sorted()
        }
        func listed(_ verdict: YAMLTestSuiteCase.Verdict) -> Comment {
            Comment(rawValue: ids(verdict).map { "\($0): \(verdicts[$0]!.detail)" }.joined(separator: "\n"))
        }
        let jsonMatches = cases.filter { if case .json = $0.expectation { verdicts[$0.id]?.verdict == .match } else { false } }.count
        let errorMatches = cases.filter { $0.expectsError && verdicts[$0.id]?.verdict == .match }.count
        let counts = YAMLTestSuiteCase.Verdict.allCases.map { "\(ids($0).count) \($0.rawValue)" }
        print("yaml-test-suite: \(cases.count) cases, \(counts.joined(separator: ", ")) (\(jsonMatches) valid read right, \(errorMatches) invalid refused)")

        #expect(ids(.mismatch).isEmpty, listed(.mismatch))
        #expect(ids(.crash).isEmpty, listed(.crash))
        #expect(ids(.timeout).isEmpty, listed(.timeout))
        #expect(jsonMatches >= Self.jsonMatchFloor)
        #expect(errorMatches >= Self.errorMatchFloor)
    }

    // How a run is judged.

    static func judge(_ expectation: YAMLTestSuiteCase.Expectation, status: Int32 = 0, output: String = "",
                      signal: Int32? = nil, timedOut: Bool = false) -> YAMLTestSuiteCase.Verdict {
        let suiteCase = YAMLTestSuiteCase(id: "X", input: Data(), expectation: expectation)
        let run = CommandLineRunner.Outcome(status: status, output: output, error: "", signal: signal, timedOut: timedOut)
        return suiteCase.judge(run).verdict
    }

    @Test func jsonTypesMustMatchExceptIntegerAndFloat() {
        #expect(Self.judge(.json([.integer(1)]), output: "1.0\n") == .match)
        #expect(Self.judge(.json([.integer(1)]), output: "true\n") == .mismatch)
        #expect(Self.judge(.json([.integer(1)]), output: "\"1\"\n") == .mismatch)
        #expect(Self.judge(.json([.null]), output: "\"\"\n") == .mismatch)
        #expect(Self.judge(.json([.object(["a": .array([.bool(true), .null])])]), output: "{\"a\": [true, null]}\n") == .match)
    }

    @Test func everyDocumentOfTheStreamCounts() {
        let two: YAMLTestSuiteCase.Expectation = .json([.string("a"), .string("b")])
        #expect(Self.judge(two, output: "\"a\"\n\"b\"\n") == .match)
        #expect(Self.judge(two, output: "\"a\"\n") == .mismatch)
        #expect(Self.judge(.json([]), output: "") == .match)
        #expect(Self.judge(.json([.string("a")]), output: "\"a\" {") == .mismatch)
    }

    @Test func acceptingInvalidYAMLIsAMismatchAndRefusingItAMatch() {
        #expect(Self.judge(.error, status: 0, output: "{}\n") == .mismatch)
        #expect(Self.judge(.error, status: 1) == .match)
        #expect(Self.judge(.json([.null]), status: 1) == .cleanError)
    }

    @Test func signalsHighStatusesAndHangsAreFailuresOfTheirOwn() {
        #expect(Self.judge(.error, status: 4, signal: 4) == .crash)
        #expect(Self.judge(.error, status: 134) == .crash)
        #expect(Self.judge(.error, status: -1, signal: 9, timedOut: true) == .timeout)
        #expect(Self.judge(.none, output: "1\n") == .unchecked)
    }
}
