import Dispatch
import Subprocess
import Synchronization

/// Runs another program and waits for it, with a time limit, keeping what it writes to
/// standard error (its standard input and output are the null device).
struct ChildProcess: Sendable {
    enum Outcome: Sendable {
        case exited(status: Int32, errorOutput: [UInt8])
        case timedOut
        /// The program could not be started, or not watched to its end.
        case failed(String)
    }

    var executable: String
    var arguments: [String]
    /// The whole environment the program sees.
    var environment: [String: String]

    /// How much error output is taken; a program that writes more is stopped.
    static let errorOutputLimit = 1 << 20
    /// How long a program has to end after SIGTERM before it gets SIGKILL.
    static let gracePeriod: Duration = .seconds(5)

    /// The program's exit status (128 + the signal that ended it, as a shell reports it),
    /// or `.timedOut` once it has been stopped at the time limit.
    func run(timeLimitSeconds: Double) async -> Outcome {
        let configuration = configuration
        return await withTimeLimit(timeLimitSeconds) {
            let result = try await Subprocess.run(
                configuration, input: .none, output: .discarded, error: .bytes(limit: Self.errorOutputLimit)
            )
            return Self.outcome(result.terminationStatus, errorOutput: result.standardError)
        }
    }

    /// `run`, keeping up to `outputLimit` bytes of what the program writes to standard
    /// output (a program that writes more is stopped, and reported as failed).
    func runKeepingOutput(timeLimitSeconds: Double, outputLimit: Int) async -> (outcome: Outcome, output: [UInt8]) {
        let configuration = configuration
        let kept = OutputBox()
        let outcome = await withTimeLimit(timeLimitSeconds) {
            let result = try await Subprocess.run(
                configuration, input: .none, output: .bytes(limit: outputLimit), error: .bytes(limit: Self.errorOutputLimit)
            )
            kept.bytes.withLock { $0 = result.standardOutput }
            return Self.outcome(result.terminationStatus, errorOutput: result.standardError)
        }
        return (outcome, kept.bytes.withLock { $0 })
    }

    private var configuration: Configuration {
        var options = PlatformOptions()
        // What Subprocess does when the task running the program is cancelled: SIGTERM,
        // then SIGKILL if the program is still there after the grace period.
        options.teardownSequence = [.gracefulShutDown(allowedDurationToNextStep: Self.gracePeriod)]
        return Configuration(
            executable: .path(.init(executable)),
            arguments: .init(arguments),
            environment: .custom(.init(uniqueKeysWithValues: environment.map { (.init(stringLiteral: $0.key), $0.value) })),
            platformOptions: options
        )
    }

    private static func outcome(_ status: TerminationStatus, errorOutput: [UInt8]) -> Outcome {
        switch status {
        case .exited(let code): .exited(status: code, errorOutput: errorOutput)
        case .signaled(let signal): .exited(status: 128 + signal, errorOutput: errorOutput)
        }
    }

    /// Runs `body` (which runs the program) against the clock.
    private func withTimeLimit(_ timeLimitSeconds: Double, _ body: @escaping @Sendable () async throws -> Outcome) async -> Outcome {
        await withTaskGroup(of: Outcome?.self) { group in
            group.addTask {
                do {
                    return try await body()
                } catch {
                    return Task.isCancelled ? nil : .failed(Self.reason(error))
                }
            }
            group.addTask {
                // Cancelled (and so nil) when the program ends first.
                try? await Task.sleep(for: .seconds(timeLimitSeconds))
                return Task.isCancelled ? nil : .timedOut
            }
            // The first to finish decides; cancelling the program's task tears the program
            // down, and the group waits for that before it returns.
            let first = await group.next()!
            group.cancelAll()
            return first ?? .timedOut
        }
    }

    /// Why the program could not be run, in a user's words where Subprocess's own are
    /// written for programmers.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? SubprocessError else { return "\(error)" }
        switch error.code {
        case .executableNotFound: return "there is no such program, or it may not be run"
        case .outputLimitExceeded: return "it wrote more than \(errorOutputLimit >> 20) MB of error messages"
        default: return error.underlyingError.map { "\($0)" } ?? "\(error)"
        }
    }

    /// `run` for callers that are not async: the print engines, which the library's
    /// synchronous build calls. Subprocess is async only, so this thread waits for it.
    /// The command line calls this from its main thread or ParallelMap's Dispatch
    /// threads; a caller on a Swift concurrency thread would hold that thread meanwhile.
    func runWaiting(timeLimitSeconds: Double) -> Outcome {
        waiting { await run(timeLimitSeconds: timeLimitSeconds) }
    }

    /// `runKeepingOutput` for callers that are not async, as `runWaiting`.
    func runKeepingOutputWaiting(timeLimitSeconds: Double, outputLimit: Int) -> (outcome: Outcome, output: [UInt8]) {
        let result = waiting {
            let (outcome, output) = await runKeepingOutput(timeLimitSeconds: timeLimitSeconds, outputLimit: outputLimit)
            return OutcomeAndOutput(outcome: outcome, output: output)
        }
        return (result.outcome, result.output)
    }

    private struct OutcomeAndOutput: Sendable {
        var outcome: Outcome
        var output: [UInt8]
    }

    private func waiting<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            let result = await body()
            box.value.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return box.value.withLock { $0 }!
    }

    private final class Box<Value: Sendable>: Sendable {
        let value = Mutex<Value?>(nil)
    }

    private final class OutputBox: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }
}
