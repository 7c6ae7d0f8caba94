import Testing
@testable import PolicyKit

/// Print engines run as child processes: what they write to standard error explains a
/// failure, and one that hangs is stopped at the time limit.
@Suite struct ChildProcessTests {
    static func shell(_ script: String, environment: [String: String] = [:]) -> ChildProcess {
        ChildProcess(executable: "/bin/sh", arguments: ["-c", script], environment: environment)
    }

    @Test func aProgramThatSucceedsExitsWithZero() {
        guard case .exited(let status, let errorOutput) = Self.shell("exit 0").run(timeLimitSeconds: 10) else {
            Issue.record("expected the program to exit")
            return
        }
        #expect(status == 0)
        #expect(errorOutput.isEmpty)
    }

    @Test func aFailureKeepsItsStatusAndErrorOutput() {
        let outcome = Self.shell("echo ignored; echo first >&2; echo 'last line' >&2; exit 3").run(timeLimitSeconds: 10)
        guard case .exited(let status, let errorOutput) = outcome else {
            Issue.record("expected the program to exit, got \(outcome)")
            return
        }
        #expect(status == 3)
        #expect(String(decoding: errorOutput, as: UTF8.self) == "first\nlast line\n")
    }

    @Test func theProgramSeesOnlyTheEnvironmentGiven() {
        let outcome = Self.shell(#"[ "$ONLY" = yes ] && [ -z "$HOME" ] || exit 1"#, environment: ["ONLY": "yes"]).run(timeLimitSeconds: 10)
        guard case .exited(let status, _) = outcome else {
            Issue.record("expected the program to exit, got \(outcome)")
            return
        }
        #expect(status == 0)
    }

    @Test func aProgramThatHangsIsStoppedAtTheTimeLimit() {
        let outcome = Self.shell("sleep 30").run(timeLimitSeconds: 0.3)
        guard case .timedOut = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
    }

    @Test func aMissingProgramCannotStart() {
        let outcome = ChildProcess(executable: "/nonexistent/engine", arguments: [], environment: [:]).run(timeLimitSeconds: 10)
        guard case .cannotStart(let reason) = outcome else {
            Issue.record("expected the program not to start, got \(outcome)")
            return
        }
        #expect(reason == "No such file or directory")
    }

    @Test func aSignalEndingTheProgramIsReportedAsOneHundredTwentyEightPlusIt() {
        guard case .exited(let status, _) = Self.shell("kill -TERM $$").run(timeLimitSeconds: 10) else {
            Issue.record("expected the program to exit")
            return
        }
        #expect(status == 128 + 15)
    }
}
