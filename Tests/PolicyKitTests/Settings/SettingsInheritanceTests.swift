import Foundation
import Testing
@testable import PolicyKit

/// `extends: PATH`: a site's settings laid over a shared base file.
@Suite struct SettingsInheritanceTests {
    /// A fresh folder of settings files, removed when the test ends.
    final class Folder {
        let path: String

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("inherit-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// Writes `text` to `name` (which may include subfolders) and returns its path.
        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = path + "/" + name
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }

        func load(_ name: String, bases: SettingsBaseCache = SettingsBaseCache()) -> LoadResult {
            SettingsLoader.loadFile(atPath: path + "/" + name, today: testToday, bases: bases)
        }

        /// Each diagnostic as "file:line:column: severity: message", file relative to the folder.
        func located(_ result: LoadResult) -> [String] {
            result.diagnostics.map { diagnostic in
                var file = diagnostic.path ?? ""
                if file.hasPrefix(path + "/") { file.removeFirst(path.count + 1) }
                let place = diagnostic.location.map { ":\($0.line):\($0.column)" } ?? ""
                return "\(file)\(place): \(diagnostic.severity.rawValue): \(diagnostic.message)"
            }
        }
    }

    static let base = """
        organisation:
          name: Northside Family Services
          jurisdiction: CA
          phone: 555-0100
          address: 1 Main Street
        policy:
          version: "3.1"
          effective_date: 2026-01-15
        staff_rights:
          - To stop any meeting that feels unsafe
          - To be told about a known risk before a visit

        """

