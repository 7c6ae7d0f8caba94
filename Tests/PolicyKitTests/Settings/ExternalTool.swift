import Foundation
import Testing

/// Finding the built `policykit` binary and the shared test material, and running
/// helper scripts, for the tests that check the command against other tools.
enum ExternalTool {
    /// The package root, found from this file's place in Tests/PolicyKitTests/Settings.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder beside the package (yaml-test-suite and tools).
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The most recently built `policykit` (release or debug); `swift test` builds it too.
    static func policykit() -> URL? {
        let candidates = ["release", "debug"].map {
            packageRoot.appendingPathComponent(".build/\($0)/policykit")
        }
        return candidates
            .filter { FileManager.default.isExecutableFile(atPath: $0.path) }
            .max { modified($0) < modified($1) }
    }

    private static func modified(_ url: URL) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }

    /// Runs `python3` as found on PATH (where pip installed the test modules);
    /// nil when there is none.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String)? {
        let env = URL(fileURLWithPath: "/usr/bin/env")
        guard try run(env, ["python3", "-c", "pass"]).status == 0 else { return nil }
        return try run(env, ["python3"] + arguments)
    }

    /// Runs a program to completion, returning its exit status and standard output.
    static func run(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
