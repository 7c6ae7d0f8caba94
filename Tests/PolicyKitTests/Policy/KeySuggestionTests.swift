import Testing
@testable import PolicyKit

@Suite struct KeySuggestionTests {
    @Test func suggestsAKeyOneSlipAway() {
        let keys = SettingsDecoder.sectionKeys
        #expect(KeySuggestion.nearest(to: "organsation", in: keys) == "organisation")
        #expect(KeySuggestion.nearest(to: "organization", in: keys) == "organisation")
        #expect(KeySuggestion.nearest(to: "staff-rights", in: keys) == "staff_rights")
        #expect(KeySuggestion.nearest(to: "Premises", in: keys) == "premises")
        #expect(KeySuggestion.nearest(to: "vistis", in: keys) == "visits")
    }

    @Test func suggestsNothingForAnUnrelatedWord() {
        #expect(KeySuggestion.nearest(to: "colour", in: SettingsDecoder.sectionKeys) == nil)
        #expect(KeySuggestion.nearest(to: "x", in: SettingsDecoder.sectionKeys) == nil)
    }
}
