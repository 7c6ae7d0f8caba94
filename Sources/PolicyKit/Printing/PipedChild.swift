#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started with one end of a socket pair as its descriptors 3 and 4: the
/// channel Chromium's `--remote-debugging-pipe` reads commands from (3) and writes
/// replies to (4).
struct PipedChild: Sendable {
    let pid: pid_t
    /// This side of the channel: read replies from it, write commands to it.
    let channel: Int32

    /// Starts `executable` in a process group of its own (so the browser and every helper
    /// process it starts can be stopped together), standard input and output on the null
    /// device and standard error into `errorLog`.
    static func spawn(executable: String, arguments: [String], environment: [String: String], errorLog: String) throws(PrintError) -> PipedChild {
        // A socket rather than two pipes: one descriptor serves both directions.
        guard let (ours, theirs) = Spawn.socketPair() else {
            throw PrintError("cannot create a channel to the browser: \(errnoText())")
        }
        let started = Spawn.start(executable, arguments: arguments, environment: environment,
                                  descriptors: [.null, .null, .file(errorLog), .copy(theirs), .copy(theirs)], ownGroup: true)
        close(theirs)
        switch started {
        case .success(let pid):
            return PipedChild(pid: pid, channel: ours)
        case .failure(let failure):
            close(ours)
            throw PrintError("cannot run \(executable): \(failure.reason)")
        }
    }

    /// Stops the program and every process it started.
    func kill() {
        _ = killpg(pid, SIGKILL)
    }

    /// Waits for the program to end; its exit status, or 128 + the signal that ended it.
    /// nil if it has not ended within `seconds` (it is left running).
    func waitForExit(seconds: Double) -> Int32? {
        Spawn.waitForExit(pid, seconds: seconds)
    }
}
