import Foundation
import Testing

/// `policykit preview` in a real browser: headless Chromium, driven through Selenium by
/// Tests/PreviewBrowser/preview_browser.py, on a copy of the Harbourview example in a
/// temporary folder. The script edits, breaks, deletes and fixes the copy as a user would,
/// and sends the requests an attacker would over a raw socket; it reports what it saw.
@Suite(.serialized, .tags(.outsidePrograms, .chromium, .python), .leftOutOfQuickRuns)
struct PreviewBrowserTests {
    struct Report: Decodable {
        struct Page: Decodable { var title: String; var document: String }
        struct Shown: Decodable { var shown: Bool; var seconds: Double? }
        struct Broken: Decodable { var errors: String; var document: String }
        struct Fixed: Decodable { var shown: Bool; var errors: String }
        struct Deleted: Decodable {
            var errors: String
            var half_written_errors: String
            var recovered: Bool
            var errors_after: String
        }
        struct Hostile: Decodable {
            var document: String
            var document_elements: Int
            var errors: String
            var errors_elements: Int
        }
        struct Answer: Decodable { var status: Int; var leaked: Bool }
        struct Stopped: Decodable { var exit_signal: Int32; var still_listening: Bool }

        var first_page: Page
        var edit: Shown
        var broken: Broken
        var fixed: Fixed
        var deleted: Deleted
        var hostile: Hostile
        var traversal: [String: Answer]
        var document_status: Int
        var hosts: [String: Int]
        var stopped: Stopped
    }

    /// One run of the script, shared by the tests below.
    static let report: Result<Report, any Error> = Result {
        let python = try OutsideProgram.require("python3", installedBy: "the Debian package python3")
        _ = try OutsideProgram.require("chromedriver", installedBy: "the Debian package chromium-driver")
        _ = try PrintTools.requireFullChromium()
        do {
            try OutsideProgram.run(python, ["-c", "import selenium"])
        } catch {
            throw OutsideProgram.Missing(description: "the Python package selenium is missing: `scripts/install-dependencies --tests` installs it")
        }
        let policykit = try TestPackage.requirePolicykit().path
        let script = TestPackage.file("Tests/PreviewBrowser/preview_browser.py").path
        let output = try OutsideProgram.run(python, [script, policykit, TestPackage.file("Examples/harbourview-ca").path], timeLimit: 180)
        return try JSONDecoder().decode(Report.self, from: Data(output.utf8))
    }

    @Test func thePageShowsThePoster() throws {
        let page = try Self.report.get().first_page
        #expect(page.title.hasPrefix("Preview: "))
        #expect(page.document.contains("Respect here"))
        #expect(page.document.contains("Harbourview Community Services"))
    }

    @Test func anEditedValueAppearsWithoutReloadingByHand() throws {
        #expect(try Self.report.get().edit.shown)
    }

    @Test func aBrokenFileShowsTheLocatedErrorAboveTheLastGoodDocuments() throws {
        let broken = try Self.report.get().broken
        #expect(broken.errors.contains("put a space after ':': write 'name: Broken'"))
        #expect(broken.errors.contains("settings.yaml, line 6, column 7"))
        #expect(broken.errors.contains("  name:Broken\n      ^"))
        // The documents of the last good save stay in view.
        #expect(broken.document.contains("Harbourview Preview Test Office"))
    }

    @Test func aFixedFileRecovers() throws {
        let fixed = try Self.report.get().fixed
        #expect(fixed.shown)
        #expect(fixed.errors.isEmpty)
    }

    @Test func aDeletedOrHalfWrittenFileShowsTheErrorAndTheNextSaveRecovers() throws {
        let deleted = try Self.report.get().deleted
        #expect(deleted.errors.contains("no such file"))
        #expect(deleted.half_written_errors.contains("unterminated double-quoted string"))
        #expect(deleted.recovered)
        #expect(deleted.errors_after.isEmpty)
    }

    @Test func markupInTheSettingsShowsAsText() throws {
        let hostile = try Self.report.get().hostile
        #expect(hostile.document.contains("<img src=x onerror=alert(1)><script>alert(2)</script> & Co"))
        #expect(hostile.document_elements == 0)
        #expect(hostile.errors.contains("name:<script>alert(3)</script>"))
        #expect(hostile.errors_elements == 0)
    }

    @Test func pathTraversalGets404() throws {
        let report = try Self.report.get()
        #expect(report.document_status == 200)
        #expect(report.traversal.count >= 8)
        for (target, answer) in report.traversal {
            #expect(answer.status == 404, "\(target)")
            #expect(!answer.leaked, "\(target)")
        }
    }

    @Test func aWrongHostHeaderIsRefused() throws {
        let hosts = try Self.report.get().hosts
        for (host, status) in hosts {
            let local = host.hasPrefix("localhost:") || host.hasPrefix("[::1]:")
            #expect(status == (local ? 200 : 403), "\(host)")
        }
        #expect(hosts.keys.contains { $0.hasPrefix("evil.example:") })
    }

    /// `policykit preview` hands over to policykit-preview in the same process, so the
    /// signal that stops the program it started (Ctrl-C, or a script's kill) stops the server.
    @Test func stoppingThePreviewStopsItsServer() throws {
        let stopped = try Self.report.get().stopped
        #expect(stopped.exit_signal == SIGTERM)
        #expect(!stopped.still_listening)
    }
}
