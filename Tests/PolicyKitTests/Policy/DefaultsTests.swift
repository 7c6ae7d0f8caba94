import Foundation
import Testing
@testable import PolicyKit

@Suite struct DefaultsTests {
    @Test func aMinimalFileYieldsACompletePolicyFromTheDefaults() throws {
        let result = load(minimalSettings)
        #expect(result.diagnostics.isEmpty)
        let policy = try #require(result.policy)
        #expect(policy.organisation.name == "Harbourview Community Services")
        #expect(policy.metadata.version == "1.0")
        #expect(policy.metadata.effectiveDate == CalendarDate(year: 2026, month: 1, day: 15))
        #expect(policy.metadata.nextReview == nil)
        #expect(policy.clientExpectations.acceptable == ClientDefaults.acceptable)
        #expect(policy.clientExpectations.notAccepted == ClientDefaults.notAccepted)
        #expect(policy.clientRights == ClientDefaults.rights)
        #expect(policy.complaints == ClientDefaults.complaints)
        #expect(policy.staffRights == StaffDefaults.rights)
        #expect(policy.premises == StaffDefaults.premises)
        #expect(policy.visits == StaffDefaults.visits)
        #expect(policy.consequences.ladder == ConsequenceDefaults.ladder)
        #expect(policy.consequences.review == ConsequenceDefaults.review)
        #expect(policy.consequences.seriousIncidentsSkipSteps)
        #expect(policy.reporting.notify == [StaffDefaults.managerOnDuty.title, StaffDefaults.director.title])
        #expect(policy.reporting.incidentReportHours == 24)
        #expect(policy.reporting.policeOnThreat)
        #expect(policy.contacts.security == nil)
        #expect(policy.contacts.eap == nil)
        #expect(policy.support.eap == false)
        #expect(policy.support.debrief)
        #expect(policy.training.topics == StaffDefaults.trainingTopics)
        #expect(policy.training.refresherMonths == 12)
        #expect(policy.languages == [.english])
    }

    @Test func defaultBehavioursCoverEveryKindThePosterMustName() {
        let names = ClientDefaults.notAccepted.map { $0.behaviour.en.lowercased() }
        for topic in ["shouting", "threats", "intimidation", "physical", "damage", "weapons", "harassment", "isolate", "recording"] {
            #expect(names.contains { $0.contains(topic) }, "no default behaviour about \(topic)")
        }
        #expect(ClientDefaults.notAccepted.allSatisfy { !$0.examples.isEmpty })
    }

    @Test func defaultStaffRightsCoverSafetyLeavingRefusingReportingAndPrivacy() {
        let text = StaffDefaults.rights.map(\.en).joined(separator: " ").lowercased()
        for phrase in ["safety comes first", "end any conversation", "refuse", "without fear of reprisal", "debrief", "support", "social media", "near your home"] {
            #expect(text.contains(phrase), "staff rights do not mention \(phrase)")
        }
    }

    @Test func theDefaultLadderClimbsFromAReminderToASuspension() {
        let ladder = ConsequenceDefaults.ladder
        #expect(ladder.map(\.level) == [1, 2, 3, 4])
        #expect(ladder[0].response.en.lowercased().contains("verbal reminder"))
        #expect(ladder[1].response.en.lowercased().contains("written warning"))
        #expect(ladder[2].response.en.lowercased().contains("two staff"))
        #expect(ladder[3].response.en.lowercased().contains("suspension"))
    }

    @Test(arguments: [
        ("CA", "9-1-1", "9-8-8", "9-8-8 Suicide Crisis Helpline"),
        ("US", "911", "988", "988 Suicide & Crisis Lifeline"),
        ("AU", "000", "13 11 14", "Lifeline"),
        ("UK", "999", "111", "NHS 111"),
    ])
    func emergencyNumbersDefaultByJurisdiction(code: String, emergency: String, crisis: String, name: String) throws {
        let text = minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: \(code)")
        let policy = try #require(load(text).policy)
        #expect(policy.emergency.emergencyNumber == emergency)
        #expect(policy.emergency.crisisLine == crisis)
        #expect(policy.emergency.crisisLineName.en == name)
    }

    @Test func givenListsReplaceTheDefaultsAndAlsoNotAcceptedAddsToThem() throws {
        let policy = try #require(load(minimal(plus: """
            staff_rights:
              - You may leave.
            client_expectations:
              also_not_accepted:
                - behaviour: Smoking indoors
                  examples:
                    - lighting a cigarette in the waiting room
                - Bringing dogs other than assistance animals

            """)).policy)
        #expect(policy.staffRights == ["You may leave."])
        #expect(policy.clientExpectations.notAccepted.count == ClientDefaults.notAccepted.count + 2)
        #expect(policy.clientExpectations.notAccepted.last == NotAcceptedBehaviour(behaviour: "Bringing dogs other than assistance animals"))
        #expect(policy.clientExpectations.notAccepted[ClientDefaults.notAccepted.count].examples == ["lighting a cigarette in the waiting room"])
    }

    @Test func aPartialSectionKeepsTheDefaultsForTheKeysItLeavesOut() throws {
        let policy = try #require(load(minimal(plus: """
            premises:
              security_guard: true
            contacts:
              manager_on_duty:
                phone: ext. 201

            """)).policy)
        #expect(policy.premises.securityGuard)
        #expect(policy.premises.receptionCheckIn == StaffDefaults.premises.receptionCheckIn)
        #expect(policy.contacts.managerOnDuty == Contact(title: StaffDefaults.managerOnDuty.title, phone: "ext. 201"))
    }

    @Test func namingAnEapContactTurnsOnEapSupportUnlessSaidOtherwise() throws {
        let policy = try #require(load(minimal(plus: """
            contacts:
              eap:
                phone: 1-800-555-0100

            """)).policy)
        #expect(policy.contacts.eap == Contact(title: StaffDefaults.eapTitle, phone: "1-800-555-0100"))
        #expect(policy.support.eap)
    }

    @Test func theLadderMayBeGivenAsABareList() throws {
        let policy = try #require(load(minimal(plus: """
            consequences:
              - level: 1
                trigger: Shouting
                response: A reminder
                decided_by: The worker

            """)).policy)
        #expect(policy.consequences.ladder == [ConsequenceLevel(level: 1, trigger: "Shouting", response: "A reminder", decidedBy: "The worker")])
        #expect(policy.consequences.review == ConsequenceDefaults.review)
    }
}

/// The staff wording a French or Spanish handbook will print is ready in both languages.
@Suite struct StaffDefaultsLanguageTests {
    @Test func staffRightsAndTrainingTopicsAreInFrenchAndSpanish() {
        let texts = StaffDefaults.rights + StaffDefaults.trainingTopics
        for text in texts {
            #expect(text.translations["fr"] != nil && text.translations["es"] != nil, "\(text)")
        }
        for code in ["fr", "es"] {
            let all = texts.compactMap { $0.translations[code] }.joined(separator: " ")
            #expect(LanguageMeasures.englishFunctionWordShare(all) < 0.03, "\(code)")
        }
        // French puts a no-break space before a colon.
        for text in (StaffDefaults.rights + StaffDefaults.trainingTopics).compactMap({ $0.translations["fr"] }) {
            #expect(!text.contains(" :"), "\(text)")
        }
    }
}
