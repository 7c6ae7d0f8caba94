import Foundation

/// Runs the `policykit` program the way a user or CI does, for tests of what reaches the
/// terminal and the disk.
enum CommandLineRunner {
    struct Outcome {
        /// The exit status; -1 when the run was killed for taking too long.
        var status: Int32
        var output: String
        var error: String
        /// The signal that ended the program, when one did (a trap, or the kill after `limit`).
        var signal: Int32? = nil
        var timedOut = false

        /// The first line written to standard error: what the user reads first.
        var firstErrorLine: String { error.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? "" }
    }

    /// Runs policykit with `arguments` and waits for it, with `input` (or nothing) on its
    /// standard input. A run that takes longer than `limit` seconds is killed and reported
    /// as status -1: a hang is a failure.
    /// `program` runs another program than the built policykit (a copy of it elsewhere, or
    /// policykit-preview).
    static func run(_ arguments: [String], in folder: String? = nil, input: Data? = nil, limit: TimeInterval = 60, program: URL? = nil) throws -> Outcome {
        let executable = try program ?? TestPackage.requirePolicykit()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let standardInput = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : standardInput
        try process.run()
        // Both pipes are drained while the program runs, so a long message cannot block it.
        let outputData = Drain(output.fileHandleForReading)
        let errorData = Drain(error.fileHandleForReading)
        if let input {
            standardInput.fileHandleForWriting.write(input)
            try standardInput.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return Outcome(
            status: timedOut ? -1 : process.terminationStatus,
            output: String(decoding: outputData.wait(), as: UTF8.self),
            error: String(decoding: errorData.wait(), as: UTF8.self),
            signal: signalled ? process.terminationStatus : nil,
            timedOut: timedOut
        )
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
