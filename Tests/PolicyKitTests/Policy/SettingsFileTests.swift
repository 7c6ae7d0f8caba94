import Foundation
import Testing
@testable import PolicyKit

@Suite struct SettingsFileTests {
    @Test func aMissingFileIsNamed() {
        let result = SettingsLoader.loadFile(atPath: "/nonexistent/settings.yaml", today: testToday)
        #expect(result.diagnostics == [.error("no such file: '/nonexistent/settings.yaml'")])
    }

    @Test func aFolderIsNotASettingsFile() {
        let folder = FileManager.default.temporaryDirectory.path
        let result = SettingsLoader.loadFile(atPath: folder, today: testToday)
        #expect(result.diagnostics == [.error("'\(folder)' is a folder, not a settings file")])
    }

    @Test func textThatIsNotUTF8IsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
        let result = SettingsLoader.loadFile(atPath: path, today: testToday)
        #expect(result.policy == nil)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.path == path)
        #expect(diagnostic.location?.line == 1)
        #expect(diagnostic.location?.column == 7)
        #expect(diagnostic.message.contains("UTF-8"))
    }
}
