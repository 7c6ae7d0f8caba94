import Testing
@testable import PolicyKit

/// A contact may give an email address, which templates can name as `email`.
struct ContactEmailTests {
    @Test func contactsTakeAnEmail() throws {
        let result = load(minimal(plus: """
            contacts:
              director:
                name: Alex Smith
                email: alex.smith@harbourview.example
              other:
                - title: Privacy officer
                  email: privacy@harbourview.example

            """))
        #expect(located(result) == [])
        let contacts = try #require(result.policy?.contacts)
        #expect(contacts.director.email == "alex.smith@harbourview.example")
        #expect(contacts.other.first?.email == "privacy@harbourview.example")
        #expect(contacts.managerOnDuty.email == nil)

        let context = try TemplateContext(policy: try #require(result.policy))
        guard case .object(let root) = context.value, case .object(let all) = root["contacts"],
              case .object(let director) = all["director"], case .object(let manager) = all["manager_on_duty"] else {
            Issue.record("no contacts in the template context")
            return
        }
        #expect(director["email"] == .text("alex.smith@harbourview.example"))
        #expect(manager["email"] == .absent)

        let card = try DocumentFiller().markdown(for: .card, policy: try #require(result.policy))
        #expect(card.contains("Alex Smith (alex.smith@harbourview.example)"))
    }

    @Test func anEmailMustBeOneAddress() {
        let result = load(minimal(plus: """
            contacts:
              director:
                email: alex.smith at harbourview
              eap:
                email: a@example.org, b@example.org

            """))
        #expect(located(result) == [
            "9:12: error: 'email' must be one email address, such as name@example.org, found 'alex.smith at harbourview'",
            "11:12: error: 'email' must be one email address, such as name@example.org, found 'a@example.org, b@example.org'",
        ])
    }
}
