import Testing
@testable import PolicyKit

/// Spellings and names people naturally write are read as the schema's own.
struct NaturalSpellingTests {
    @Test func organizationIsReadAsOrganisation() throws {
        let result = load(minimalSettings.replacingOccurrences(of: "organisation:", with: "organization:"))
        #expect(located(result) == [])
        let policy = try #require(result.policy)
        #expect(policy.organisation.name.text(in: "en", primary: "en") == "Harbourview Community Services")
    }

    @Test func bothSpellingsOfOneKeyAreAnError() {
        let result = load(minimal(plus: """
            organization:
              name: Riverside
              jurisdiction: AU

            """))
        #expect(result.policy == nil)
        #expect(located(result) == [
            "7:1: error: 'organization' and 'organisation' are the same key, written twice; keep one of them",
        ])
    }

    @Test func aSiteAndItsBaseMustSpellTheKeyAlike() throws {
        let folder = try SettingsInheritanceTests.Folder()
        try folder.write("base.yaml", SettingsInheritanceTests.base)
        try folder.write("site.yaml", "extends: base.yaml\norganization:\n  name: Northside East Office\n")
        #expect(folder.located(folder.load("site.yaml")) == [
            "site.yaml:2:1: error: 'organization' here and 'organisation' in the file it extends are the same key; spell it 'organisation' in both, so that this file's values are laid over the other's",
        ])
    }

    @Test func jurisdictionTakesCountryNamesAndAbbreviations() throws {
        let written: [(String, Jurisdiction)] = [
            ("Australia", .australia), ("canada", .canada), ("United Kingdom", .unitedKingdom),
            ("uk", .unitedKingdom), ("United States", .unitedStates), ("USA", .unitedStates),
            ("UNITED  STATES", .unitedStates), ("au", .australia),
        ]
        for (text, jurisdiction) in written {
            let result = load(minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: \(text)"))
            #expect(located(result) == [], "\(text)")
            #expect(result.policy?.organisation.jurisdiction == jurisdiction, "\(text)")
        }
        let unknown = load(minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: New Zealand"))
        #expect(located(unknown) == [
            "3:17: error: unknown jurisdiction 'New Zealand'; use one of: CA, US, AU, UK (or the country's name, such as Australia)",
        ])
    }

    @Test func aWebsiteWithoutSchemeGetsHTTPS() throws {
        let result = load(minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: CA\n  website: www.harbourview.example/help"))
        #expect(located(result) == [])
        #expect(result.policy?.organisation.website == "https://www.harbourview.example/help")
        let kept = load(minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: CA\n  website: http://harbourview.example"))
        #expect(kept.policy?.organisation.website == "http://harbourview.example")
        let wrong = load(minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: CA\n  website: harbourview"))
        #expect(located(wrong) == [
            "4:12: error: 'website' must be a web address, such as www.example.org or https://www.example.org, found 'harbourview'",
        ])
    }
}
