import Foundation
import Testing
@testable import PolicyKit

/// Outside programs the print tests run, and their shared fixtures. The tests that run
/// Chromium or poppler-utils are tagged `.chromium` (Tags.swift) and fail when they are missing.
enum PrintTools {
    /// The Chromium `policykit` prints with (its headless shell where installed), or a
    /// failure naming what to install.
    static func requireChromium() throws -> String {
        try OutsideProgram.require("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome",
                                   installedBy: "the Debian package chromium-headless-shell")
    }

    /// The full browser, which Selenium drives and which prints where the headless shell
    /// is missing, or a failure naming what to install.
    static func requireFullChromium() throws -> String {
        try OutsideProgram.require("chromium", "chromium-browser", "google-chrome", installedBy: "the Debian package chromium")
    }

    /// A poppler-utils program (`pdfinfo`, `pdftotext`), or a failure naming what to install.
    static func requirePoppler(_ program: String) throws -> String {
        try OutsideProgram.require(program, installedBy: "the Debian package poppler-utils")
    }

    /// Runs a program and returns its standard output; throws when it fails.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], timeLimit: Double = 120) throws -> String {
        try OutsideProgram.run(executable, arguments, timeLimit: timeLimit)
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

    /// Copies the files an example's settings name beside them (its logo) into `folder`,
    /// so that settings copied or extended there load as the example's do.
    static func copyExampleFiles(_ name: String, to folder: String) throws {
        let logo = examples.appendingPathComponent("\(name)/logo.png").path
        if FileManager.default.fileExists(atPath: logo) {
            try FileManager.default.copyItem(atPath: logo, toPath: "\(folder)/logo.png")
        }
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
