import Foundation

/// The package the tests belong to: its folder, and the one way tests find the
/// `policykit` program they run.
enum TestPackage {
    /// The package folder, found from this file's place in Tests/PolicyKitTests/Support.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // PolicyKitTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// A file or folder inside the package, by its path from the package folder.
    static func file(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The `policykit` that `swift test` built beside the test bundle (same configuration,
    /// so never a stale one), else the one `swift build` left in .build/debug.
    static let policykit: URL? = {
        var candidates: [URL] = []
        if let tests = CommandLine.arguments.first {
            // The bundle may sit a few folders down inside its build folder (on macOS,
            // PolicyKitPackageTests.xctest/Contents/MacOS/).
            var folder = URL(fileURLWithPath: tests).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("policykit"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(file(".build/debug/policykit"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "policykit is not built; run swift build" }
    }

    /// `policykit`, or an error saying it is not built.
    static func requirePolicykit() throws -> URL {
        guard let policykit else { throw NotBuilt() }
        return policykit
    }
}
