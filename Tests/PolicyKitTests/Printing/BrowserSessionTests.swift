import Foundation
import Testing
@testable import PolicyKit

/// One headless Chromium for a whole build, driven over its DevTools pipe: every document
/// of every language and site goes through it, and a browser that dies or hangs stops the
/// build with an error naming the document, leaving the files on disk as they were.
@Suite(.tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
struct BrowserSessionTests {
    /// Three sites extending the Harbourview example (English, French, Spanish, Arabic and
    /// Simplified Chinese; the card is made in the first three).
    static func sites() throws -> String {
        let folder = try PrintTools.temporaryFolder("browser-sites")
        let example = try String(contentsOf: PrintTools.examples.appendingPathComponent("harbourview-ca/settings.yaml"), encoding: .utf8)
        let base = example[example.range(of: "organisation:")!.lowerBound...]
        try FileManager.default.createDirectory(atPath: "\(folder)/sites", withIntermediateDirectories: true)
        try String(base).write(toFile: "\(folder)/base.yaml", atomically: true, encoding: .utf8)
        try PrintTools.copyExampleFiles("harbourview-ca", to: folder)
        for site in 1...3 {
            try "extends: ../base.yaml\norganisation:\n  name: Harbourview Office \(site)\n"
                .write(toFile: "\(folder)/sites/office\(site).yaml", atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// How many pages an HTML build of the same sites and documents makes: a PDF build
    /// prints one PDF for each.
    static func pagesOfAnHTMLBuild(_ folder: String, documents: [DocumentKind]) throws -> Int {
        let out = try PrintTools.temporaryFolder("browser-sites-html")
        let result = SiteBuild(settings: ["\(folder)/sites"], out: out, options: BuildOptions(documents: documents, formats: [.html])).run()
        try #require(result.succeeded)
        return result.written
    }

    static func engine(_ configure: (String) -> ChromiumEngine = { ChromiumEngine(executable: $0) }) throws -> ChromiumEngine {
        _ = try PrintTools.requireChromium()
        let found = try #require(PDFEngineKind.chromium.installed() as? ChromiumEngine, "chromium is on PATH but policykit does not find it")
        return configure(found.executable)
    }

    @Test func oneBrowserPrintsEveryDocumentOfEveryLanguageAndSite() async throws {
        let folder = try Self.sites()
        let engine = try Self.engine()
        let options = BuildOptions(documents: [.poster, .card], formats: [.pdf], printer: engine)
        let result = try await offTheTaskPool {
            SiteBuild(settings: ["\(folder)/sites"], out: "\(folder)/out", options: options).run()
        }
        #expect(result.succeeded, "\(result.diagnostics.map(\.message))")
        // Three sites, each with a poster in five languages and a card in three.
        #expect(result.written == (try Self.pagesOfAnHTMLBuild(folder, documents: [.poster, .card])))
        #expect(engine.browserLaunches == 1)
        #if os(Linux)
        // What the restart bound compares: the browser's processes together, measured.
        #expect((engine.browserMemory ?? 0) > 10 << 20)
        #endif
        for site in 1...3 {
            for name in ["poster", "poster.fr", "poster.es", "poster.ar", "poster.zh-Hans", "card", "card.fr", "card.es"] {
                let pdf = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/out/office\(site)/\(name).pdf"))
                // The poster is one sheet; the card is printed front and back.
                let pages = PDFFacts.pageCount(of: [UInt8](pdf)) ?? 0
                #expect(name.hasPrefix("card") ? (1...2).contains(pages) : pages == 1, "office\(site)/\(name).pdf: \(pages) pages")
            }
        }
        engine.finish()
        #expect(engine.browserProcessID == nil)
    }

    /// Where Chromium's headless shell is missing (on macOS, say), the full browser prints
    /// the same way.
    @Test func theFullBrowserPrintsEveryDocumentToo() async throws {
        let chromium = try PrintTools.requireFullChromium()
        let folder = try PrintTools.temporaryFolder("full-browser")
        let engine = ChromiumEngine(executable: chromium)
        defer { engine.finish() }
        let policy = try PDFOutputTests.policy(PDFOutputTests.minimal)
        let options = BuildOptions(documents: [.poster, .handbook], formats: [.pdf], printer: engine)
        let files = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: options).files }
        try OutputFolder(path: folder).write(files)
        let poster = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/poster.pdf"))
        #expect(PDFFacts.pageCount(of: [UInt8](poster)) == 1)
        let handbook = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(folder)/handbook.pdf")))
        #expect((PDFFacts.pageCount(of: handbook) ?? 0) > 2)
        // Its sections are named destinations, which its contents read their page numbers from.
        #expect(!PDFDestinations.pages(of: handbook).isEmpty)
        #expect(engine.browserLaunches == 1)
    }

    @Test func theBrowserIsRestartedAfterItsShareOfPages() async throws {
        let folder = try Self.sites()
        let engine = try Self.engine { ChromiumEngine(executable: $0, pagesPerBrowser: 2) }
        defer { engine.finish() }
        let options = BuildOptions(documents: [.poster], formats: [.pdf], printer: engine)
        let result = try await offTheTaskPool {
            SiteBuild(settings: ["\(folder)/sites"], out: "\(folder)/out", options: options).run()
        }
        #expect(result.succeeded, "\(result.diagnostics.map(\.message))")
        #expect(result.written == (try Self.pagesOfAnHTMLBuild(folder, documents: [.poster])))
        #expect(engine.browserLaunches >= 2)
    }

    @Test func aBrowserKilledMidBuildIsAClearErrorAndLeavesThePreviousFilesUnchanged() async throws {
        let folder = try Self.sites()
        let out = "\(folder)/out"
        // A first build, whose files must survive the failed one.
        let first = SiteBuild(settings: ["\(folder)/sites"], out: out, options: BuildOptions(documents: [.poster, .handbook], formats: [.html])).run()
        #expect(first.succeeded)
        let before = try Self.snapshot(out)
        #expect(!before.isEmpty && before.count == first.written)

        let engine = try Self.engine()
        defer { engine.finish() }
        var build = SiteBuild(settings: ["\(folder)/sites"], out: out,
                              options: BuildOptions(documents: [.poster, .handbook], formats: [.html, .pdf], printer: engine))
        // Once the first site is printed, the browser and its helpers go, as if it crashed.
        build.progress = { step in
            if step.sitesDone == 1, let pid = engine.browserProcessID { killpg(pid, SIGKILL) }
        }
        let killing = build
        let result = try await offTheTaskPool { killing.run() }
        #expect(!result.succeeded)
        let errors = result.diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first, "no error reported")
        #expect(error.message.hasPrefix("cannot print "), "\(error.message)")
        #expect(error.message.contains(".pdf"), "the error names the document: \(error.message)")
        #expect(error.message.contains("with chromium: the browser stopped unexpectedly (ended by signal 9)"), "\(error.message)")
        #expect(error.path?.hasSuffix(".yaml") == true, "the error names the site: \(String(describing: error.path))")
        // Nothing half-written: the earlier files as they were, and no PDF at all.
        #expect(try Self.snapshot(out) == before)
    }

    @Test func aBrowserThatHangsIsStoppedAtTheTimeLimitWithAnErrorNamingTheDocument() async throws {
        let folder = try PrintTools.temporaryFolder("hung-browser")
        // A "browser" that starts and then never answers.
        let program = "\(folder)/chromium"
        _ = FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\nexec sleep 60\n".utf8), attributes: [.posixPermissions: 0o755])
        let engine = ChromiumEngine(executable: program, timeLimitSeconds: 1)
        defer { engine.finish() }
        let policy = try PDFOutputTests.policy(PDFOutputTests.minimal)
        let options = BuildOptions(documents: [.card], formats: [.pdf], printer: engine)
        let (outcome, seconds) = try await offTheTaskPool {
            // Timed where the build runs: the test may wait for a thread before that.
            let started = Date()
            let outcome = Result { try DocumentBuilder().build(for: policy, options: options) }
            return (outcome, Date().timeIntervalSince(started))
        }
        do {
            _ = try outcome.get()
            Issue.record("expected the hung browser to fail the build")
        } catch let error as DiagnosticList {
            #expect(error.diagnostics.map(\.message) == [
                "cannot print card.pdf with chromium: the browser did not start: the browser did not answer Browser.getVersion within 1 seconds",
            ])
        }
        #expect(seconds < 20)
    }

    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)")) }
        }
        return files
    }
}
