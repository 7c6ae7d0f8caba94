import Testing
@testable import PolicyKit

/// The policy loaded from settings text; the test fails when the settings are invalid.
func policy(_ settings: String) throws -> Policy {
    let result = load(settings)
    #expect(!result.hasErrors, "\(located(result))")
    return try #require(result.policy)
}

/// Every sentence of the summary of what changed from `old` to `new`, in `language`.
func sentences(_ old: String, _ new: String, in language: Language = .english) throws -> [String] {
    PolicyDiff(from: try policy(old), to: try policy(new)).summary(in: language).flatMap(\.sentences)
}

let frenchSettings = minimal(plus: "languages: [fr, en]\n")

@Suite("The summary of what changed: one plain sentence per change")
struct PolicyDiffSentenceTests {
    @Test func theIncidentReportDeadline() throws {
        let old = minimal(plus: "reporting:\n  incident_report_hours: 48\n")
        let new = minimal(plus: "reporting:\n  incident_report_hours: 24\n")
        #expect(try sentences(old, new) == ["Incident reports are now due within 24 hours (was 48 hours)."])
        #expect(try sentences(old, new, in: .french)
            == ["Les rapports d'incident doivent désormais être remis dans les 24 heures (auparavant 48 heures)."])
    }

    @Test func aNewBehaviourThatIsNotAccepted() throws {
        let behaviours = { (extra: String) in minimal(plus: """
            languages: [en, fr]
            client_expectations:
              not_accepted:
                - {behaviour: {en: Threats, fr: Menaces}, examples: [{en: saying you will hurt someone, fr: dire que vous allez blesser quelqu'un}]}
            \(extra)
            """) }
        let old = behaviours("")
        let new = behaviours("    - {en: Recording staff without consent, fr: Filmer le personnel sans son accord}\n")
        #expect(try sentences(old, new) == ["New behaviour that is not accepted: Recording staff without consent."])
        #expect(try sentences(old, new, in: .french)
            == ["Nouveau comportement non accepté : Filmer le personnel sans son accord."])
    }

    @Test func aRemovedBehaviourAndItsExamples() throws {
        let old = minimal(plus: """
            client_expectations:
              not_accepted:
                - {behaviour: Threats, examples: [saying you will hurt someone]}
                - Spitting

            """)
        let new = minimal(plus: """
            client_expectations:
              not_accepted:
                - {behaviour: Threats, examples: [saying you will hurt someone, threatening messages]}

            """)
        #expect(try sentences(old, new) == [
            "No longer listed as not accepted: Spitting.",
            "New example of “Threats”: threatening messages.",
        ])
    }

    @Test func aStepOfTheConsequenceLadder() throws {
        let ladder = { (response: String) in minimal(plus: """
            consequences:
              ladder:
                - {level: 1, trigger: A first incident, response: A verbal reminder, decided_by: The worker}
                - {level: 3, trigger: Any threat, response: \(response), decided_by: The service manager}

            """) }
        let old = ladder("Conditions on service")
        let new = ladder("Appointments by phone only")
        #expect(try sentences(old, new)
            == ["Step 3 of the consequence ladder is now: Appointments by phone only (was: Conditions on service)."])
        #expect(try sentences(old, new, in: .french)
            == ["L'étape 3 de l'échelle des conséquences est désormais : Appointments by phone only (auparavant : Conditions on service)."])
    }

    @Test func addedAndRemovedSteps() throws {
        let old = minimal(plus: """
            consequences:
              ladder:
                - {level: 1, trigger: A first incident, response: A verbal reminder, decided_by: The worker}

            """)
        let new = minimal(plus: """
            consequences:
              ladder:
                - {level: 1, trigger: A first incident, response: A verbal reminder, decided_by: A manager}
                - {level: 2, trigger: Again, response: A written warning, decided_by: A manager}

            """)
        #expect(try sentences(old, new) == [
            "Step 1 of the consequence ladder is now decided by: A manager (was: The worker).",
            "New step 2 of the consequence ladder: A written warning.",
        ])
        #expect(try sentences(new, old).last == "Step 2 of the consequence ladder was removed (it was: A written warning).")
    }

    @Test func theCrisisLine() throws {
        let new = minimal(plus: "emergency:\n  crisis_line: 1-833-456-4566\n  crisis_line_name: Crisis line\n")
        let old = minimal(plus: "emergency:\n  crisis_line: 9-8-8\n  crisis_line_name: Crisis line\n")
        #expect(try sentences(new, old) == ["The crisis line is now 9-8-8 (was 1-833-456-4566)."])
        #expect(try sentences(new, old, in: .french) == ["La ligne de crise est désormais le 9-8-8 (auparavant le 1-833-456-4566)."])
    }

    @Test func premisesMeasures() throws {
        let old = minimal(plus: "premises:\n  security_guard: true\n")
        let new = minimal(plus: "premises:\n  security_guard: false\n")
        #expect(try sentences(old, new) == ["Premises: a security guard is no longer on site."])
        #expect(try sentences(new, old) == ["Premises: a security guard is now on site."])
        #expect(try sentences(old, new, in: .french) == ["Locaux : il n'y a plus d'agent de sécurité sur place."])
    }

    @Test func languages() throws {
        let new = minimal(plus: "languages: [en, es]\n")
        #expect(try sentences(minimalSettings, new) == ["Documents are now also made in Spanish."])
        #expect(try sentences(minimalSettings, new, in: .french) == ["Les documents sont désormais aussi rédigés en espagnol."])
        #expect(try sentences(new, minimalSettings) == ["Documents are no longer made in Spanish."])
        #expect(try sentences(minimalSettings, minimal(plus: "languages: [fr, en]\n")) == [
            "The primary language is now French (was English).",
            "Documents are now also made in French.",
        ])
    }

    @Test func thePaper() throws {
        #expect(try sentences(minimalSettings, minimal(plus: "documents:\n  paper: a4\n"))
            == ["The documents are now laid out for A4 paper (was Letter)."])
        // Letter is already what a Canadian agency prints on: nothing a document shows changes.
        #expect(try sentences(minimalSettings, minimal(plus: "documents:\n  paper: letter\n")) == [])
    }
}

