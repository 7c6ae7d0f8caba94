import Foundation
import Testing
@testable import PolicyKit

@Suite struct OutputFolderTests {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "policykit-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    private func contents(_ name: String, in folder: String) -> String? {
        FileManager.default.contents(atPath: "\(folder)/\(name)").map { String(decoding: $0, as: UTF8.self) }
    }

    private func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func createsTheFolderAndWritesEveryFile() throws {
        let out = root + "/nested/docs"
        let written = try OutputFolder(path: out).write([
            OutputFile(name: "poster.html", text: "<p>hi</p>"),
            OutputFile(name: "poster.txt", text: "hi\n"),
        ])
        #expect(written == ["poster.html", "poster.txt"])
        #expect(contents("poster.html", in: out) == "<p>hi</p>")
        #expect(try listing(out) == ["poster.html", "poster.txt"])
    }

    /// A folder it made is empty, so a build need not look in it for files to compare.
    @Test func saysWhetherItMadeTheFolder() throws {
        #expect(try OutputFolder(path: root + "/site").prepareFolder())
        #expect(try !OutputFolder(path: root + "/site").prepareFolder())
        #expect(try OutputFolder(path: root + "/deeper/site").prepareFolder())
        #expect(try !OutputFolder(path: root).prepareFolder())
    }

    @Test func aDurableBatchPutsEveryFileInPlaceAndLeavesNoTemporaryFile() throws {
        var batch = OutputBatch(durable: true)
        for site in ["a", "b"] {
            _ = try batch.stage([OutputFile(name: "card.md", text: "# \(site)\n")], in: OutputFolder(path: "\(root)/\(site)"))
        }
        #expect(try listing(root + "/a").allSatisfy { $0.hasPrefix(".card.md") })
        try batch.commit()
        #expect(contents("card.md", in: root + "/a") == "# a\n")
        #expect(try listing(root + "/b") == ["card.md"])
    }

    @Test func leavesFilesItDidNotProduceAlone() throws {
        try "mine".write(toFile: root + "/notes.txt", atomically: true, encoding: .utf8)
        try OutputFolder(path: root).write([OutputFile(name: "card.md", text: "# Card\n")])
        #expect(contents("notes.txt", in: root) == "mine")
        #expect(try listing(root) == ["card.md", "notes.txt"])
    }

    @Test func rewritesOnlyWhatChanged() throws {
        let folder = OutputFolder(path: root)
        try folder.write([OutputFile(name: "a.md", text: "1"), OutputFile(name: "b.md", text: "2")])
        let written = try folder.write([OutputFile(name: "a.md", text: "1"), OutputFile(name: "b.md", text: "3")])
        #expect(written == ["b.md"])
        #expect(contents("b.md", in: root) == "3")
    }

    @Test func reportsStaleAndMissingFilesWithoutWriting() throws {
        let folder = OutputFolder(path: root)
        try folder.write([OutputFile(name: "a.md", text: "1"), OutputFile(name: "b.md", text: "2")])
        let stale = try folder.staleFiles(comparedWith: [
            OutputFile(name: "a.md", text: "1"), OutputFile(name: "b.md", text: "changed"), OutputFile(name: "c.md", text: "new"),
        ])
        #expect(stale == ["b.md", "c.md"])
        #expect(contents("b.md", in: root) == "2")
        #expect(contents("c.md", in: root) == nil)
    }

    @Test func refusesAFileWhereAFolderIsExpected() throws {
        let file = root + "/plain-file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        #expect {
            try OutputFolder(path: file).write([OutputFile(name: "a.md", text: "1")])
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message == "'\(file)' is not a folder; choose another --out"
        }
        #expect(contents("plain-file", in: root) == "x")
    }

    @Test func refusesNamesThatWouldEscapeTheFolder() throws {
        for name in ["../evil", "a/b", "..", ".hidden", ""] {
            #expect(throws: DiagnosticList.self) {
                try OutputFolder(path: root).write([OutputFile(name: name, text: "x")])
            }
        }
        #expect(try listing(root).isEmpty)
    }

    @Test func clearsTemporaryFilesAKilledBuildLeftBehind() throws {
        let leftover = "\(root)/.poster.html\(OutputFolder.temporaryMarker)123-0"
        try "half".write(toFile: leftover, atomically: true, encoding: .utf8)
        try "user's own".write(toFile: root + "/.keep", atomically: true, encoding: .utf8)
        try OutputFolder(path: root).write([OutputFile(name: "poster.html", text: "whole")])
        #expect(try listing(root) == [".keep", "poster.html"])
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func refusesAFolderItCannotWriteTo() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: root)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root) }
        #expect(throws: DiagnosticList.self) {
            try OutputFolder(path: root).write([OutputFile(name: "a.md", text: "1")])
        }
    }

    @Test func reportsAFolderThatCannotBeCreated() {
        // /proc refuses new folders even to root, which CI runs as.
        #expect {
            try OutputFolder(path: "/proc/policykit-docs").write([OutputFile(name: "a.md", text: "1")])
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message.hasPrefix("cannot create folder '/proc/policykit-docs'") == true
        }
    }
}
