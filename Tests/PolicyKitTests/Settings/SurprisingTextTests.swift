import Testing
@testable import PolicyKit

/// Text that YAML reads legally but not as it was most likely meant loads as YAML
/// says, with a warning at the place that says how to write what was meant.
struct SurprisingTextTests {
    func warnings(_ text: String) throws -> [String] {
        let root = try ParserTestSupport.parse(text)
        return SurprisingText.warnings(in: root).map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test func textAfterSpaceHashIsReadAsACommentWithAWarning() throws {
        let result = load("""
            organisation:
              name: Riverside Family Support #1
              jurisdiction: CA
            policy:
              version: "1.0"
              effective_date: 2026-01-15

            """)
        #expect(result.policy?.organisation.name.text(in: "en", primary: "en") == "Riverside Family Support")
        #expect(located(result) == [
            "2:34: warning: '#1' and what follows on this line are read as a comment and left out; to keep them, put the whole text in double quotes: \"Riverside Family Support #1\"",
        ])
    }

    @Test func anOrdinaryCommentAfterAValueGivesNoWarning() throws {
        #expect(try warnings("name: Riverside  # the main office\ncode: \"#1\"\nnote: a#b\n") == [])
    }

    @Test func aDashLineFoldedIntoTheItemAboveGivesAWarning() throws {
        let result = load(minimal(plus: """
            client_rights:
              - To be treated with respect
                - To privacy

            """))
        #expect(located(result) == [
            "9:5: warning: this line starts with '- ' but is read as more of the text above, not as a new item; if it is a new item, line up its '-' with the '-' above",
        ])
        #expect(try warnings("how: Stop\n  - Call the police\n") == [
            "2:3: this line starts with '- ' but is read as more of the text above, not as a new item; to make a list, start it on the line after the key, one '- ' item a line",
        ])
    }

    @Test func curlyQuotesAroundAValueGiveAWarning() throws {
        #expect(try warnings("name: “Riverside”\nmotto: ‘Safe’\nnote: “Safe” is our word\n") == [
            "1:7: this text is in curly quotes (“ ”), which are printed as part of it; use straight quotes (\") around text",
            "2:8: this text is in curly quotes (“ ”), which are printed as part of it; use straight quotes (\") around text",
        ])
    }
}