@Suite("Lists are compared item by item")
struct PolicyDiffListTests {
    func rights(_ items: [String]) -> String {
        minimal(plus: "staff_rights:\n" + items.map { "  - \($0)\n" }.joined())
    }

    @Test func addedRemovedChangedAndReordered() throws {
        #expect(try sentences(rights(["A", "B"]), rights(["A", "B", "C"])) == ["New staff right: C."])
        #expect(try sentences(rights(["A", "B", "C"]), rights(["A", "C"])) == ["Staff right removed: B."])
        #expect(try sentences(rights(["A", "B", "C"]), rights(["A", "Bee", "C"])) == ["Staff right changed: “Bee” (was “B”)."])
        #expect(try sentences(rights(["A", "B", "C"]), rights(["C", "A", "B"])) == ["Staff rights are now in a different order."])
        #expect(try sentences(rights(["A", "B"]), rights(["A", "B", "A"])) == ["New staff right: A."])
        let numbers = minimal(plus: "emergency:\n  other_numbers:\n    - {name: Lifeline, number: 13 11 14}\n")
        #expect(try sentences(minimalSettings, numbers) == ["New phone number: Lifeline: 13 11 14."])
        #expect(try sentences(numbers, minimalSettings) == ["Phone number removed: Lifeline: 13 11 14."])
        #expect(try sentences(rights(["A", "B"]), rights(["A", "B", "C"]), in: .french) == ["Nouveau droit du personnel : C."])
        #expect(try sentences(rights(["A", "B", "C"]), rights(["A", "Bee", "C"]), in: .french)
            == ["Droit du personnel modifié : « Bee » (auparavant : « B »)."])
    }
}

@Suite("Text given per language is told once")
struct PolicyDiffTranslationTests {
    func complaints(_ en: String, _ fr: String) -> String {
        minimal(plus: "languages: [en, fr]\ncomplaints:\n  contact: {en: \(en), fr: \(fr)}\n")
    }

    @Test func inThePrimaryLanguageWithTranslationsUpdated() throws {
        #expect(try sentences(complaints("Intake worker", "Accueil"), complaints("Service manager", "Direction du service"))
            == ["The person who receives complaints is now Service manager (was Intake worker) (translations updated)."])
        #expect(try sentences(complaints("Intake worker", "Accueil"), complaints("Service manager", "Accueil"))
            == ["The person who receives complaints is now Service manager (was Intake worker)."])
    }

    @Test func aChangeToTheTranslationsAlone() throws {
        #expect(try sentences(complaints("Intake worker", "Accueil"), complaints("Intake worker", "Réception"))
            == ["The person who receives complaints: translations updated."])
    }

    @Test func theFrenchDocumentTellsTheFrenchText() throws {
        #expect(try sentences(complaints("Intake worker", "Accueil"), complaints("Service manager", "Direction du service"), in: .french)
            == ["Responsable des plaintes : désormais Direction du service (auparavant : Accueil) (traductions mises à jour)."])
    }
}

