import Foundation
import Testing
@testable import PolicyKit

/// Outside programs the print tests run, and the rule for when they may be missing:
/// on a developer's machine a missing tool skips its tests with a message; in CI
/// (`CI=true`) the tools are installed by `scripts/install-dependencies --tests`, so a
/// missing one fails.
enum PrintTools {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static func path(_ program: String) -> String? {
        ProgramSearch.find(program, in: ProgramSearch.environmentPath)
    }

    static var chromium: String? {
        ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(path).first
    }

    static var hasBrowserTools: Bool { chromium != nil && path("pdfinfo") != nil && path("pdftotext") != nil }

    /// Browser tests run when the tools are here, and in CI, where their absence is a failure.
    static var runBrowserTests: Bool { hasBrowserTools || isCI }

    static let browserMissing: Comment = "chromium or poppler-utils is not installed (sudo apt-get install chromium poppler-utils); skipped outside CI"

    /// Runs a program and returns its standard output; records a failure when it fails.
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
        _ = finished.wait(timeout: .now() + timeLimit)
        _ = finished.wait(timeout: .now() + timeLimit)
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw ToolFailure(description: "\(executable) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(String(decoding: collected.errors + collected.output, as: UTF8.self).prefix(3000))")
        }
        return String(decoding: collected.output, as: UTF8.self)
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    private final class Collected: @unchecked Sendable {
        var output = Data()
        var errors = Data()
    }

    /// A fresh folder under the system's temporary folder.
    static func temporaryFolder(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "policykit-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let examples: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    static var exampleNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: examples.path).filter {
            FileManager.default.fileExists(atPath: examples.appendingPathComponent("\($0)/settings.yaml").path)
        }.sorted()) ?? []
    }

    static func examplePolicy(_ name: String) throws -> Policy {
        let result = SettingsLoader.loadFile(atPath: examples.appendingPathComponent("\(name)/settings.yaml").path, today: CalendarDate(year: 2026, month: 1, day: 1)!)
        return try #require(result.policy)
    }

    /// Runs `work` for every item, two at a time (each item starts a browser).
    static func forEach<Item: Sendable>(_ items: [Item], _ work: @escaping @Sendable (Item) -> Void) {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for item in items { queue.addOperation { work(item) } }
        queue.waitUntilAllOperationsAreFinished()
    }
}
