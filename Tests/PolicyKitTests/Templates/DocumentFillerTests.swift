import Testing
@testable import PolicyKit

@Suite struct DocumentFillerTests {
    let filler: DocumentFiller

    init() throws {
        filler = try DocumentFiller()
    }

    /// The document's Markdown as a build writes it: forms as task lists and pipe tables.
    private func fill(_ kind: DocumentKind, _ policy: Policy) throws -> String {
        FormMarkdown.replacingForms(in: try filler.markdown(for: kind, policy: policy))
    }

    // The changes document shows the policy's values only through its summary of changes:
    // ChangesDocumentTests checks those.
    @Test(arguments: DocumentKind.standard)
    func hostileValuesKeepTheDocumentStructureAndShowLiterally(_ kind: DocumentKind) throws {
        let hostile = [
            "<script>alert('x')</script>",
            "<b>bold</b> & &amp; text",
            "*star* _under_ `tick` # hash > quote ! bang | pipe",
            "{{organisation.name}} {{{x}}} {{#a}}",
            "[x](javascript:alert(1))",
            "- 1. + list\nsecond line\n\n# heading",
            "<https://evil.example>",
        ]
        for base in [TemplateFixtures.defaultPolicy(), TemplateFixtures.fullPolicy()] {
            let harmless = try fill(kind, TemplateFixtures.withEveryText(base) { "Value \($0)z" })
            let harmlessText = TemplateFixtures.visibleText(of: harmless)
            let shown = (1...200).filter { harmlessText.contains("Value \($0)z") }
            // The acknowledgement shows only the organisation, the version and who approved it.
            #expect(shown.count >= (kind == .acknowledgement ? 2 : 4), "\(shown)")
            for value in hostile {
                let policy = TemplateFixtures.withEveryText(base) { "\(value) \($0)z" }
                let filled = try fill(kind, policy)
                #expect(TemplateFixtures.structure(of: filled) == TemplateFixtures.structure(of: harmless), "\(value)")
                let types = TemplateFixtures.nodeTypes(of: filled)
                #expect(!types.contains("html_inline") && !types.contains("html_block") && !types.contains("link"))
                let literal = MarkdownEscaper.normalisedText(value)
                let text = TemplateFixtures.visibleText(of: filled)
                for n in shown {
                    #expect(text.contains("\(literal) \(n)z"), "\(value) \(n)")
                }
            }
        }
    }

    @Test func everyDocumentShowsTheOrganisationAndVersion() throws {
        for kind in DocumentKind.allCases {
            let text = TemplateFixtures.visibleText(of: try fill(kind, TemplateFixtures.defaultPolicy()))
            #expect(text.contains("Harbourview Community Services"), "\(kind)")
        }
    }

    @Test func aMeasureTheOrganisationLacksIsNeverMentioned() throws {
        var policy = TemplateFixtures.fullPolicy()
        policy.premises.securityGuard = false
        policy.premises.duressAlarms = false
        policy.premises.cctv = false
        for kind in DocumentKind.allCases {
            let text = try fill(kind, policy).lowercased()
            #expect(!text.contains("guard"), "\(kind)")
            #expect(!text.contains("duress"), "\(kind)")
            #expect(!text.contains("cctv"), "\(kind)")
        }
        policy.premises.securityGuard = true
        #expect(try fill(.handbook, policy).contains("security guard"))
        #expect(try fill(.checklist, policy).contains("security guard"))
    }

    @Test func noHomeVisitsMeansNoVisitSection() throws {
        var policy = TemplateFixtures.defaultPolicy()
        #expect(try fill(.handbook, policy).contains("## 6. Safe practice\n"))
        #expect(try fill(.handbook, policy).contains("### Home and field visits"))
        #expect(try fill(.card, policy).contains("## Home and field visits"))
        policy.visits.homeVisits = false
        for kind in DocumentKind.allCases {
            let text = try fill(kind, policy).lowercased()
            #expect(!text.contains("home and field visits"), "\(kind)")
            #expect(!text.contains("itinerary"), "\(kind)")
            #expect(!text.contains("check out"), "\(kind)")
        }
    }

