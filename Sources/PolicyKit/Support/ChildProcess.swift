#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another program to its end, with a time limit, keeping what it writes to standard
/// error (its standard input is the null device).
///
/// It blocks the calling thread, which does the reading itself: the build calls it from
/// its own threads, and nothing it waits for needs another thread to make progress.
/// Package-wide: the preview starts the system's browser opener with it.
package struct ChildProcess: Sendable {
    package enum Outcome: Sendable {
        case exited(status: Int32, errorOutput: [UInt8])
        case timedOut
        /// The program could not be started, or was stopped for writing too much.
        case failed(String)
    }

    package var executable: String
    package var arguments: [String]
    /// The whole environment the program sees.
    package var environment: [String: String]

    /// How much error output is taken; a program that writes more is stopped.
    static let errorOutputLimit = 1 << 20
    /// How long a program has to end after SIGTERM before it gets SIGKILL.
    static let gracePeriodSeconds = 5.0

    /// The program's exit status (128 + the signal that ended it, as a shell reports it),
    /// or `.timedOut` once it has been stopped at the time limit. Its standard output is
    /// the null device.
    package func run(timeLimitSeconds: Double) -> Outcome {
        run(timeLimitSeconds: timeLimitSeconds, outputLimit: nil).outcome
    }

    /// `run`, keeping up to `outputLimit` bytes of what the program writes to standard
    /// output (a program that writes more is stopped, and reported as failed).
    func runKeepingOutput(timeLimitSeconds: Double, outputLimit: Int) -> (outcome: Outcome, output: [UInt8]) {
        run(timeLimitSeconds: timeLimitSeconds, outputLimit: outputLimit)
    }

    package init(executable: String, arguments: [String], environment: [String: String]) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }

    private func run(timeLimitSeconds: Double, outputLimit: Int?) -> (outcome: Outcome, output: [UInt8]) {
        let deadline = MonotonicClock.seconds() + timeLimitSeconds
        guard let errors = Spawn.socketPair() else { return (.failed("cannot create a pipe: \(errnoText())"), []) }
        var output: (ours: Int32, theirs: Int32)?
        if outputLimit != nil {
            output = Spawn.socketPair()
            if output == nil {
                close(errors.ours)
                close(errors.theirs)
                return (.failed("cannot create a pipe: \(errnoText())"), [])
            }
        }
        let started = Spawn.start(executable, arguments: arguments, environment: environment,
                                  descriptors: [.null, output.map { .copy($0.theirs) } ?? .null, .copy(errors.theirs)])
        close(errors.theirs)
        if let output { close(output.theirs) }
        var streams = [Stream(descriptor: errors.ours, limit: Self.errorOutputLimit, name: "error messages")]
        if let output, let outputLimit { streams.append(Stream(descriptor: output.ours, limit: outputLimit, name: "output")) }
        defer { streams.forEach { close($0.descriptor) } }
        let pid: pid_t
        switch started {
        case .success(let started): pid = started
        case .failure(let failure): return (.failed(failure.reason), [])
        }

        let stopped = Self.collect(&streams, until: deadline)
        let kept = streams.count > 1 ? streams[1].bytes : []
        if let stopped {
            Self.stop(pid)
            return (.failed("it wrote more than \(Self.size(stopped.limit)) of \(stopped.name)"), [])
        }
        guard let status = Spawn.waitForExit(pid, seconds: max(0, deadline - MonotonicClock.seconds())) else {
            Self.stop(pid)
            return (.timedOut, [])
        }
        return (.exited(status: status, errorOutput: streams[0].bytes), kept)
    }

    /// One of the program's output channels, and what it has written so far.
    private struct Stream {
        var descriptor: Int32
        var limit: Int
        var name: String
        var bytes: [UInt8] = []
        var open = true
    }

    /// Reads every stream to its end or the deadline; the stream that went over its
    /// limit, if one did.
    private static func collect(_ streams: inout [Stream], until deadline: Double) -> Stream? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while streams.contains(where: \.open) {
            let left = deadline - MonotonicClock.seconds()
            if left <= 0 { return nil }
            var polled = streams.filter(\.open).map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polled, nfds_t(polled.count), Int32(min(left * 1000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { return nil }
            for entry in polled where entry.revents != 0 {
                let index = streams.firstIndex { $0.descriptor == entry.fd }!
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    streams[index].bytes += buffer[..<count]
                    if streams[index].bytes.count > streams[index].limit { return streams[index] }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    streams[index].open = false
                }
            }
        }
        return nil
    }

    /// SIGTERM, then SIGKILL if the program is still there after the grace period; the
    /// process is reaped either way.
    private static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        if Spawn.waitForExit(pid, seconds: gracePeriodSeconds) == nil {
            kill(pid, SIGKILL)
            _ = Spawn.waitForExit(pid, seconds: .infinity)
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}
