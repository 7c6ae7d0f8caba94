import Foundation
import Testing
@testable import PolicyKit

/// Every example's Word documents, read by the programs their readers' tools are built
/// on: python-docx and docx2python read them back, LibreOffice lays them out as PDF.
@Suite struct WordExamplesTests {
    static let examples = TestPackage.file("Examples")
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    /// Builds every example as Word, text and Markdown into `folder/<example>/`.
    static func buildExamples(into folder: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter {
            FileManager.default.fileExists(atPath: examples.appendingPathComponent("\($0)/settings.yaml").path)
        }.sorted()
        #expect(names.count >= 3)
        let builder = try DocumentBuilder()
        return try names.map { name in
            let loaded = SettingsLoader.loadFile(atPath: examples.appendingPathComponent("\(name)/settings.yaml").path, today: today)
            let output = try builder.build(for: try #require(loaded.policy), options: BuildOptions(formats: [.docx, .text, .markdown]))
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for file in output.files {
                try Data(file.bytes).write(to: target.appendingPathComponent(file.name))
            }
            return target
        }
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(.tags(.outsidePrograms, .python), .leftOutOfQuickRuns)
    func pythonReadersFindTheTextHeadingsListsAndContents() throws {
        let python = try OutsideProgram.require("python3", installedBy: "Python 3")
        do {
            try OutsideProgram.run(python, ["-c", "import docx, docx2python"])
        } catch {
            Issue.record("python3 has no python-docx or docx2python: `scripts/install-dependencies --tests` (run by `make test`) installs them. \(error)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = try Self.buildExamples(into: folder)

        // A hostile organisation name, in the poster's text and in its footer.
        let hostile = #"Evil <w:p><w:r><w:t>x</w:t></w:r></w:p> ]]> { PAGE } {NUMPAGES} [click](javascript:alert(1))"#
        let settings = "organisation:\n  name: '\(hostile)'\n  jurisdiction: CA\npolicy:\n  version: \"1.0\"\n  effective_date: 2026-01-15\n"
        let policy = try #require(SettingsLoader.load(Array(settings.utf8), path: "hostile.yaml", today: Self.today).policy)
        let poster = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster], formats: [.docx])).files[0]
        let hostilePath = folder.appendingPathComponent("hostile.docx")
        try Data(poster.bytes).write(to: hostilePath)

        let output = try OutsideProgram.run(python, [TestPackage.file("Tests/docx/check_docx.py").path] + built.map(\.path)
                                            + ["--literal", hostilePath.path, hostile], timeLimit: 300)
        // Each example makes as many Word documents as its languages and forms call for.
        let documents = try built.map { try FileManager.default.contentsOfDirectory(atPath: $0.path).filter { $0.hasSuffix(".docx") }.count }.reduce(0, +)
        #expect(output.contains("checked \(documents) documents, 0 problems"), "\(output)")
    }

    @Test(.tags(.outsidePrograms, .libreOffice), .leftOutOfQuickRuns)
    func libreOfficeConvertsEveryDocumentAndOnePageDocumentsStayOnOnePage() throws {
        let soffice = try OutsideProgram.require("soffice", "libreoffice", installedBy: "the Debian package libreoffice-writer")
        let pdfinfo = try OutsideProgram.require("pdfinfo", installedBy: "the Debian package poppler-utils")
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = try Self.buildExamples(into: folder.appendingPathComponent("built"))
        // One LibreOffice for every file: it starts slowly. The names say which example.
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var names: [String] = []
        for example in built {
            for file in try FileManager.default.contentsOfDirectory(atPath: example.path) where file.hasSuffix(".docx") {
                let name = "\(example.lastPathComponent)--\(file)"
                try FileManager.default.copyItem(at: example.appendingPathComponent(file), to: input.appendingPathComponent(name))
                names.append(name)
            }
        }
        let pdfs = folder.appendingPathComponent("pdf")
        // Its own profile, so it neither waits for nor disturbs another LibreOffice running.
        try OutsideProgram.run(soffice, [
            "-env:UserInstallation=file://\(folder.appendingPathComponent("profile").path)",
            "--headless", "--convert-to", "pdf", "--outdir", pdfs.path,
        ] + names.sorted().map { input.appendingPathComponent($0).path }, timeLimit: 600)
        for name in names.sorted() {
            let pdf = pdfs.appendingPathComponent(name.replacingOccurrences(of: ".docx", with: ".pdf"))
            guard FileManager.default.fileExists(atPath: pdf.path) else {
                Issue.record("LibreOffice did not convert \(name)")
                continue
            }
            let info = try OutsideProgram.run(pdfinfo, [pdf.path])
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
            // A letter's file is named for its step: letter-step-2.docx.
            let stem = name.split(separator: "--").last!.split(separator: ".").first!
            let kind = stem.hasPrefix("letter-step-") ? DocumentKind.letter : DocumentKind(rawValue: String(stem))
            if kind?.printsOnOnePage == true {
                #expect(pages == 1, "\(name) is \(pages ?? 0) pages in LibreOffice")
            } else {
                #expect((pages ?? 0) >= 1, "\(name)")
            }
        }
    }
}
