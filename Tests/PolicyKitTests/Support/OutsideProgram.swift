import Foundation

/// Finding the programs from outside the package that tagged tests run (Tags.swift).
enum OutsideProgram {
    /// The first of `names` found on PATH, as a full path.
    static func find(_ names: String...) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in names {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The first of `names` on PATH; a test failure naming what to install when there is none,
    /// so a missing program can never let a test pass without running.
    static func require(_ names: String..., installedBy package: String) throws -> String {
        for name in names {
            if let path = find(name) { return path }
        }
        throw Missing(description: """
            \(names.joined(separator: " or ")) is not on PATH: it comes with \(package), which \
            `scripts/install-dependencies --tests` (run by `make test`) installs. \
            `make test-quick` leaves out the tests that need outside programs.
            """)
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program and returns its standard output; throws when it exits with a failure.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], timeLimit: Double = 120) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let finished = DispatchSemaphore(value: 0)
        let collected = Collected()
        let outputReader = Thread { collected.output = output.fileHandleForReading.readDataToEndOfFile(); finished.signal() }
        let errorReader = Thread { collected.errors = errors.fileHandleForReading.readDataToEndOfFile(); finished.signal() }
        outputReader.start()
        errorReader.start()
        let deadline = DispatchTime.now() + timeLimit
        if finished.wait(timeout: deadline) == .timedOut || finished.wait(timeout: deadline) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw Failed(description: "\(executable) \(arguments.joined(separator: " ")) took more than \(Int(timeLimit)) s")
        }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw Failed(description: "\(executable) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(String(decoding: collected.errors + collected.output, as: UTF8.self).prefix(3000))")
        }
        return String(decoding: collected.output, as: UTF8.self)
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    private final class Collected: @unchecked Sendable {
        var output = Data()
        var errors = Data()
    }
}
