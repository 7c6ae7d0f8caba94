import Testing
@testable import PolicyKit

/// Roles beyond the fixed ones go in `contacts.other`, each with its own title; the
/// starter file shows one, and a role written as a key of its own is pointed there.
struct CustomRoleTests {
    @Test func aRoleWrittenAsItsOwnKeyIsPointedToOther() {
        let result = load(minimal(plus: "contacts:\n  privacy_officer:\n    title: Privacy officer\n"))
        #expect(located(result) == [
            "8:3: error: unknown key 'privacy_officer' in 'contacts'; the keys allowed here are: manager_on_duty, director, security, eap, other; to add another role, list it under 'other' with its own 'title'",
        ])
    }

    @Test func theStarterFileShowsAnotherRoleThatLoadsWhenUncommented() throws {
        let starter = StarterSettings.text(today: testToday)
        #expect(starter.contains("  # other:\n  #   - title: Privacy officer\n  #     email: privacy@example.org\n"))
        let uncommented = starter
            .replacingOccurrences(of: "  # other:\n", with: "  other:\n")
            .replacingOccurrences(of: "  #   - title: Privacy officer\n  #     email:", with: "    - title: Privacy officer\n      email:")
        let result = load(uncommented)
        #expect(located(result) == [])
        let role = try #require(result.policy?.contacts.other.first)
        #expect(role.title.text(in: "en", primary: "en") == "Privacy officer")
        #expect(role.email == "privacy@example.org")
    }
}
