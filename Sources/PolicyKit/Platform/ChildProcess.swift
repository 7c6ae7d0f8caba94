#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another program and waits for it, with a time limit, keeping the end of what it
/// writes to standard error (its standard input and output are the null device).
struct ChildProcess {
    enum Outcome {
        case exited(status: Int32, errorOutput: [UInt8])
        case timedOut
        case cannotStart(String)
    }

    var executable: String
    var arguments: [String]
    /// The whole environment the program sees.
    var environment: [String: String]

    /// How much of the error output is kept: its last lines are what explain a failure.
    static let errorOutputLimit = 64 << 10

    func run(timeLimitSeconds: Double) -> Outcome {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return .cannotStart(SystemError.current.message) }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        // Neither end may leak into the program: it would then never see the pipe close.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        defer { close(readEnd) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The program starts with every signal at its default and none blocked, whatever
        // this process inherited: otherwise a time limit's SIGTERM could go unheard.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(writeEnd)
        guard spawned == 0 else { return .cannotStart(String(cString: strerror(spawned))) }

        let deadline = Self.now() + timeLimitSeconds
        var errorOutput: [UInt8] = []
        var open = true
        while true {
            if let status = Self.exitStatus(of: pid, waiting: false) {
                // Helpers the program started may hold the pipe open; take what is
                // already there and stop.
                if open { Self.drain(readEnd, into: &errorOutput, waitMilliseconds: 100) }
                return .exited(status: status, errorOutput: errorOutput)
            }
            let left = deadline - Self.now()
            if left <= 0 { break }
            let wait = Int32(min(left, 0.05) * 1000) + 1
            if open {
                open = Self.drain(readEnd, into: &errorOutput, waitMilliseconds: wait)
            } else {
                usleep(UInt32(wait) * 1000)
            }
        }
        kill(pid, SIGTERM)
        let grace = Self.now() + 5
        while Self.exitStatus(of: pid, waiting: false) == nil {
            if Self.now() > grace {
                kill(pid, SIGKILL)
                _ = Self.exitStatus(of: pid, waiting: true)
                break
            }
            usleep(20_000)
        }
        return .timedOut
    }

    /// Reads what the pipe holds, waiting up to `waitMilliseconds` for the first bytes;
    /// false once the writing side has closed it.
    @discardableResult
    private static func drain(_ descriptor: Int32, into output: inout [UInt8], waitMilliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var timeout = waitMilliseconds
        while poll(&request, 1, timeout) > 0 {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return false }
            output.append(contentsOf: buffer[..<count])
            if output.count > errorOutputLimit { output.removeFirst(output.count - errorOutputLimit) }
            timeout = 0
        }
        return true
    }

    /// The program's exit status once it has ended (128 + the signal that ended it).
    private static func exitStatus(of pid: pid_t, waiting: Bool) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, waiting ? 0 : WNOHANG)
            if result == 0 { return nil }
            if result < 0 {
                if errno == EINTR { continue }
                return -1
            }
            let signal = status & 0x7f
            return signal == 0 ? (status >> 8) & 0xff : 128 + signal
        }
    }

    private static func now() -> Double {
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        return Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
    }
}
