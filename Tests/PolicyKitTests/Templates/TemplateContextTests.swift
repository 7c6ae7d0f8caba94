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
        #expect(root["has_eap_contact"] == .flag(false))
    }

    @Test func derivedWording() {
        let english = Language.english
        #expect(english.listed(["A"]) == "A")
        #expect(english.listed(["A", "B", "C"]) == "A, B and C")
        #expect(english.interval(minutes: 90) == "90 minutes")
        #expect(english.interval(minutes: 120) == "2 hours")
        #expect(english.every(minutes: 60) == "every hour")
        #expect(english.every(12, .month) == "every 12 months")
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

@Suite struct ContextReferenceTests {
    @Test func everyListedValueCanBeUsedAsTheReferenceSays() throws {
        let reference = TemplateContext.shape.reference()
        #expect(reference.contains { $0 == (name: "reporting.incident_report_hours", kind: "number") })
        #expect(reference.contains { $0 == (name: "contacts.security", kind: "optional group (false when left out)") })
        var template = ""
        for entry in reference where !entry.name.contains("[]") {
            var kind = entry.kind
            var enclosing: String? = nil
            if let range = kind.range(of: " (inside {{#") {
                enclosing = String(kind[range.upperBound...].dropLast(3))
                kind = String(kind[..<range.lowerBound])
            }
            var line: String
            switch kind {
            case "text", "number": line = "{{\(entry.name)}}"
            case "yes/no", "list", "group": line = "{{#\(entry.name)}}x{{/\(entry.name)}}"
            default: line = "{{#\(entry.name)}}{{\(entry.name)}}{{/\(entry.name)}}"
            }
            if kind == "optional group (false when left out)" { line = "{{#\(entry.name)}}x{{/\(entry.name)}}" }
            if let enclosing { line = "{{#\(enclosing)}}\(line){{/\(enclosing)}}" }
            template += line + "\n"
        }
        template += "{{#consequences.ladder}}{{trigger}}{{#duration}}{{duration}}{{/duration}}{{/consequences.ladder}}\n"
        var sources = builtInTemplateSources
        sources["en/card.md"] = template
        let filler = try DocumentFiller(templates: TemplateSet(sources: sources))
        _ = try filler.markdown(for: .card, policy: TemplateFixtures.fullPolicy())
    }
}
