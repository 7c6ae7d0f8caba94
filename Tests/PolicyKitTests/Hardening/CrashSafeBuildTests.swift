import Foundation
import Testing

/// A build killed at any moment (SIGKILL: no clean-up code runs) leaves each document
/// either its complete old version or its complete new one, shows no stray files, and
/// never touches a file the user keeps in the output folder. When each kill lands is
/// random; the seed is printed, and POLICYKIT_TEST_SEED replays the same kill points
/// (as fractions of one build's time).
@Suite(.serialized) struct CrashSafeBuildTests {
    let root: String
    let settings: [String]

    init() throws {
        root = NSTemporaryDirectory() + "policykit-crash-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // Two versions of one organisation whose every document differs: the name is in each.
        let original = try String(contentsOf: TestPackage.root.appendingPathComponent("Examples/harbourview-ca/settings.yaml"), encoding: .utf8)
        let renamed = original.replacingOccurrences(of: "name: Harbourview Community Services", with: "name: Harbourview Neighbourhood Services")
        precondition(renamed != original)
        settings = [root + "/old.yaml", root + "/new.yaml"]
        try original.write(toFile: settings[0], atomically: true, encoding: .utf8)
        try renamed.write(toFile: settings[1], atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: TestPackage.root.appendingPathComponent("Examples/harbourview-ca/logo.png").path, toPath: root + "/logo.png")
    }

    private func files(in folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }

    private func visible(_ names: some Sequence<String>) -> [String] {
        names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func killedBuildsLeaveEveryDocumentWholeAndUserFilesAlone() throws {
        // The two complete versions every document may be in.
        var versions: [[String: Data]] = []
        for (index, file) in settings.enumerated() {
            let folder = root + "/reference-\(index)"
            let outcome = try CommandLineRunner.run(["build", file, "--out", folder])
            try #require(outcome.status == 0, "\(outcome.error)")
            versions.append(try files(in: folder))
        }
        let names = Set(versions[0].keys)
        try #require(names.count >= 12 && Set(versions[1].keys) == names)
        for name in names { try #require(versions[0][name] != versions[1][name], "\(name) is the same in both versions") }

        let out = root + "/documents"
        #expect(try CommandLineRunner.run(["build", settings[0], "--out", out]).status == 0)
        let userFile = Data("my own notes, not made by policykit\n".utf8)
        try userFile.write(to: URL(fileURLWithPath: out + "/notes.txt"))

        // How long one build takes here, so kills land before, during and after writing.
        let started = Date()
        #expect(try CommandLineRunner.run(["build", settings[1], "--out", out]).status == 0)
        let buildTime = Date().timeIntervalSince(started)

        let executable = try TestPackage.requirePolicykit()
        var generator = SeededRandom.fromEnvironment("CrashSafeBuildTests")
        let seed = "\(SeededRandom.seedVariable)=\(generator.seed)"
        var killedRuns = 0
        for round in 0..<120 {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build", settings[round % 2], "--out", out]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(buildTime * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedRuns += 1 }

            let present = try files(in: out)
            #expect(visible(present.keys) == (names.sorted() + ["notes.txt"]).sorted(), "round \(round), \(seed)")
            #expect(present["notes.txt"] == userFile, "round \(round), \(seed)")
            for name in names {
                let bytes = present[name]
                #expect(bytes == versions[0][name] || bytes == versions[1][name], "round \(round), \(seed): \(name) is neither version")
            }
        }
        #expect(killedRuns > 0)

        // A build that runs to the end clears away whatever hidden files killed builds left.
        #expect(try CommandLineRunner.run(["build", settings[0], "--out", out]).status == 0)
        let final = try files(in: out)
        #expect(final.keys.sorted() == (names.sorted() + ["notes.txt"]).sorted())
        for name in names { #expect(final[name] == versions[0][name]) }
        #expect(final["notes.txt"] == userFile)
        try? FileManager.default.removeItem(atPath: root)
    }
}
