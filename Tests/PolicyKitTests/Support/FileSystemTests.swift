import Foundation
import Testing
@testable import PolicyKit

/// The file-system steps templates export and import rely on.
@Suite struct FileSystemTests {
    static func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "policykit-fs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func findsFilesAtEveryDepthButDoesNotFollowLinkedFolders() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileSystem.makeFolders(folder + "/en/partials")
        try FileSystem.replace(folder + "/en/poster.md", with: Array("a".utf8))
        try FileSystem.replace(folder + "/en/partials/rights.md", with: Array("b".utf8))
        // A link back up would loop forever if followed.
        try FileManager.default.createSymbolicLink(atPath: folder + "/en/loop", withDestinationPath: folder)
        #expect(try FileSystem.files(below: folder).sorted() == ["en/partials/rights.md", "en/poster.md"])
    }

    @Test func replacingAFileLeavesNoTemporaryFileBehind() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileSystem.replace(folder + "/a.md", with: Array("old".utf8))
        try FileSystem.replace(folder + "/a.md", with: Array("new".utf8))
        #expect(try String(contentsOfFile: folder + "/a.md", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.md"])
    }

    @Test func creatingNeverReplacesWhatIsThere() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileSystem.create(folder + "/a.md", with: Array("mine".utf8))
        #expect(throws: SystemError.self) { try FileSystem.create(folder + "/a.md", with: Array("other".utf8)) }
        #expect(try String(contentsOfFile: folder + "/a.md", encoding: .utf8) == "mine")
    }

    @Test func aFileWrittenForDurabilityIsWholeAndStillNeverReplaces() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileSystem.create(folder + "/a.md", with: Array("synced".utf8), sync: true)
        #expect(try String(contentsOfFile: folder + "/a.md", encoding: .utf8) == "synced")
        #expect(throws: SystemError.self) { try FileSystem.create(folder + "/a.md", with: [], sync: true) }
    }

    @Test func removingAFolderTreeLeavesWhatALinkInsidePointsTo() throws {
        let folder = try Self.scratch()
        let outside = try Self.scratch()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try FileSystem.create(outside + "/keep.md", with: [])
        try FileSystem.makeFolders(folder + "/profile/cache")
        try FileSystem.create(folder + "/profile/cache/x", with: [])
        try FileManager.default.createSymbolicLink(atPath: folder + "/profile/link", withDestinationPath: outside)
        FileSystem.removeAll(folder)
        #expect(FileSystem.kind(of: folder) == .missing)
        #expect(FileSystem.kind(of: outside + "/keep.md") == .file)
    }

    @Test func tellsFilesFoldersAndNothingApart() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileSystem.replace(folder + "/a.md", with: [])
        #expect(FileSystem.kind(of: folder) == .folder)
        #expect(FileSystem.kind(of: folder + "/a.md") == .file)
        #expect(FileSystem.kind(of: folder + "/b.md") == .missing)
    }

    @Test func fileAddressesEncodeEverythingABrowserCouldMisread() {
        #expect(PathNames.fileURL("/tmp/print 1/page#2.html") == "file:///tmp/print%201/page%232.html")
        #expect(PathNames.fileURL("/tmp/é.html") == "file:///tmp/%C3%A9.html")
    }

    @Test func aFileNameWithoutItsExtension() {
        #expect(PathNames.stem("docs/guide.md") == "guide")
        #expect(PathNames.stem("notes") == "notes")
        #expect(PathNames.stem(".hidden") == ".hidden")
    }
}
