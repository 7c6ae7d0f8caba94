#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        let outcome = Self.shell("sleep 600").run(timeLimitSeconds: 0.3)
        guard case .timedOut = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
    }

    @Test func aProgramThatIgnoresTermIsKilledAfterTheGracePeriod() {
        let started = ContinuousClock.now
        // The shell ignores SIGTERM and never ends by itself: only SIGKILL stops it.
        let outcome = Self.shell("trap '' TERM; while :; do sleep 1; done").run(timeLimitSeconds: 0.3)
        guard case .timedOut = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
        #expect(ContinuousClock.now - started >= .seconds(ChildProcess.gracePeriodSeconds))
    }

    @Test func itsOutputIsKeptWhenAsked() {
        let (outcome, output) = Self.shell("echo kept; echo oops >&2; exit 2").runKeepingOutput(timeLimitSeconds: 10, outputLimit: 100)
        guard case .exited(let status, let errorOutput) = outcome else {
            Issue.record("expected the program to exit, got \(outcome)")
            return
        }
        #expect(status == 2)
        #expect(output == Array("kept\n".utf8))
        #expect(errorOutput == Array("oops\n".utf8))
    }

    @Test func aProgramWritingMoreOutputThanAskedForIsStopped() {
        let (outcome, output) = Self.shell("yes").runKeepingOutput(timeLimitSeconds: 60, outputLimit: 4096)
        guard case .failed(let reason) = outcome else {
            Issue.record("expected the program to be stopped, got \(outcome)")
            return
        }
        #expect(reason == "it wrote more than 4 KB of output")
        #expect(output.isEmpty)
    }

    @Test func aProgramThatClosesItsOutputButGoesOnIsStoppedAtTheTimeLimit() {
        let outcome = Self.shell("exec 2>&-; sleep 600").run(timeLimitSeconds: 0.3)
        guard case .timedOut = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
    }

    @Test func aMissingProgramCannotStart() {
        let outcome = ChildProcess(executable: "/nonexistent/engine", arguments: [], environment: [:]).run(timeLimitSeconds: 10)
        guard case .failed(let reason) = outcome else {
            Issue.record("expected the program not to start, got \(outcome)")
            return
        }
        #expect(reason == "there is no such program, or it may not be run")
    }

    @Test func aProgramWritingEndlessErrorsIsStopped() {
        let outcome = Self.shell("yes error >&2").run(timeLimitSeconds: 60)
        guard case .failed(let reason) = outcome else {
            Issue.record("expected the program to be stopped, got \(outcome)")
            return
        }
        #expect(reason == "it wrote more than 1 MB of error messages")
    }

    @Test func aSignalEndingTheProgramIsReportedAsOneHundredTwentyEightPlusIt() {
        guard case .exited(let status, _) = Self.shell("kill -TERM $$").run(timeLimitSeconds: 10) else {
            Issue.record("expected the program to exit")
            return
        }
        #expect(status == 128 + 15)
    }

    /// A descriptor some other code opened without close-on-exec (Foundation's Process
    /// does) stays out of the program: a long-lived child holding it would keep its
    /// owner waiting for an end-of-file.
    #if os(Linux)
    @Test func theProgramGetsNoDescriptorButItsOwnThree() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        let (outcome, output) = Self.shell("for fd in /proc/$$/fd/*; do echo ${fd##*/}; done").runKeepingOutput(timeLimitSeconds: 10, outputLimit: 4096)
        guard case .exited(status: 0, errorOutput: _) = outcome else {
            Issue.record("expected the program to exit, got \(outcome)")
            return
        }
        let open = String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { Int32($0) }
        #expect(open.contains(1))
        #expect(!open.contains(ends[0]) && !open.contains(ends[1]), "the program holds \(open)")
    }
    #endif
}
