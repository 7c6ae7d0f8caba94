import Foundation
import Testing
@testable import PolicyKit

@Suite struct ValidationTests {
    @Test func anUnknownKeySuggestsTheNearestKnownKey() {
        let result = load("""
            organsation:
              name: Harbourview
              jurisdiction: CA
            policy:
              version: "1"
              effective_date: 2026-01-15

            """)
        #expect(result.policy == nil)
        #expect(located(result) == [
            "1:1: error: unknown key 'organsation'; did you mean 'organisation'?",
            "1:1: error: missing required section 'organisation'",
        ])
    }

    @Test func anUnknownKeyFarFromAnyKnownKeyListsTheAllowedKeys() {
        let result = load(minimal(plus: """
            premises:
              parking: true

            """))
        #expect(located(result) == [
            "8:3: error: unknown key 'parking' in 'premises'; the keys allowed here are: duress_alarms, security_guard, reception_check_in, barriers, cctv, interview_room_layout, quiet_room",
        ])
    }

    @Test func aNestedTypoIsCaughtWithItsSuggestion() {
        let result = load(minimal(plus: """
            visits:
              check_in_interval_minute: 30

            """))
        #expect(located(result) == ["8:3: error: unknown key 'check_in_interval_minute'; did you mean 'check_in_interval_minutes'?"])
    }

    @Test func aWrongTypeNamesWhatWasExpectedAndWhatWasFound() {
        let result = load(minimal(plus: """
            staff_rights:
              safety: first

            """))
        #expect(located(result) == ["8:3: error: expected a list of text for 'staff_rights', found a mapping"])
    }

    @Test func aMissingRequiredValueIsReportedAtItsSection() {
        let result = load("""
            organisation:
              jurisdiction: CA
            policy:
              effective_date: 2026-01-15

            """)
        #expect(located(result) == [
            "1:1: error: missing 'name' in 'organisation'",
            "3:1: error: missing 'version' in 'policy'",
        ])
    }

    @Test func aMissingSectionIsReportedAtTheStartOfTheFile() {
        let result = load("""
            organisation:
              name: Harbourview
              jurisdiction: CA

            """)
        #expect(located(result) == ["1:1: error: missing required section 'policy'"])
    }

    @Test func anEmptyFileSaysWhatItNeeds() {
        let result = load("# nothing yet\n")
        #expect(located(result) == ["1:1: error: the settings file is empty; it needs at least 'organisation' and 'policy'"])
    }

    @Test func aKeyWithoutAValueIsReportedAtTheKey() {
        let result = load("""
            organisation:
              name:
              jurisdiction: CA
            policy:
              version: "1"
              effective_date: 2026-01-15

            """)
        #expect(located(result) == ["2:3: error: 'name' needs a value"])
    }

    @Test func anImpossibleDateIsRejected() {
        let result = load("""
            organisation:
              name: Harbourview
              jurisdiction: CA
            policy:
              version: "1"
              effective_date: 2026-02-30

            """)
        #expect(located(result) == ["6:19: error: '2026-02-30' is not a valid date (YYYY-MM-DD)"])
    }

    @Test func aDateInAnotherFormatIsRejected() {
        let result = load(minimalSettings.replacingOccurrences(of: "2026-01-15", with: "15/01/2026"))
        #expect(located(result) == ["6:19: error: '15/01/2026' is not a valid date (YYYY-MM-DD)"])
    }

    @Test func theNextReviewMustComeAfterTheEffectiveDate() {
        let result = load(minimalSettings + "  next_review: 2026-01-01\n")
        #expect(located(result) == ["7:16: error: 'next_review' (2026-01-01) must be after 'effective_date' (2026-01-15)"])
    }

    @Test func aReviewDateAlreadyPastIsOnlyAWarning() {
        let result = load(minimalSettings + "  next_review: 2026-06-01\n", today: CalendarDate(year: 2026, month: 6, day: 2)!)
        #expect(result.policy != nil)
        #expect(located(result) == ["7:16: warning: the review date 2026-06-01 has passed; review the policy and set a new 'next_review'"])
    }

    @Test func aReviewDueTodayIsNotYetPast() {
        let result = load(minimalSettings + "  next_review: 2026-06-01\n", today: CalendarDate(year: 2026, month: 6, day: 1)!)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aLadderLevelUsedTwiceIsAnError() {
        let result = load(minimal(plus: """
            consequences:
              ladder:
                - level: 1
                  trigger: Shouting
                  response: A reminder
                  decided_by: The worker
                - level: 1
                  trigger: Threats
                  response: A written warning
                  decided_by: A manager

            """))
        #expect(result.policy == nil)
        #expect(located(result) == ["13:14: error: ladder level 1 is used twice (first on line 9); each level must appear once"])
    }

    @Test func ladderLevelsMustGoUp() {
        let result = load(minimal(plus: """
            consequences:
              - level: 2
                trigger: Threats
                response: A written warning
                decided_by: A manager
              - level: 1
                trigger: Shouting
                response: A reminder
                decided_by: The worker

            """))
        #expect(located(result) == ["12:12: error: ladder levels must go up in order: level 1 comes after level 2"])
    }

    @Test func anEmptyLadderIsRejected() {
        let result = load(minimal(plus: "consequences: []\n"))
        #expect(located(result) == ["7:15: error: 'consequences' cannot be an empty list; give at least one item or leave the key out to use the defaults"])
    }

    @Test func aLadderStepMissingItsDeciderIsReportedAtTheStep() {
        let result = load(minimal(plus: """
            consequences:
              - level: 1
                trigger: Shouting
                response: A reminder

            """))
        #expect(located(result) == ["8:5: error: missing 'decided_by' in step 1 of 'consequences'"])
    }

    @Test func aWebsiteMustBeAWebAddress() {
        let result = load("""
            organisation:
              name: Harbourview
              jurisdiction: CA
              website: ftp://example.org
            policy:
              version: "1"
              effective_date: 2026-01-15

            """)
        #expect(located(result) == ["4:12: error: 'website' must be a web address, such as www.example.org or https://www.example.org, found 'ftp://example.org'"])
    }

    @Test func onlyTheYAMLCoreBooleansAreAccepted() throws {
        let result = load(minimal(plus: """
            premises:
              cctv: yes
              barriers: True
              quiet_room: FALSE

            """))
        #expect(located(result) == ["8:9: error: expected true or false for 'cctv', found 'yes'"])
        let accepted = try #require(load(minimal(plus: "premises:\n  barriers: True\n  quiet_room: FALSE\n")).policy)
        #expect(accepted.premises.barriers)
        #expect(!accepted.premises.quietRoom)
    }

    @Test func aQuotedTrueIsTextNotABoolean() {
        let result = load(minimal(plus: "premises:\n  cctv: \"true\"\n"))
        #expect(located(result) == ["8:9: error: expected true or false for 'cctv', found 'true'"])
    }

    @Test func wholeNumbersMustBeWholeAndPositive() {
        let result = load(minimal(plus: """
            reporting:
              incident_report_hours: 24h
            training:
              refresher_months: 0

            """))
        #expect(located(result) == [
            "8:26: error: expected a whole number for 'incident_report_hours', found '24h'",
            "10:21: error: 'refresher_months' must be at least 1, found 0",
        ])
    }

    @Test func anUnknownJurisdictionListsTheChoices() {
        let result = load(minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: GB"))
        #expect(located(result) == ["3:17: error: unknown jurisdiction 'GB' (use UK for the United Kingdom); use one of: CA, US, AU, UK (or the country's name, such as Australia)"])
    }

    @Test func aCustomCrisisLineNeedsItsName() {
        let result = load(minimal(plus: "emergency:\n  crisis_line: 1-833-456-4566\n"))
        #expect(located(result) == ["8:3: error: add 'crisis_line_name' to say what '1-833-456-4566' is called"])
    }

    @Test func everyProblemIsReportedInOnePass() {
        let result = load("""
            organisation:
              name: Harbourview
              jurisdiction: XX
            policy:
              version: "1"
              effective_date: 2026-13-01
            premises:
              cctv: maybe
            training:
              topics: []

            """)
        #expect(located(result) == [
            "3:17: error: unknown jurisdiction 'XX'; use one of: CA, US, AU, UK (or the country's name, such as Australia)",
            "6:19: error: '2026-13-01' is not a valid date (YYYY-MM-DD)",
            "8:9: error: expected true or false for 'cctv', found 'maybe'",
            "10:11: error: 'topics' cannot be an empty list; give at least one item or leave the key out to use the defaults",
        ])
    }

    @Test func reportingStopsAfterFiftyErrors() {
        let many = (1...60).map { "  cctv\($0): true" }.joined(separator: "\n")
        let result = load(minimal(plus: "premises:\n\(many)\n"))
        #expect(result.errors.count == 51)
        #expect(result.errors.last?.message == "too many errors; stopped after 50")
    }

    @Test func diagnosticsCarryTheFilePath() {
        let result = load(minimal(plus: "visits: yes\n"))
        #expect(result.diagnostics.map(\.path) == ["settings.yaml"])
        #expect(located(result) == ["7:9: error: expected a mapping for 'visits', found 'yes'"])
    }
}

