import Foundation
import Testing
@testable import PolicyKit

/// The example organisations shipped in Examples/ must always pass `policykit check`.
@Suite struct ExampleSettingsTests {
    static let examplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    static func load(_ name: String) -> LoadResult {
        let path = examplesFolder.appendingPathComponent(name).appendingPathComponent("settings.yaml").path
        return SettingsLoader.loadFile(atPath: path, today: testToday)
    }

    @Test(arguments: ["harbourview-ca", "riverbend-au", "northgate-uk", "lakeside-us"])
    func everyExamplePassesCheck(name: String) {
        let result = Self.load(name)
        #expect(located(result) == [])
        #expect(result.policy != nil)
    }

    @Test func theExamplesDifferWhereTheDocumentsDiffer() throws {
        let canada = try #require(Self.load("harbourview-ca").policy)
        let australia = try #require(Self.load("riverbend-au").policy)
        let uk = try #require(Self.load("northgate-uk").policy)
        let us = try #require(Self.load("lakeside-us").policy)
        #expect(us.emergency.emergencyNumber == "911" && us.emergency.crisisLine == "988")
        #expect(us.premises.securityGuard && us.reporting.policeOnThreat && us.primaryLanguage.isAmerican)
        #expect(canada.premises.securityGuard && canada.contacts.security != nil && canada.visits.homeVisits)
        #expect(!australia.premises.securityGuard && australia.contacts.security == nil && !australia.visits.homeVisits)
        #expect(!uk.premises.securityGuard && uk.visits.homeVisits)
        #expect(canada.emergency.emergencyNumber == "9-1-1" && canada.emergency.crisisLine == "9-8-8")
        #expect(australia.emergency.emergencyNumber == "000" && australia.emergency.crisisLine == "13 11 14")
        #expect(uk.emergency.emergencyNumber == "999" && uk.emergency.crisisLine == "111")
        #expect(uk.metadata.version == "3.0")
        #expect(australia.consequences.ladder.count == 3)
    }
}
