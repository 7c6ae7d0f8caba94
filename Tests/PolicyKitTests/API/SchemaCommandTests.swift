import Foundation
import Testing
@testable import PolicyKit

/// `policykit schema` and the schema `policykit init` puts beside a new settings file.
@Suite struct SchemaCommandTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func schemaPrintsTheSchema() throws {
        let outcome = try CommandLineRunner.run(["schema"])
        #expect(outcome.status == 0)
        #expect(outcome.output == SettingsSchema.json)
        #expect(outcome.error.isEmpty)
    }

    @Test func schemaOutReplacesTheFileWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("policykit.schema.json").path
        try String(repeating: "old ", count: 100_000).write(toFile: path, atomically: false, encoding: .utf8)
        let outcome = try CommandLineRunner.run(["schema", "--out", path])
        #expect(outcome.status == 0)
        #expect(outcome.output.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == SettingsSchema.json)
        // Nothing is left behind beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["policykit.schema.json"])
    }

    @Test func schemaOutIntoAMissingFolderSaysWhichFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nowhere/schema.json").path
        let outcome = try CommandLineRunner.run(["schema", "--out", path])
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("cannot write '\(path)': the folder '\(folder.path)/nowhere' does not exist"))
    }

    @Test func initWritesTheSchemaBesideTheSettingsAndNamesItOnTheFirstLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandLineRunner.run(["init", "settings.yaml"], in: folder.path)
        #expect(outcome.status == 0)
        #expect(outcome.output == "wrote settings.yaml and policykit.schema.json; edit settings.yaml, then run: policykit check settings.yaml\n")
        let settings = try String(contentsOf: folder.appendingPathComponent("settings.yaml"), encoding: .utf8)
        #expect(settings.hasPrefix("# yaml-language-server: $schema=./policykit.schema.json\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent("policykit.schema.json"), encoding: .utf8) == SettingsSchema.json)
    }

    @Test func initKeepsASchemaFileAlreadyThere() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("policykit.schema.json").path
        try "{\"mine\": true}\n".write(toFile: schema, atomically: false, encoding: .utf8)
        let settings = folder.appendingPathComponent("site.yaml").path
        let written = try StarterSettingsWriter.write(toPath: settings, today: testToday)
        #expect(written == [settings])
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == "{\"mine\": true}\n")
        #expect(FileManager.default.fileExists(atPath: settings))
    }

    @Test func initThatRefusesToOverwriteWritesNoSchemaEither() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = folder.appendingPathComponent("settings.yaml").path
        try "mine\n".write(toFile: settings, atomically: false, encoding: .utf8)
        let outcome = try CommandLineRunner.run(["init", settings])
        #expect(outcome.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("policykit.schema.json").path))
    }
}
