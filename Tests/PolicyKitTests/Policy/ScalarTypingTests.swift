import Foundation
import Testing
@testable import PolicyKit

/// The schema, not the look of a value, decides its type.
@Suite struct ScalarTypingTests {
    @Test func wordsThatLookBooleanStayTextWhereTextIsWanted() throws {
        let policy = try #require(load("""
            organisation:
              name: no
              jurisdiction: CA
              address: yes
            policy:
              version: 2.1
              effective_date: 2026-01-15
              approved_by: off

            """).policy)
        #expect(policy.organisation.name == "no")
        #expect(policy.organisation.address == "yes")
        #expect(policy.metadata.version == "2.1")
        #expect(policy.metadata.approvedBy == "off")
    }

    @Test func numbersThatLookNumericKeepTheirDigits() throws {
        let policy = try #require(load(minimalSettings.replacingOccurrences(of: "version: \"1.0\"", with: "version: 2.10") + """
            emergency:
              emergency_number: 000
              crisis_line: 13 11 14
              crisis_line_name: Lifeline

            """).policy)
        #expect(policy.metadata.version == "2.10")
        #expect(policy.emergency.emergencyNumber == "000")
        #expect(policy.emergency.crisisLine == "13 11 14")
    }

    @Test func blockTextLosesOnlyItsFinalLineBreak() throws {
        let policy = try #require(load(minimal(plus: """
            complaints:
              how: >
                Ask at reception
                or write to us.

            """)).policy)
        #expect(policy.complaints.how == "Ask at reception or write to us.")
    }
}