    @Test func aSiteOverridesSomeKeysAndInheritsTheRest() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base)
        try folder.write("site.yaml", """
            extends: base.yaml
            organisation:
              name: Northside East Office
            policy:
              version: "3.2"

            """)
        let policy = try #require(folder.load("site.yaml").policy)
        #expect(policy.organisation.name == "Northside East Office")
        #expect(policy.organisation.jurisdiction == .canada)
        #expect(policy.organisation.phone == "555-0100")
        #expect(policy.metadata.version == "3.2")
        #expect(policy.metadata.effectiveDate == CalendarDate(year: 2026, month: 1, day: 15))
    }

    @Test func aListInTheSiteReplacesTheBaseListWhole() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base)
        try folder.write("site.yaml", """
            extends: base.yaml
            staff_rights:
              - To work with a colleague on any home visit

            """)
        let policy = try #require(folder.load("site.yaml").policy)
        #expect(policy.staffRights == ["To work with a colleague on any home visit"])
    }

    @Test func anEmptyValueRemovesTheInheritedOneSoTheDefaultApplies() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base)
        try folder.write("site.yaml", """
            extends: base.yaml
            organisation:
              phone: ~
              address: null
            staff_rights:

            """)
        let result = folder.load("site.yaml")
        #expect(result.diagnostics.isEmpty)
        let policy = try #require(result.policy)
        #expect(policy.organisation.phone == nil)
        #expect(policy.organisation.address == nil)
        #expect(policy.organisation.name == "Northside Family Services")
        #expect(policy.staffRights == StaffDefaults.rights)
    }

    @Test func removingARequiredValueIsReportedWhereItWasRemoved() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base)
        try folder.write("site.yaml", """
            extends: base.yaml
            organisation:
              name:

            """)
        let result = folder.load("site.yaml")
        #expect(result.policy == nil)
        #expect(folder.located(result) == ["site.yaml:3:3: error: 'name' needs a value"])
    }

    @Test func aSectionCanBeRemovedWhole() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base + """
            visits:
              check_in_interval_minutes: 45

            """)
        try folder.write("site.yaml", "extends: base.yaml\nvisits: ~\n")
        let withBase = try #require(folder.load("base.yaml").policy)
        let site = try #require(folder.load("site.yaml").policy)
        let plain = try #require(load(minimalSettings).policy)
        #expect(withBase.visits != plain.visits)
        #expect(site.visits == plain.visits)
    }

    @Test func basesChainAndTheNearestValueWins() throws {
        let folder = try Folder()
        try folder.write("bases/root.yaml", Self.base)
        try folder.write("bases/region.yaml", """
            extends: root.yaml
            organisation:
              phone: 555-0200
              address: 9 Region Road

            """)
        try folder.write("sites/east.yaml", """
            extends: ../bases/region.yaml
            organisation:
              address: 4 East Lane

            """)
        let policy = try #require(folder.load("sites/east.yaml").policy)
        #expect(policy.organisation.name == "Northside Family Services")
        #expect(policy.organisation.phone == "555-0200")
        #expect(policy.organisation.address == "4 East Lane")
    }

    @Test func aLoopOfBasesIsReportedAtTheExtendsThatClosesIt() throws {
        let folder = try Folder()
        try folder.write("a.yaml", "extends: b.yaml\n")
        try folder.write("b.yaml", "extends: a.yaml\n")
        let result = folder.load("a.yaml")
        #expect(result.policy == nil)
        #expect(folder.located(result) == [
            "b.yaml:1:10: error: settings files extend each other in a loop (a.yaml -> b.yaml -> a.yaml); one of them must stop extending the other",
            "a.yaml:1:10: error: the base settings file '\(folder.path)/b.yaml' has errors; fix them first",
        ])
    }

    @Test func aFileCannotExtendItself() throws {
        let folder = try Folder()
        try folder.write("site.yaml", "# shared\nextends: ./site.yaml\n")
        #expect(folder.located(folder.load("site.yaml")) == [
            "site.yaml:2:10: error: a settings file cannot extend itself",
        ])
    }

    @Test func aMissingBaseIsReportedAtThePathThatNamesIt() throws {
        let folder = try Folder()
        try folder.write("sites/site.yaml", "extends: ../common.yaml\n")
        let result = folder.load("sites/site.yaml")
        #expect(result.policy == nil)
        #expect(folder.located(result) == [
            "sites/site.yaml:1:10: error: cannot find the base settings file '../common.yaml' (looked for '\(folder.path)/common.yaml')",
        ])
    }

    @Test func anInvalidBaseIsReportedInTheBaseAndAtTheExtends() throws {
        let folder = try Folder()
        try folder.write("base.yaml", "organisation:\n  name: [unclosed\n")
        try folder.write("site.yaml", "extends: base.yaml\n")
        let result = folder.load("site.yaml")
        #expect(result.policy == nil)
        let lines = folder.located(result)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("base.yaml:") == true)
        #expect(lines.last == "site.yaml:1:10: error: the base settings file '\(folder.path)/base.yaml' has errors; fix them first")
        // Both files' text is there to show each diagnostic's source line.
        #expect(Set(result.sources.keys) == [folder.path + "/base.yaml", folder.path + "/site.yaml"])
    }

    @Test func aBaseMustHoldSettings() throws {
        let folder = try Folder()
        try folder.write("base.yaml", "- a list\n")
        try folder.write("site.yaml", "extends: base.yaml\n")
        let lines = folder.located(folder.load("site.yaml"))
        #expect(lines.first == "base.yaml:1:1: error: a base settings file must hold settings (key: value lines), found a list")
    }

    @Test func extendsNeedsAPath() throws {
        let folder = try Folder()
        try folder.write("empty.yaml", "extends:\n")
        try folder.write("list.yaml", "extends: [a.yaml, b.yaml]\n")
        #expect(folder.located(folder.load("empty.yaml")) == [
            "empty.yaml:1:1: error: 'extends' needs the path of a base settings file, found nothing",
        ])
        #expect(folder.located(folder.load("list.yaml")) == [
            "list.yaml:1:10: error: 'extends' needs the path of a base settings file, found a list",
        ])
    }

    @Test func eachDiagnosticPointsIntoTheFileWhereTheValueWasWritten() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base + """
            training:
              refresher_months: many

            """)
        try folder.write("site.yaml", """
            extends: base.yaml
            organisation:
              website: ftp://example.org

            """)
        let result = folder.load("site.yaml")
        #expect(result.policy == nil)
        let lines = folder.located(result)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("site.yaml:3:12: error: ") })
        #expect(lines.contains { $0.hasPrefix("base.yaml:13:21: error: ") })
        // The site's own problems come first, then the base's.
        #expect(lines.first?.hasPrefix("site.yaml") == true)
    }

    @Test func sitesSharingACacheReadTheBaseOnce() throws {
        let folder = try Folder()
        try folder.write("base.yaml", Self.base)
        try folder.write("one/site.yaml", "extends: ../base.yaml\n")
        try folder.write("two/site.yaml", "extends: ../base.yaml\n")
        let bases = SettingsBaseCache()
        #expect(folder.load("one/site.yaml", bases: bases).policy?.organisation.name == "Northside Family Services")
        // Changed on disk after the first read: the cached parse is what the second site gets.
        try folder.write("base.yaml", Self.base.replacingOccurrences(of: "Northside Family Services", with: "Changed"))
        #expect(folder.load("two/site.yaml", bases: bases).policy?.organisation.name == "Northside Family Services")
        #expect(folder.load("two/site.yaml").policy?.organisation.name == "Changed")
    }

    @Test func aBaseNeedNotBeCompleteOnItsOwn() throws {
        let folder = try Folder()
        try folder.write("base.yaml", "organisation:\n  jurisdiction: UK\n")
        try folder.write("site.yaml", """
            extends: base.yaml
            organisation:
              name: Leeds Outreach
            policy:
              version: "1"
              effective_date: 2026-02-01

            """)
        let result = folder.load("site.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.policy?.organisation.jurisdiction == .unitedKingdom)
    }
}
