import Foundation
import Testing

/// `policykit check --since REV`: the guard against a policy changed under the same version.
@Suite struct VersionGuardTests {
    static let settings = DiffCommandTests.settings

    /// The settings at version `version`, effective from `date`, with a change-log entry for it when `logged`.
    static func version(_ version: String, date: String, hours: Int, logged: Bool = false) -> String {
        var text = settings
            .replacingOccurrences(of: "\"1.0\"", with: "\"\(version)\"")
            .replacingOccurrences(of: "2026-01-15", with: date)
            .replacingOccurrences(of: "48", with: String(hours))
        if logged {
            text = text.replacingOccurrences(of: "reporting:", with: """
                  change_log:
                    - {date: \(date), version: "\(version)", summary: Incident reports are due sooner.}
                reporting:
                """)
        }
        return text
    }

    func committed() throws -> DiffSinceTests.Repository {
        let repository = try DiffSinceTests.Repository()
        try repository.commit(["settings.yaml": Self.settings])
        return repository
    }

    @Test func contentChangedUnderTheSameVersionIsAnErrorAtTheVersionLine() throws {
        let repository = try committed()
        try repository.folder.write("settings.yaml", Self.version("1.0", date: "2026-01-15", hours: 24))
        let result = try CommandLineRunner.run(["check", "--since", "HEAD", "settings.yaml"], in: repository.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine
            == "settings.yaml:5:3: error: the policy changed since 'HEAD' (1 change; see policykit diff --since HEAD) but its version is still '1.0'; give it a new version")
        #expect(result.error.contains("\n  version: \"1.0\"\n  ^\n"))
        #expect(result.output.isEmpty)
    }

    @Test func quietWhenContentAndVersionBothChanged() throws {
        let repository = try committed()
        try repository.folder.write("settings.yaml", Self.version("1.1", date: "2026-03-01", hours: 24, logged: true))
        let result = try CommandLineRunner.run(["check", "--since", "HEAD", "settings.yaml"], in: repository.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("settings.yaml: ok;"))
    }

    @Test func warnsWhenTheDateStayedOrTheChangeLogHasNoEntry() throws {
        let repository = try committed()
        try repository.folder.write("settings.yaml", Self.version("1.1", date: "2026-01-15", hours: 24))
        let result = try CommandLineRunner.run(["check", "--since", "HEAD", "settings.yaml"], in: repository.path)
        #expect(result.status == 0, "\(result.error)")
        let warnings = result.error.split(separator: "\n").filter { $0.hasPrefix("settings.yaml:") }
        #expect(warnings == [
            "settings.yaml:6:3: warning: the policy changed since 'HEAD' but its effective date is still 2026-01-15; set the date the new version applies from",
            "settings.yaml:4:1: warning: the change log has no entry for version '1.1'; add one that says what changed",
        ])
        #expect(result.output.hasPrefix("settings.yaml: ok (2 warnings);"))
    }

    @Test func quietWhenNothingChangedOrTheFileIsNew() throws {
        let repository = try committed()
        try repository.folder.write("new.yaml", Self.settings)
        let result = try CommandLineRunner.run(["check", "--since", "HEAD", "settings.yaml", "new.yaml"], in: repository.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
    }

    @Test func aBadRevisionFailsTheCheck() throws {
        let repository = try committed()
        let result = try CommandLineRunner.run(["check", "--since", "v9", "settings.yaml"], in: repository.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine
            == "settings.yaml: error: cannot compare with the version at 'v9': 'v9' is not a revision of the git repository of 'settings.yaml'")
    }
}