    @Test func noSecurityContactMeansNoSecuritySentences() throws {
        var policy = TemplateFixtures.fullPolicy()
        #expect(try fill(.card, policy).contains("Building security"))
        policy.contacts.security = nil
        for kind in DocumentKind.allCases {
            #expect(!(try fill(kind, policy)).contains("Building security"), "\(kind)")
        }
    }

    @Test func deadlinesAndIntervalsAreTheOrganisationsOwn() throws {
        var policy = TemplateFixtures.defaultPolicy()
        policy.reporting.incidentReportHours = 48
        policy.visits.checkInIntervalMinutes = 30
        policy.training.refresherMonths = 1
        let handbook = try fill(.handbook, policy)
        #expect(handbook.contains("within 48 hours"))
        #expect(!handbook.contains("24 hours"))
        #expect(handbook.contains("no more than 30 minutes may pass"))
        #expect(handbook.contains("A refresher is due every month."))
        #expect(try fill(.card, policy).contains("at least every 30 minutes"))
        policy.visits.checkInIntervalMinutes = 60
        #expect(try fill(.card, policy).contains("at least every hour"))
        policy.reporting.incidentReportHours = 1
        #expect(try fill(.handbook, policy).contains("within 1 hour**"))
    }

    @Test func ladderStepsAppearInOrderWithTheirDetails() throws {
        var policy = TemplateFixtures.defaultPolicy()
        policy.consequences.ladder = [
            ConsequenceLevel(level: 1, trigger: "Trigger one", response: "Response one", decidedBy: "Worker"),
            ConsequenceLevel(level: 5, trigger: "Trigger two", response: "Response two", decidedBy: "Manager", duration: "Two weeks"),
            ConsequenceLevel(level: 9, trigger: "Trigger three", response: "Response three", decidedBy: "Board", review: "After a month"),
        ]
        let handbook = try fill(.handbook, policy)
        let positions = ["Response one", "Trigger one", "Response two", "Two weeks", "Response three", "After a month"]
            .map { handbook.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(handbook.contains("1. **Response one**\n    - When: Trigger one\n    - Decided by: Worker\n2. **Response two**"))
        policy.consequences.seriousIncidentsSkipSteps = false
        #expect(!(try fill(.handbook, policy)).contains("straight to a later step"))
    }

    @Test func theHandbookCoversEverySectionStaffNeed() throws {
        let handbook = try fill(.handbook, TemplateFixtures.fullPolicy())
        for heading in ["Purpose, scope and commitment", "Definitions", "What we expect of clients", "Your rights as a worker",
                        "Risk assessment", "Safe practice", "De-escalation", "Hostile-client procedure", "Reporting",
                        "Consequences for clients", "Support after an incident", "Training", "Review"] {
            #expect(handbook.contains(heading), "\(heading)")
        }
        for step in ["**L**isten", "**O**ffer reflective comments", "**W**ait", "**L**ook", "**I**ncline", "**N**od", "**E**xpress empathy"] {
            #expect(handbook.contains(step), "\(step)")
        }
        #expect(handbook.contains("Never tell an upset person to \"calm down\"."))
        #expect(handbook.contains("**It is not your fault.**"))
        #expect(handbook.contains("**Approved by:** Board of Directors"))
        #expect(handbook.contains("**15 January 2026** (version 2.1): Added the home-visit check-in rule."))
        #expect(handbook.contains("**Next review:** 15 January 2027"))
    }

    @Test func optionalValuesLeftOutLeaveNoTrace() throws {
        let handbook = try fill(.handbook, TemplateFixtures.defaultPolicy())
        #expect(!handbook.contains("Approved by"))
        #expect(!handbook.contains("Next review"))
        #expect(!handbook.contains("Change log"))
        #expect(!handbook.contains("()"))
        #expect(!handbook.contains("false"))
    }

    @Test func theCardHasTheProcedureAsNumberedStepsAndTheNumbers() throws {
        let card = try fill(.card, TemplateFixtures.fullPolicy())
        let structure = TemplateFixtures.structure(of: card)
        #expect(structure.contains(" list ordered"))
        #expect(card.contains("3. **Call the police on 9-1-1**"))
        #expect(card.contains("## In an emergency\n\n> Police, fire or ambulance: **9-1-1**\n>\n> 9-8-8 Suicide Crisis Helpline: **9-8-8**\n>\n> Poison Control: **1-800-268-9017**\n"))
        #expect(card.contains("- **Executive Director**, Dana Levesque: ext. 200"))
    }

    @Test func thePosterHasAHeadlineFiveBehavioursAndTheEmergencyNumberInAPanel() throws {
        for jurisdiction in Jurisdiction.allCases {
            let numbers = jurisdiction.defaultEmergencyNumbers
            let poster = try fill(.poster, TemplateFixtures.defaultPolicy(jurisdiction))
            #expect(poster.contains("\n# Respect here\n"))
            #expect(poster.contains("> In danger? Call\n> **\(numbers.emergencyNumber)**\n"))
            // The emergency panel: one block quote holding one paragraph, the number strong
            // (the stylesheet sets it on a line of its own, in large type).
            let structure = TemplateFixtures.structure(of: poster)
            #expect(structure.filter { $0 == " block_quote" }.count == 1)
            #expect(poster.contains("Version 2.1, in use from 15 January 2026"))
        }
        let poster = try fill(.poster, TemplateFixtures.defaultPolicy())
        // Without `on_poster`, the first five behaviours in the settings' order, without examples.
        let shown = ClientDefaults.notAccepted.prefix(5).map { "- \(MarkdownEscaper.escape($0.behaviour.en))\n" }.joined()
        #expect(poster.contains("These are not OK here, at any time:\n\n" + shown + "\n"))
        for behaviour in ClientDefaults.notAccepted.dropFirst(5) {
            #expect(!poster.contains(MarkdownEscaper.escape(behaviour.behaviour.en)))
        }
    }

    @Test func theChecklistHasATickBoxForEveryMeasureInPlace() throws {
        var policy = TemplateFixtures.fullPolicy()
        let all = try fill(.checklist, policy)
        policy.premises.quietRoom = false
        let fewer = try fill(.checklist, policy)
        // One table row per item, each with its yes and no boxes.
        let items = { (markdown: String) in markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("| ☐ Yes ☐ No |") }.count }
        #expect(items(all) > 15)
        #expect(items(all) == items(fewer) + 1)
        #expect(all.contains("quiet room") && !fewer.contains("quiet room"))
    }

