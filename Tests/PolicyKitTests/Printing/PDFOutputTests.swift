import Foundation
import Testing
@testable import PolicyKit

/// `build --format pdf` through the library: the engine is found or named for
/// installing, PDFs are repeatable, and a poster that cannot fit one page says so.
@Suite struct PDFOutputTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    static func policy(_ settings: String) throws -> Policy {
        let result = SettingsLoader.load(Array(settings.utf8), path: "settings.yaml", today: today)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.policy)
    }

    static let minimal = """
        organisation:
          name: Lakeside Family Centre
          jurisdiction: CA
        policy:
          version: "1.0"
          effective_date: 2026-03-02

        """

    @Test func withNoEngineInstalledTheErrorNamesTheDebianPackage() throws {
        let empty = try PrintTools.temporaryFolder("no-engines")
        #expect(throws: PrintError.self) { try PDFEngineKind.engine(in: .path(empty)) }
        do {
            _ = try PDFEngineKind.engine(in: .path(empty))
        } catch {
            #expect(error.message.contains("install the Debian package 'chromium-headless-shell'"))
        }
        do {
            _ = try PDFEngineKind.engine(.weasyprint, in: .path(empty))
        } catch {
            #expect(error.message == "weasyprint is not installed; install the Debian package 'weasyprint' (sudo apt-get install weasyprint)")
        }
    }

    @Test func anEngineIsFoundOnThePathUnderItsUsualNames() throws {
        let folder = try PrintTools.temporaryFolder("fake-engines")
        let program = "\(folder)/chromium-browser"
        FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        let engine = try PDFEngineKind.engine(in: .path(folder))
        #expect(engine.name == "chromium")
        #expect((engine as? ChromiumEngine)?.executable == program)
    }

    @Test func chromiumsHeadlessShellIsPreferredToTheFullBrowser() throws {
        let folder = try PrintTools.temporaryFolder("both-chromiums")
        for name in ["chromium", "chromium-headless-shell"] {
            FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        }
        let engine = try PDFEngineKind.engine(in: .path(folder))
        #expect((engine as? ChromiumEngine)?.executable == "\(folder)/chromium-headless-shell")
    }

    /// On macOS, Google Chrome and Chromium are apps, not programs on the `PATH`.
    @Test func aBrowserInstalledAsAnAppIsFoundInsideIt() throws {
        let empty = try PrintTools.temporaryFolder("no-engines")
        let applications = try PrintTools.temporaryFolder("applications")
        let program = "\(applications)/Google Chrome.app/Contents/MacOS/Google Chrome"
        try FileManager.default.createDirectory(atPath: "\(applications)/Google Chrome.app/Contents/MacOS", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        let engine = try PDFEngineKind.engine(in: ProgramLocations(searchPath: empty, applicationFolders: [applications]))
        #expect((engine as? ChromiumEngine)?.executable == program)
        // A Chromium on the PATH comes first.
        let folder = try PrintTools.temporaryFolder("path-and-app")
        FileManager.default.createFile(atPath: "\(folder)/chromium", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        let onPath = try PDFEngineKind.engine(in: ProgramLocations(searchPath: folder, applicationFolders: [applications]))
        #expect((onPath as? ChromiumEngine)?.executable == "\(folder)/chromium")
    }

    @Test func askingForPDFWithNoEngineInstalledIsAnErrorNamingThePackage() throws {
        let empty = try PrintTools.temporaryFolder("no-engines")
        #expect {
            try BuildOptions(formats: [.html, .pdf]).findingPrinter(in: .path(empty))
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message.contains("install the Debian package 'chromium-headless-shell'") == true
        }
        // Without PDF no engine is needed.
        #expect(try BuildOptions(formats: [.html]).findingPrinter(in: .path(empty)).printer == nil)
    }

    @Test func anEngineThatFailsIsReportedWithItsName() throws {
        struct Broken: PDFEngine {
            let name = "broken"
            func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] { throw PrintError("it crashed") }
        }
        let options = BuildOptions(documents: [.poster, .card], formats: [.pdf], printer: Broken())
        do {
            _ = try DocumentBuilder().build(for: try Self.policy(Self.minimal), options: options)
            Issue.record("expected a failure")
        } catch let error as DiagnosticList {
            // One message for one reason, naming the first document it stopped.
            #expect(error.diagnostics.map(\.message) == ["cannot print poster.pdf (and 1 other document) with broken: it crashed"])
        }
    }

    @Test(.tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
    func pdfsAreRepeatableAndDatedByThePolicy() async throws {
        _ = try PrintTools.requireChromium()
        let engine = try #require(PDFEngineKind.chromium.installed(), "chromium is on PATH but policykit does not find it")
        let options = BuildOptions(documents: [.card], formats: [.pdf], printer: engine)
        let policy = try Self.policy(Self.minimal)
        let first = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: options) }
        let second = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: options) }
        #expect(first.files.map(\.name) == ["card.pdf"])
        #expect(first.files == second.files)
        #expect(first.warnings.isEmpty)
        let text = String(decoding: first.files[0].bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.contains("/CreationDate (D:20260302000000"))
        // A 4 × 6 in card, front and back.
        #expect(PDFFacts.pageCount(of: first.files[0].bytes) == 2)
    }

    /// The browser keeps its tabs from page to page; a page prints the same whatever was
    /// printed before it in the build.
    @Test(.tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
    func aDocumentPrintsTheSameAloneAndAfterOthers() async throws {
        _ = try PrintTools.requireChromium()
        let engine = try #require(PDFEngineKind.chromium.installed(), "chromium is on PATH but policykit does not find it")
        defer { engine.finish() }
        let policy = try Self.policy(Self.minimal)
        let many = BuildOptions(documents: [.handbook, .card, .incidentReport, .checklist], formats: [.pdf], printer: engine)
        let alone = BuildOptions(documents: [.checklist], formats: [.pdf], printer: engine)
        let first = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: many) }
        let second = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: alone) }
        let checklist = try #require(first.files.first { $0.name == "checklist.pdf" })
        // A checklist is tagged as tables, whose cells carry ids.
        #expect(String(decoding: checklist.bytes, as: UTF8.self).contains("/S /TH"))
        #expect(second.files.map(\.name) == ["checklist.pdf"])
        let same = second.files.first?.bytes == checklist.bytes
        #expect(same, "checklist.pdf printed alone differs from the one printed after the handbook, card and incident report")
    }

    @Test(.tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
    func aPosterTooLongForOnePageIsAWarningWithItsPageCount() async throws {
        _ = try PrintTools.requireChromium()
        let engine = try #require(PDFEngineKind.chromium.installed(), "chromium is on PATH but policykit does not find it")
        // Every behaviour marked for the poster: far more than one sheet holds at 32 pt.
        var settings = Self.minimal + "client_expectations:\n  also_not_accepted:\n"
        for number in 1...24 {
            settings += "    - behaviour: Unwelcome behaviour number \(number)\n"
            settings += "      on_poster: true\n"
        }
        let options = BuildOptions(documents: [.poster], formats: [.pdf], paper: .letter, printer: engine)
        let policy = try Self.policy(settings)
        let output = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: options) }
        let pages = try #require(PDFFacts.pageCount(of: output.files[0].bytes))
        #expect(pages >= 2)
        #expect(output.warnings.map(\.message) == [
            "poster.pdf prints on \(pages) pages of Letter, not one (its type is kept large, to be read from across a room); shorten the lists and texts it shows from the settings file",
        ])
        #expect(output.warnings.allSatisfy { $0.severity == .warning })
    }
}
