import Testing
@testable import PolicyKit

/// Web addresses as readers see them: typed without what browsers add, and left out when
/// text is measured as prose.
struct WebAddressTests {
    @Test func anAddressIsTypedWithoutHTTPSOrAClosingSlash() {
        #expect(WebAddress.typed("https://example.org/") == "example.org")
        #expect(WebAddress.typed("https://example.org/code") == "example.org/code")
        // A browser would not guess another scheme.
        #expect(WebAddress.typed("http://example.org/code") == "http://example.org/code")
    }

    @Test func addressesAreLeftOutOfProseWithThePunctuationAroundThem() {
        #expect(WebAddress.removingAddresses(from: "Read our full code: example.org/code.") == "Read our full code: .")
        #expect(WebAddress.removingAddresses(from: "See https://example.org/a?b=1&c=2, or write to help@example.org")
            == "See , or write to ")
        #expect(WebAddress.removingAddresses(from: "(humanservices.lakeside.example.org)") == "()")
    }

    @Test func anAddressTouchingOtherTextIsFoundToo() {
        #expect(WebAddress.removingAddresses(from: "阅读完整守则：harbourview.example.org") == "阅读完整守则：")
        // The isolates around an address in Arabic stay: they are not the address.
        #expect(WebAddress.removingAddresses(from: "كاملة: \u{2066}harbourview.example.org\u{2069}") == "كاملة: \u{2066}\u{2069}")
    }

    @Test func abbreviationsNumbersAndWordsAreNotAddresses() {
        let prose = "Staff, e.g. the manager on duty, follow steps 2.1 and 2.2 (U.S. rules) at 9:30. It's people's right."
        #expect(WebAddress.removingAddresses(from: prose) == prose)
    }
}
