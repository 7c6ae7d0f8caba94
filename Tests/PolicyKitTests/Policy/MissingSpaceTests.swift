import Testing
@testable import PolicyKit

/// A key and value written without the space after ':' is one piece of text to
/// YAML; where a mapping belongs, the message says where the space goes.
struct MissingSpaceInMappingTests {
    @Test func aLoneKeyWithoutSpaceWhereAMappingBelongsIsExplained() {
        let result = load("""
            organisation:
              name:Riverside Family Support
            policy:
              version: "1"
              effective_date: 2026-01-15

            """)
        #expect(located(result) == [
            "2:3: error: expected a mapping for 'organisation', found 'name:Riverside Family Support'; put a space after the ':' in 'name:Riverside'",
        ])
    }
}
