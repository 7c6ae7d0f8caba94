#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started with one end of a socket pair as its descriptors 3 and 4: the
/// channel Chromium's `--remote-debugging-pipe` reads commands from (3) and writes
/// replies to (4). Subprocess closes every descriptor above 2 in the child, so this one
/// case has a spawn of its own.
struct PipedChild: Sendable {
    let pid: pid_t
    /// This side of the channel: read replies from it, write commands to it.
    let channel: Int32

    /// Starts `executable` in a process group of its own (so the browser and every helper
    /// process it starts can be stopped together), standard input and output on the null
    /// device and standard error into `errorLog`.
    static func spawn(executable: String, arguments: [String], environment: [String: String], errorLog: String) throws(PrintError) -> PipedChild {
        var pair: [Int32] = [-1, -1]
        // A socket rather than two pipes: one descriptor serves both directions, and a
        // write to a browser that has gone fails with EPIPE instead of raising SIGPIPE.
        #if canImport(Darwin)
        let socketType = SOCK_STREAM
        #else
        let socketType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #endif
        guard socketpair(AF_UNIX, socketType, 0, &pair) == 0 else {
            throw PrintError("cannot create a channel to the browser: \(errnoText())")
        }
        #if canImport(Darwin)
        for descriptor in pair {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            var on: Int32 = 1
            _ = setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #endif
        let (ours, theirs) = (pair[0], pair[1])

        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorLog, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // dup2 clears close-on-exec on the copies, so only 3 and 4 reach the browser.
        posix_spawn_file_actions_adddup2(&actions, theirs, 3)
        posix_spawn_file_actions_adddup2(&actions, theirs, 4)
        var flags = Int32(POSIX_SPAWN_SETPGROUP) | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
        // Every other descriptor of this process closes in the child.
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = (argv + [nil]).withUnsafeBufferPointer { arguments in
            (envp + [nil]).withUnsafeBufferPointer { environment in
                posix_spawn(&pid, executable, &actions, &attributes,
                            UnsafeMutablePointer(mutating: arguments.baseAddress!),
                            UnsafeMutablePointer(mutating: environment.baseAddress!))
            }
        }
        close(theirs)
        guard status == 0 else {
            close(ours)
            throw PrintError("cannot run \(executable): \(String(cString: strerror(status)))")
        }
        return PipedChild(pid: pid, channel: ours)
    }

    /// Stops the program and every process it started.
    func kill() {
        _ = killpg(pid, SIGKILL)
    }

    /// Waits for the program to end; its exit status, or 128 + the signal that ended it.
    /// nil if it has not ended within `seconds` (it is left running).
    func waitForExit(seconds: Double) -> Int32? {
        var status: Int32 = 0
        let start = MonotonicClock.seconds()
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                // WIFEXITED / WTERMSIG, which Swift cannot import as macros.
                let signal = status & 0x7f
                return signal == 0 ? (status >> 8) & 0xff : 128 + signal
            }
            if result < 0 { return -1 }
            if MonotonicClock.seconds() - start > seconds { return nil }
            usleep(20_000)
        }
    }
}

/// The text of the current `errno`.
func errnoText() -> String {
    String(cString: strerror(errno))
}

/// Seconds from an arbitrary start, never going back.
enum MonotonicClock {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
