import Testing
@testable import PolicyKit

/// Markdown nested far deeper than any reader follows renders without overflowing the
/// stack: past `CmarkTreeConverter.maximumDepth` levels the nesting is flattened and the
/// words are kept.
@Suite struct HostileMarkdownTests {
    @Test func tensOfThousandsOfNestedQuotesAndLists() {
        let markdown = String(repeating: "> - ", count: 20_000) + "innermost words\n"
        let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: 72)
        #expect(text.contains("innermost") && text.contains("words"))
        #expect(MarkdownRenderer.html(fromMarkdown: markdown).contains("innermost words"))
    }

    @Test func deeplyNestedEmphasisAndLinks() {
        let markdown = String(repeating: "*a [b ", count: 20_000) + "end" + String(repeating: "](x) c*", count: 20_000) + "\n"
        let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: 72)
        #expect(text.contains("end"))
    }

    @Test func nestingWithinTheLimitIsKept() {
        let blocks = MarkdownDocument(parsing: String(repeating: "> ", count: 50) + "x\n").blocks
        var depth = 0
        var current = blocks
        while case .blockQuote(let inner)? = current.first {
            depth += 1
            current = inner
        }
        #expect(depth == 50)
    }
}
