import Foundation
import Testing
@testable import PolicyKit

/// `policykit diff` as a user or CI runs it: the summary, the formats and diff(1)'s exit codes.
@Suite struct DiffCommandTests {
    typealias Folder = SettingsInheritanceTests.Folder

    static let settings = minimal(plus: """
        reporting:
          incident_report_hours: 48
          notify: [Manager on duty, Executive Director]

        """)
    static let changed = settings.replacingOccurrences(of: "48", with: "24")
        .replacingOccurrences(of: "\"1.0\"", with: "\"1.1\"")

    @Test func unchangedSettingsExitZero() throws {
        let folder = try Folder()
        try folder.write("old.yaml", Self.settings)
        try folder.write("new.yaml", Self.settings.replacingOccurrences(of: "2026-01-15", with: "2026-02-01"))
        let result = try CommandLineRunner.run(["diff", "old.yaml", "new.yaml"], in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "No changes to the policy.\n")
    }

    @Test func changedSettingsExitOne() throws {
        let folder = try Folder()
        try folder.write("old.yaml", Self.settings)
        try folder.write("new.yaml", Self.changed)
        let result = try CommandLineRunner.run(["diff", "old.yaml", "new.yaml"], in: folder.path)
        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("Reporting\n"))
        #expect(result.output.contains("- Incident reports are now due within 24 hours (was 48 hours).\n"))
        #expect(result.error.isEmpty)
    }

    @Test func formatsMarkdownAndHTML() throws {
        let folder = try Folder()
        try folder.write("old.yaml", Self.settings)
        try folder.write("new.yaml", Self.changed)
        let markdown = try CommandLineRunner.run(["diff", "old.yaml", "new.yaml", "--format", "md"], in: folder.path)
        #expect(markdown.status == 1)
        #expect(markdown.output == "## Reporting\n\n- Incident reports are now due within 24 hours \\(was 48 hours\\).\n")
        let html = try CommandLineRunner.run(["diff", "old.yaml", "new.yaml", "--format", "html"], in: folder.path)
        #expect(html.status == 1)
        #expect(html.output == "<h2>Reporting</h2>\n<ul>\n<li>Incident reports are now due within 24 hours (was 48 hours).</li>\n</ul>\n")
    }

    @Test func writingTheSameValuesAnotherWayIsNoChange() throws {
        let folder = try Folder()
        try folder.write("old.yaml", Self.settings)
        try folder.write("new.yaml", """
            # Reviewed by the board, no change in substance.
            reporting: {notify: ["Manager on duty", 'Executive Director'], incident_report_hours: 48}
            policy:
                effective_date:   2026-01-15
                version: '1.0'
            organisation:
                jurisdiction: "CA"    # Canada
                name: >-
                  Harbourview Community
                  Services
            """)
        let result = try CommandLineRunner.run(["diff", "old.yaml", "new.yaml"], in: folder.path)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output == "No changes to the policy.\n")
    }

    @Test func invalidSettingsOrUsageExitTwo() throws {
        let folder = try Folder()
        try folder.write("old.yaml", Self.settings)
        try folder.write("bad.yaml", Self.settings.replacingOccurrences(of: "2026-01-15", with: "2026-02-30"))
        let invalid = try CommandLineRunner.run(["diff", "old.yaml", "bad.yaml"], in: folder.path)
        #expect(invalid.status == 2)
        #expect(invalid.firstErrorLine == "bad.yaml:6:19: error: '2026-02-30' is not a valid date (YYYY-MM-DD)")
        #expect(invalid.output.isEmpty)
        let missing = try CommandLineRunner.run(["diff", "old.yaml", "gone.yaml"], in: folder.path)
        #expect(missing.status == 2)
        #expect(try CommandLineRunner.run(["diff", "old.yaml"], in: folder.path).status == 2)
        #expect(try CommandLineRunner.run(["diff", "old.yaml", "old.yaml", "--format", "pdf"], in: folder.path).status == 2)
    }

    @Test func aBaseFileChangeReachesTheSitesThatExtendIt() throws {
        let folder = try Folder()
        try folder.write("old/base.yaml", Self.settings)
        try folder.write("old/sites/east.yaml", "extends: ../base.yaml\norganisation:\n  name: Harbourview East\n")
        try folder.write("new/base.yaml", Self.changed)
        try folder.write("new/sites/east.yaml", "extends: ../base.yaml\norganisation:\n  name: Harbourview East\n")
        let result = try CommandLineRunner.run(["diff", "old/sites/east.yaml", "new/sites/east.yaml"], in: folder.path)
        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("Incident reports are now due within 24 hours (was 48 hours)."))
    }
}

