import Testing
@testable import PolicyKit

/// A role renamed in `contacts` is called by its new name in every document.
struct RenamedRoleTests {
    @Test func aDirectorCalledCEOIsCalledSoInTheHandbook() throws {
        let policy = try #require(load(minimal(plus: "contacts:\n  director:\n    title: CEO\n")).policy)
        #expect(policy.consequences.ladder.last?.decidedBy.text(in: "en", primary: "en") == "CEO")
        let handbook = try DocumentFiller().markdown(for: .handbook, policy: policy)
        #expect(handbook.contains("CEO"))
        #expect(!handbook.lowercased().contains("director"))
    }

    @Test func theDefaultDirectorKeepsTheBuiltInWording() throws {
        let policy = try #require(load(minimalSettings).policy)
        #expect(policy.consequences.ladder.last?.decidedBy.text(in: "en", primary: "en") == "The director")
    }

    @Test func aLadderWrittenInTheSettingsIsKeptAsWritten() throws {
        let policy = try #require(load(minimal(plus: """
            contacts:
              director:
                title: CEO
            consequences:
              - level: 1
                trigger: Threats
                response: Service by phone only
                decided_by: The director

            """)).policy)
        #expect(policy.consequences.ladder.map { $0.decidedBy.text(in: "en", primary: "en") } == ["The director"])
    }
}
