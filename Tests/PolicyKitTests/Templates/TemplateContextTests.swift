import Testing
@testable import PolicyKit

@Suite struct TemplateContextTests {
    @Test func everyBuiltContextMatchesTheDeclaredShape() throws {
        for policy in [TemplateFixtures.defaultPolicy(), TemplateFixtures.fullPolicy()] {
            let context = try TemplateContext(policy: policy)
            #expect(TemplateContext.shape.mismatches(of: context.value).isEmpty)
        }
    }

    @Test func absentOptionalsAreFalseSoSectionsSkip() throws {
        let context = try TemplateContext(policy: TemplateFixtures.defaultPolicy())
        guard case .object(let root) = context.value, case .object(let contacts) = root["contacts"] else {
            Issue.record("context is not an object")
            return
        }
        #expect(contacts["security"] == .absent)
        #expect(root["has_security_contact"] == .flag(false))
        #expect((context.value.mustacheValue as? [String: Any])?["has_eap_contact"] as? Bool == false)
    }

    @Test func derivedWording() {
        #expect(TemplateContext.listed(["A"]) == "A")
        #expect(TemplateContext.listed(["A", "B", "C"]) == "A, B and C")
        #expect(TemplateContext.interval(minutes: 90) == "90 minutes")
        #expect(TemplateContext.interval(minutes: 120) == "2 hours")
        #expect(TemplateContext.every("1 hour") == "every hour")
        #expect(TemplateContext.every("12 months") == "every 12 months")
    }

    @Test func ladderEntriesKnowTheirPosition() throws {
        let context = try TemplateContext(policy: TemplateFixtures.defaultPolicy())
        guard case .object(let root) = context.value, case .object(let consequences) = root["consequences"],
              case .list(let ladder) = consequences["ladder"], case .object(let first) = ladder.first,
              case .object(let last) = ladder.last
        else {
            Issue.record("no ladder")
            return
        }
        #expect(first["is_first"] == .flag(true) && first["is_last"] == .flag(false) && first["position"] == .number(1))
        #expect(last["is_last"] == .flag(true) && last["position"] == .number(ladder.count))
    }
}