@Suite("What is not a change")
struct PolicyDiffExclusionTests {
    @Test func theVersionDatesAndChangeLog() throws {
        let new = """
            organisation:
              name: Harbourview Community Services
              jurisdiction: CA
            policy:
              version: "2.0"
              effective_date: 2026-02-01
              next_review: 2027-02-01
              change_log:
                - {date: 2026-02-01, version: "2.0", summary: Reviewed.}

            """
        let diff = PolicyDiff(from: try policy(minimalSettings), to: try policy(new))
        #expect(diff.isEmpty)
        #expect(diff.rendered(as: .text, in: .english) == "No changes to the policy.\n")
        #expect(diff.rendered(as: .markdown, in: .french) == "Aucun changement à la politique.\n")
    }

    @Test func theSameValuesWrittenAnotherWay() throws {
        let old = """
            # The agency
            organisation:
              name: Harbourview Community Services
              jurisdiction: CA
            policy:
              version: "1.0"
              effective_date: 2026-01-15
            reporting:
              incident_report_hours: 24
              notify: [Manager on duty, Executive Director]

            """
        let new = """
            policy: {effective_date: 2026-01-15, version: '1.0'}
            reporting:
                notify:
                    - "Manager on duty"
                    - Executive Director     # who is told
                incident_report_hours:    24
            organisation: {jurisdiction: "CA", name: 'Harbourview Community Services'}
            """
        #expect(PolicyDiff(from: try policy(old), to: try policy(new)).isEmpty)
    }
}

@Suite("The summary's formats")
struct PolicyDiffFormatTests {
    @Test func groupedBySectionInEveryFormat() throws {
        let old = minimal(plus: "premises:\n  security_guard: true\nreporting:\n  incident_report_hours: 48\n")
        let new = minimal(plus: "premises:\n  security_guard: false\nreporting:\n  incident_report_hours: 24\n")
        let diff = PolicyDiff(from: try policy(old), to: try policy(new))
        #expect(diff.count == 2)
        #expect(diff.summary(in: .english).map(\.heading) == ["Premises", "Reporting"])
        #expect(diff.rendered(as: .markdown, in: .english) == """
            ## Premises

            - Premises: a security guard is no longer on site.

            ## Reporting

            - Incident reports are now due within 24 hours \\(was 48 hours\\).

            """)
        let html = diff.rendered(as: .html, in: .english)
        #expect(html.contains("<h2>Reporting</h2>"))
        #expect(html.contains("<li>Incident reports are now due within 24 hours (was 48 hours).</li>"))
        let text = diff.rendered(as: .text, in: .english)
        #expect(text.contains("Reporting"))
        #expect(text.contains("Incident reports are now due within 24 hours (was 48 hours)."))
    }

    @Test func valuesAreEscapedInMarkdown() throws {
        let old = minimal(plus: "staff_rights:\n  - To debrief.\n")
        let new = old + "  - To *refuse* <b>unsafe</b> visits\n"
        let html = PolicyDiff(from: try policy(old), to: try policy(new)).rendered(as: .html, in: .english)
        #expect(html.contains("New staff right: To *refuse* &lt;b&gt;unsafe&lt;/b&gt; visits."))
    }
}

@Suite("Every value a document shows is compared")
struct PolicyDiffCoverageTests {
    @Test func everyTextValueChangedAloneIsToldWithItsNewValue() throws {
        let full = TemplateFixtures.fullPolicy()
        let base = TemplateFixtures.withEveryText(full) { "Value \($0)" }
        var compared = 0
        for k in 1...500 {
            let variant = TemplateFixtures.withEveryText(full) { $0 == k ? "Changed \($0)" : "Value \($0)" }
            if variant == base { break }
            compared += 1
            let sentences = PolicyDiff(from: base, to: variant).summary(in: .english).flatMap(\.sentences)
            if variant.metadata != base.metadata, variant.metadata.approvedBy == base.metadata.approvedBy {
                // The version and the change log say that the policy changed, not what changed.
                #expect(sentences.isEmpty, "value \(k): \(sentences)")
            } else {
                #expect(sentences.count == 1, "value \(k): \(sentences)")
                #expect(sentences.first?.contains("Changed \(k)") == true, "value \(k): \(sentences)")
            }
        }
        #expect(compared > 50)
    }

    @Test func spanishSentences() throws {
        let old = minimal(plus: "premises:\n  security_guard: true\nreporting:\n  incident_report_hours: 48\n")
        let new = minimal(plus: "premises:\n  security_guard: false\nreporting:\n  incident_report_hours: 24\nlanguages: [en, es]\n")
        #expect(try sentences(old, new, in: .spanish) == [
            "Instalaciones: ya no hay un guardia de seguridad en el lugar.",
            "Los informes de incidentes deben entregarse ahora en un plazo de 24 horas (antes, 48 horas).",
            "Los documentos ahora también se preparan en español.",
        ])
    }
}