    @Test func fillingIsDeterministic() throws {
        let policy = TemplateFixtures.fullPolicy()
        for kind in DocumentKind.allCases {
            #expect(try filler.markdown(for: kind, policy: policy) == (try DocumentFiller().markdown(for: kind, policy: policy)))
        }
    }

    @Test func aBlankRequiredValueIsRefused() throws {
        var policy = TemplateFixtures.defaultPolicy()
        policy.complaints.contact = " \u{0}\n "
        #expect {
            try fill(.poster, policy)
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message.contains("complaints.contact") == true
        }
    }

    @Test func aLanguageWithoutTemplatesIsRefused() throws {
        let englishOnly = try DocumentFiller(templates: TemplateSet(sources: TemplateSet.builtIn.sources.filter { $0.key.hasPrefix("en/") }))
        #expect(throws: DiagnosticList.self) { try englishOnly.markdown(for: .poster, policy: TemplateFixtures.defaultPolicy(), language: .french) }
    }

    @Test func aDocumentThatStillHoldsATemplateTagIsRefusedWithItsLine() throws {
        var sources = TemplateSet.builtIn.sources
        // Each piece is harmless alone; together they leave a tag-like "{{" in the document.
        sources["en/partials/brace.md"] = "{"
        sources["en/card.md"] = "# Card\n\nSee {{> partials/brace}}{ here.\n"
        let filler = try DocumentFiller(templates: TemplateSet(sources: sources))
        #expect {
            try filler.markdown(for: .card, policy: TemplateFixtures.defaultPolicy())
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.map(\.message) == ["the filled quick-reference card still contains '{{' at line 3"]
        }
    }

    @Test func titlesNameTheDocumentAndOrganisation() {
        #expect(filler.title(for: .handbook, policy: TemplateFixtures.defaultPolicy()) == "Staff Safety Handbook — Harbourview Community Services")
    }
}
