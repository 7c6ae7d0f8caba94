import Testing
@testable import PolicyKit

@Suite struct PlainTextRendererTests {
    private func text(_ markdown: String, width: Int = 72) -> String {
        MarkdownRenderer.plainText(fromMarkdown: markdown, width: width)
    }

    @Test func fillsParagraphsToTheWidth() {
        let output = text("Staff may end any interaction that feels unsafe and leave the room at once.", width: 30)
        #expect(output == """
            Staff may end any interaction
            that feels unsafe and leave
            the room at once.

            """)
    }

    @Test func joinsSoftLineBreaksAndSeparatesParagraphsWithOneBlankLine() {
        #expect(text("one\ntwo\n\n\n\nthree") == "one two\n\nthree\n")
    }

    @Test func underlinesFirstAndSecondLevelHeadingsToTheirWidth() {
        #expect(text("# Code of conduct\n\n## Our promise\n\n### Privacy\n\nBody.") == """
            Code of conduct
            ===============

            Our promise
            -----------

            Privacy

            Body.

            """)
    }

    @Test func underlinesAWrappedHeadingToItsWidestLine() {
        #expect(text("# Respect for every person here", width: 16) == "Respect for\nevery person\nhere\n============\n")
    }

    @Test func givesBulletsHangingIndents() {
        #expect(text("- Listen to the person and let them finish speaking.\n- Wait.", width: 24) == """
            - Listen to the person
              and let them finish
              speaking.
            - Wait.

            """)
    }

    @Test func indentsNestedListsUnderTheirItem() {
        #expect(text("1. Stop\n2. Notify\n   - the manager\n   - security\n3. Call") == """
            1. Stop
            2. Notify
               - the manager
               - security
            3. Call

            """)
    }

    @Test func alignsNumbersOfDifferentWidths() {
        let markdown = (8...10).map { "\($0). Step with words" }.joined(separator: "\n")
        #expect(text(markdown, width: 14) == """
             8. Step with
                words
             9. Step with
                words
            10. Step with
                words

            """)
    }

    @Test func keepsTheParenthesisDelimiterAndTheStartNumber() {
        #expect(text("3) three\n4) four") == "3) three\n4) four\n")
    }

    @Test func separatesItemsOfALooseListWithBlankLines() {
        #expect(text("- one\n\n- two") == "- one\n\n- two\n")
    }

    @Test func prefixesEveryLineOfABlockQuoteAndWrapsInside() {
        #expect(text("> Call 000 at once if anyone is in danger.\n>\n> Then tell your manager.", width: 20) == """
            > Call 000 at once
            > if anyone is in
            > danger.
            >
            > Then tell your
            > manager.

            """)
    }

    @Test func nestsQuotesAndListsPrefixes() {
        #expect(text("> - one\n>   > two") == "> - one\n>   > two\n")
    }

    @Test func showsALinkAsTextThenDestination() {
        #expect(text("Read [the policy](https://example.org/policy).") == "Read the policy <https://example.org/policy>.\n")
    }

    @Test func showsAnAutolinkOnce() {
        #expect(text("<https://example.org> and <help@example.org>") == "<https://example.org> and <help@example.org>\n")
    }

    @Test func dropsAnUnsafeDestinationButKeepsTheLinkText() {
        #expect(text("[Click here](javascript:alert(1)) now") == "Click here now\n")
        #expect(text("<javascript:alert(1)>") == "javascript:alert(1)\n")
    }

    @Test func showsAnImageAsItsDescription() {
        #expect(text("![Agency *logo*](logo.png) Welcome") == "Agency logo Welcome\n")
    }

    @Test func removesEmphasisMarkersWithoutSplittingWords() {
        #expect(text("*Never* say **calm down**; it is **safe**ty first.") == "Never say calm down; it is safety first.\n")
    }

    @Test func showsCodeSpansAsTheirText() {
        #expect(text("Run `policykit build` now.") == "Run policykit build now.\n")
    }

    @Test func honoursHardLineBreaks() {
        #expect(text("Name:\\\nPhone:  \nEmail:") == "Name:\nPhone:\nEmail:\n")
    }

    @Test func dropsRawHTML() {
        #expect(text("<div class=\"x\">\nhidden block\n</div>\n\nA <b>bold</b> word<br/>.") == "A bold word.\n")
    }

    @Test func drawsAThematicBreakAcrossTheWidth() {
        #expect(text("a\n\n***\n\nb", width: 10) == "a\n\n----------\n\nb\n")
    }

    @Test func indentsCodeBlocksAndKeepsTheirSpacing() {
        #expect(text("```\nif  x:\n\ty = 1\n\n\n```") == "    if  x:\n        y = 1\n")
    }

    @Test func wrapsALongCodeLineAtASpaceDeeperThanItsIndent() {
        #expect(text("```\n  alpha beta gamma delta\n```", width: 20) == "      alpha beta\n        gamma delta\n")
    }

    @Test func neverSplitsAWordLongerThanTheLine() {
        #expect(text("a https://example.org/a/very/long/address b", width: 10) == "a\nhttps://example.org/a/very/long/address\nb\n")
    }

    @Test func countsWideCharactersAsTwoColumns() {
        // Each of these words is four columns wide: two fit in nine columns, three do not.
        #expect(text("安全 第一 安全 第一", width: 9) == "安全 第一\n安全 第一\n")
    }

    @Test func countsCombiningMarksAsNoColumns() {
        // "cafe" plus a combining acute accent is four columns, so two fit in nine.
        let word = "cafe\u{301}"
        #expect(text("\(word) \(word) \(word)", width: 9) == "\(word) \(word)\n\(word)\n")
    }

    @Test func countsPrecomposedAccentsAsOneColumn() {
        #expect(text("été été été", width: 7) == "été été\nété\n")
    }

    @Test func underlinesWideHeadingsByDisplayWidth() {
        #expect(text("# 行動規範") == "行動規範\n========\n")
    }

    @Test func rendersAnEmptyDocumentAsNothing() {
        #expect(text("") == "")
        #expect(text("<!-- only a comment -->") == "")
    }

    @Test func isDeterministic() {
        let markdown = CommonMarkSpecExample.all.map(\.markdown).joined(separator: "\n\n")
        #expect(text(markdown) == text(markdown))
    }
}
