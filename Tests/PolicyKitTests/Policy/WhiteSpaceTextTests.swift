import Testing
@testable import PolicyKit

/// The quick answer from the first byte agrees with looking at every character.
@Suite struct WhiteSpaceTextTests {
    @Test(arguments: ["", " ", "\t\n", " \u{00A0}\u{2003}", "\u{3000}", "a", " a", "~", "\u{00A0}x", "é", "e\u{301}", "\u{7F}", "日本"])
    func agreesWithEveryCharacterBeingWhiteSpace(text: String) {
        #expect(text.isOnlyWhiteSpace == text.allSatisfy(\.isWhitespace))
    }
}