@Suite struct MisplacedKeyTests {
    @Test func aSectionKeyWrittenAtTheTopIsPointedToItsSection() {
        let result = load(minimal(plus: "cctv: true\n"))
        #expect(located(result) == ["7:1: error: 'cctv' belongs inside 'premises'; indent it under 'premises:'"])
    }

    @Test func aBlankListItemIsNamedByItsPosition() {
        let result = load(minimal(plus: "staff_rights:\n  - You may leave.\n  - \"  \"\n"))
        #expect(located(result) == ["9:5: error: item 2 of 'staff_rights' is blank"])
    }
}

@Suite struct ConsistencyWarningTests {
    @Test func aGuardWithoutASecurityContactIsAWarning() {
        let result = load(minimal(plus: "premises:\n  security_guard: true\n"))
        #expect(result.policy != nil)
        #expect(located(result) == ["8:19: warning: 'security_guard' is true but 'contacts' has no 'security' entry; add one so staff know how to reach the guard"])
    }

    @Test func aGuardWithASecurityContactIsFine() {
        let result = load(minimal(plus: "contacts:\n  security:\n    phone: ext. 555\npremises:\n  security_guard: true\n"))
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct ShapeTests {
    @Test func aSectionOfTheWrongKindIsReportedOnce() {
        let result = load("organisation: Harbourview\npolicy:\n  version: \"1\"\n  effective_date: 2026-01-15\n")
        #expect(located(result) == ["1:15: error: expected a mapping for 'organisation', found 'Harbourview'"])
    }

    @Test func aFileThatIsAListIsNotSettings() {
        let result = load("- organisation\n- policy\n")
        #expect(located(result) == ["1:1: error: expected a mapping for the settings, found a list"])
    }

    @Test func anEmptySectionMeansTheDefaults() throws {
        let policy = try #require(load(minimal(plus: "premises:\nvisits:\n")).policy)
        #expect(policy.premises == StaffDefaults.premises)
        #expect(policy.visits == StaffDefaults.visits)
    }

    @Test func parseErrorsComeBackAsDiagnostics() {
        let result = load("organisation:\n  name: &a Harbourview\n")
        #expect(result.policy == nil)
        #expect(result.errors.count >= 1)
        #expect(result.errors.first?.location?.line == 2)
    }
}

@Suite struct DiagnosticOrderTests {
    @Test func problemsAreListedInFileOrder() {
        let result = load("""
            organisation:
              name: Harbourview
              jurisdiction: CA
            policy:
              version: "1"
              effective_date: 2026-01-15
            contacts:
              other:
                - name: Bob
            emergency:
              other_numbers:
                - name: Poison control

            """)
        #expect(located(result) == [
            "9:7: error: missing 'title' in item 1 of 'other'",
            "12:7: error: missing 'number' in item 1 of 'other_numbers'",
        ])
    }
}
