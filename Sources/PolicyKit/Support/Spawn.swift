#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Starting another program with `posix_spawn`: the one place that knows how descriptors
/// and signals are handed to a child, for `ChildProcess` and the browser's `PipedChild`.
enum Spawn {
    /// What one of the child's descriptors is.
    enum Descriptor {
        /// The null device.
        case null
        /// A file opened for writing, created or emptied.
        case file(String)
        /// A copy of one of this process's descriptors.
        case copy(Int32)
    }

    /// Starts `executable` (a path, not searched for) with `descriptors[i]` as its
    /// descriptor `i` and no other of this process's descriptors, only `environment`, and
    /// default signal handling. In a process group of its own when `ownGroup` is set, so
    /// that it and every process it starts can be stopped together. Returns the process
    /// id, or the `errno` that kept it from starting.
    static func start(
        _ executable: String, arguments: [String], environment: [String: String],
        descriptors: [Descriptor], ownGroup: Bool = false
    ) -> Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for (number, descriptor) in descriptors.enumerated() {
            let number = Int32(number)
            switch descriptor {
            case .null:
                posix_spawn_file_actions_addopen(&actions, number, "/dev/null", number == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, number, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .copy(let source):
                // dup2 clears close-on-exec on the copy; every other descriptor is closed
                // below (on Darwin, by the flag), so only these reach the program.
                posix_spawn_file_actions_adddup2(&actions, source, number)
            }
        }
        #if !canImport(Darwin)
        // Every other descriptor closes in the child. Ours are close-on-exec already, but
        // other code in this process may open some that are not (Foundation's Process
        // keeps one end of a socket until its program ends): a long-lived child holding
        // a copy would keep that socket open, and its owner waiting, for as long as it runs.
        for descriptor in openDescriptors() where descriptor >= Int32(descriptors.count) {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        #endif
        var flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        if ownGroup { flags |= Int32(POSIX_SPAWN_SETPGROUP) }
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM] { sigaddset(&defaults, signal) }
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
        return status == 0 ? .success(pid) : .failure(SpawnFailure(code: status))
    }

    #if !canImport(Darwin)
    /// The descriptors this process has open now, from /proc/self/fd.
    private static func openDescriptors() -> [Int32] {
        guard let folder = opendir("/proc/self/fd") else { return [] }
        defer { closedir(folder) }
        var found: [Int32] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let descriptor = Int32(name) { found.append(descriptor) }
        }
        return found
    }
    #endif

    /// A connected pair of sockets, both close-on-exec: a channel to a child that, unlike
    /// a pipe, serves both directions, and whose far end can be handed over with `.copy`.
    static func socketPair() -> (ours: Int32, theirs: Int32)? {
        var pair: [Int32] = [-1, -1]
        #if canImport(Darwin)
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &pair) == 0 else { return nil }
        for descriptor in pair {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            // A write to a child that has gone fails with EPIPE instead of raising SIGPIPE.
            var on: Int32 = 1
            _ = setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #else
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else { return nil }
        #endif
        return (pair[0], pair[1])
    }

    /// Waits for the process to end, for at most `seconds`: its exit status (128 + the
    /// signal that ended it, as a shell reports it), or nil if it is still running.
    static func waitForExit(_ pid: pid_t, seconds: Double) -> Int32? {
        var status: Int32 = 0
        let start = MonotonicClock.seconds()
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                // WIFEXITED / WTERMSIG, which Swift cannot import as macros.
                let signal = status & 0x7f
                return signal == 0 ? (status >> 8) & 0xff : 128 + signal
            }
            if result < 0 && errno != EINTR { return -1 }
            if MonotonicClock.seconds() - start > seconds { return nil }
            usleep(10_000)
        }
    }
}

/// Why a program could not be started.
struct SpawnFailure: Error {
    var code: Int32

    var reason: String {
        code == ENOENT || code == EACCES ? "there is no such program, or it may not be run" : String(cString: strerror(code))
    }
}

/// The text of the current `errno`.
func errnoText() -> String {
    String(cString: strerror(errno))
}
