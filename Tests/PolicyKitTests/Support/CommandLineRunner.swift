import Foundation

/// Runs the `policykit` program the way a user or CI does, for tests of what reaches the
/// terminal and the disk.
enum CommandLineRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // PolicyKitTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The program `swift test` built next to the tests, else one from `swift build`.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let tests = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: tests).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("policykit"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/policykit"))
        candidates.append(packageRoot.appendingPathComponent(".build/release/policykit"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Outcome {
        var status: Int32
        var output: String
        var error: String

        /// The first line written to standard error: what the user reads first.
        var firstErrorLine: String { error.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? "" }
    }

    struct NotFound: Error, CustomStringConvertible {
        var description: String { "policykit is not built; run swift build" }
    }

    /// Runs policykit with `arguments` and waits for it, with `input` (or nothing) on its
    /// standard input. A run that takes longer than `limit` seconds is killed and reported
    /// as status -1: a hang is a failure.
    static func run(_ arguments: [String], in folder: String? = nil, input: Data? = nil, limit: TimeInterval = 60) throws -> Outcome {
        guard let executable else { throw NotFound() }
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
        return Outcome(
            status: timedOut ? -1 : process.terminationStatus,
            output: String(decoding: outputData.wait(), as: UTF8.self),
            error: String(decoding: errorData.wait(), as: UTF8.self)
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
