import Testing
@testable import PolicyKit

/// The caption under the poster's QR code: its address may break only after a dot or a
/// slash, so a narrow column never splits a word of it.
struct PosterCaptionTests {
    static let body = """
        <blockquote>
        <p>In danger? Call <strong>9-1-1</strong></p>
        </blockquote>
        <p>Read our full code: humanservices.lakeside.example.org/code</p>
        <p>Version 1.0, from humanservices.lakeside.example.org/code</p>

        """

    @Test func theCaptionsAddressIsABoxOfItsOwnThatMayBreakAfterEachDotAndSlash() {
        let marked = PosterCaption.withAddressBreaks(Self.body, address: "humanservices.lakeside.example.org/code")
        #expect(marked.contains("<p>Read our full code: <span class=\"address\">humanservices.<wbr>lakeside.<wbr>example.<wbr>org/<wbr>code</span></p>"))
        // Only in the caption: the same address elsewhere is left as written.
        #expect(marked.contains("<p>Version 1.0, from humanservices.lakeside.example.org/code</p>"))
    }

    @Test func anAddressEndingInADotGetsNoBreakAfterIt() {
        let body = "</blockquote>\n<p>See example.org.</p>\n"
        #expect(PosterCaption.withAddressBreaks(body, address: "example.org.") == "</blockquote>\n<p>See <span class=\"address\">example.<wbr>org.</span></p>\n")
    }

    @Test func anAddressIsFoundAsTheRendererEscapedIt() {
        let body = "</blockquote>\n<p>Read: example.org/?a=1&amp;b=2</p>\n"
        #expect(PosterCaption.withAddressBreaks(body, address: "example.org/?a=1&b=2")
            == "</blockquote>\n<p>Read: <span class=\"address\">example.<wbr>org/<wbr>?a=1&amp;b=2</span></p>\n")
    }

    @Test func aCaptionWithoutTheAddressIsLeftAlone() {
        #expect(PosterCaption.withAddressBreaks(Self.body, address: "other.example.org") == Self.body)
        let noPanel = "<p>Read our full code: example.org</p>\n"
        #expect(PosterCaption.withAddressBreaks(noPanel, address: "example.org") == noPanel)
    }
}
