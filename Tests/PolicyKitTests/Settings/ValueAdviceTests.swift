import Testing
@testable import PolicyKit

/// The slips people make most when typing a value are reported where they are,
/// with what to type instead.
struct ValueAdviceTests {
    func errors(_ text: String) -> [String] { ParserTestSupport.errors(text) }

    @Test func aMissingSpaceAfterAColonIsReportedAtItsOwnLine() {
        #expect(errors("organisation:\n  name:Riverside\n  jurisdiction: CA\n") == [
            "2:7: put a space after ':': write 'name: Riverside'",
        ])
        #expect(errors("organisation:\n  jurisdiction: CA\n  name:Riverside\n  website: https://example.org\n") == [
            "3:7: put a space after ':': write 'name: Riverside'",
        ])
        #expect(errors("name:Riverside Family Support\nversion: 2\n") == [
            "1:5: put a space after ':': write 'name: Riverside Family Support'",
        ])
    }

    @Test func aWebAddressIsNotTakenForAKey() {
        #expect(errors("website: https://example.org\n  more: x\n") == [
            "2:7: unexpected ':'; a mapping key must fit on one line and a nested mapping must start on a new line",
        ])
    }

    @Test func aValueContainingColonSpaceIsToBeQuoted() {
        #expect(errors("how: Note: bring ID\n") == [
            "1:10: a ':' followed by a space cannot be part of unquoted text; put the whole text in double quotes: \"Note: bring ID\"",
        ])
        #expect(errors("a:\n  how: Say \"hi\": then wait  \n") == [
            "2:16: a ':' followed by a space cannot be part of unquoted text; put the whole text in double quotes: \"Say \\\"hi\\\": then wait\"",
        ])
    }

    @Test func curlyQuotesAroundTextAreToBeStraight() {
        #expect(errors("how: “Note: bring ID”\n") == [
            "1:6: use straight quotes (\") around text, not curly quotes: \"Note: bring ID\"",
        ])
        #expect(errors("how: ‘Note: bring ID’\n") == [
            "1:6: use straight quotes (\") around text, not curly quotes: \"Note: bring ID\"",
        ])
    }

    @Test func anApostropheInsideSingleQuotesIsToBeDoubleQuoted() {
        #expect(errors("name: 'Margaret O'Brien'\n") == [
            "1:18: use double quotes around text that contains an apostrophe: \"Margaret O'Brien\"",
        ])
        #expect(errors("staff:\n  - 'Margaret O'Brien'\n") == [
            "2:16: use double quotes around text that contains an apostrophe: \"Margaret O'Brien\"",
        ])
    }

    @Test func aNoBreakSpaceAfterAColonIsNamed() {
        #expect(errors("name:\u{A0}Riverside\nversion: 2\n") == [
            "1:6: replace the special space after ':' with an ordinary space",
        ])
        #expect(errors("version: 2\nname:\u{A0}Riverside\n") == [
            "2:6: replace the special space after ':' with an ordinary space",
        ])
    }
}