/// `policykit diff --since REV`: the old version read from git, in a repository made for the test.
@Suite struct DiffSinceTests {
    typealias Folder = SettingsInheritanceTests.Folder

    /// A git repository in a fresh folder.
    final class Repository {
        let folder: Folder
        let git: String
        var path: String { folder.path }

        init() throws {
            folder = try Folder()
            git = try OutsideProgram.require("git", installedBy: "git")
            try run("init", "-q", ".")
        }

        func run(_ arguments: String...) throws {
            try OutsideProgram.run(git, ["-C", path, "-c", "user.name=Policy Tests", "-c", "user.email=tests@example.org",
                                         "-c", "commit.gpgsign=false"] + arguments)
        }

        func commit(_ files: [String: String], message: String = "Settings.") throws {
            for (name, text) in files { try folder.write(name, text) }
            try run("add", "-A")
            try run("commit", "-q", "-m", message)
        }
    }

    @Test func comparesWithTheCommittedVersion() throws {
        let repository = try Repository()
        try repository.commit(["settings.yaml": DiffCommandTests.settings])
        let same = try CommandLineRunner.run(["diff", "--since", "HEAD", "settings.yaml"], in: repository.path)
        #expect(same.status == 0, "\(same.error)")
        #expect(same.output == "No changes to the policy.\n")

        try repository.folder.write("settings.yaml", DiffCommandTests.changed)
        let changed = try CommandLineRunner.run(["diff", "--since", "HEAD", "settings.yaml"], in: repository.path)
        #expect(changed.status == 1, "\(changed.error)")
        #expect(changed.output.contains("- Incident reports are now due within 24 hours (was 48 hours).\n"))
    }

    @Test func aFileNewInHead() throws {
        let repository = try Repository()
        try repository.commit(["README": "Policies.\n"])
        try repository.commit(["settings.yaml": DiffCommandTests.settings])
        let now = try CommandLineRunner.run(["diff", "--since", "HEAD", "settings.yaml"], in: repository.path)
        #expect(now.status == 0, "\(now.error)")
        let before = try CommandLineRunner.run(["diff", "--since", "HEAD~1", "settings.yaml"], in: repository.path)
        #expect(before.status == 2)
        #expect(before.firstErrorLine == "error: 'settings.yaml' did not exist at 'HEAD~1'")
    }

    @Test func aBadRevisionOrNoRepositoryOrNoGit() throws {
        let repository = try Repository()
        try repository.commit(["settings.yaml": DiffCommandTests.settings])
        let bad = try CommandLineRunner.run(["diff", "--since", "no-such-branch", "settings.yaml"], in: repository.path)
        #expect(bad.status == 2)
        #expect(bad.firstErrorLine == "error: 'no-such-branch' is not a revision of the git repository of 'settings.yaml'")
        let option = try CommandLineRunner.run(["diff", "--since=--output=x", "settings.yaml"], in: repository.path)
        #expect(option.status == 2)
        #expect(option.firstErrorLine == "error: '--output=x' is not a git revision")

        let outside = try Folder()
        try outside.write("settings.yaml", DiffCommandTests.settings)
        let noRepository = try CommandLineRunner.run(["diff", "--since", "HEAD", "settings.yaml"], in: outside.path)
        #expect(noRepository.status == 2)
        #expect(noRepository.firstErrorLine == "error: 'settings.yaml' is not in a git repository, so it has no version at 'HEAD'")
    }

    @Test func withoutGitTheErrorSaysSo() throws {
        let history = GitHistory(revision: "HEAD", searchPath: "/nonexistent")
        guard case .failure(let error) = history.contents(of: "settings.yaml", limit: 100) else {
            Issue.record("read a file without git")
            return
        }
        #expect(error.message == "git is not installed (or not on PATH); install git to compare with 'HEAD'")
    }

    @Test func aBaseFileChangeReachesTheSitesThatExtendIt() throws {
        let repository = try Repository()
        let site = "extends: ../base.yaml\norganisation:\n  name: Harbourview East\n"
        try repository.commit(["base.yaml": DiffCommandTests.settings, "sites/east.yaml": site, "sites/west.yaml": site])
        try repository.folder.write("base.yaml", DiffCommandTests.changed)
        let result = try CommandLineRunner.run(["diff", "--since", "HEAD", "sites/east.yaml", "sites/west.yaml"], in: repository.path)
        #expect(result.status == 1, "\(result.error)")
        #expect(result.output == """
            sites/east.yaml:
            Reporting
            ---------

            - Incident reports are now due within 24 hours (was 48 hours).
            sites/west.yaml:
            Reporting
            ---------

            - Incident reports are now due within 24 hours (was 48 hours).

            """)
    }
}
