import Testing
@testable import PolicyKit

@Suite struct MarkdownDocumentTests {
    @Test func convertsEveryKindOfBlock() {
        let document = MarkdownDocument(parsing: """
            # Title

            Text

            > quoted

            3) three
            4) four

            - loose

            - list

            ```swift
            let x = 1
            ```

            <div>raw</div>

            ---
            """)
        #expect(document.blocks == [
            .heading(level: 1, [.text("Title")]),
            .paragraph([.text("Text")]),
            .blockQuote([.paragraph([.text("quoted")])]),
            .list(MarkdownList(kind: .ordered(start: 3, delimiter: .parenthesis), isTight: true, items: [
                MarkdownListItem(blocks: [.paragraph([.text("three")])]),
                MarkdownListItem(blocks: [.paragraph([.text("four")])]),
            ])),
            .list(MarkdownList(kind: .bullet, isTight: false, items: [
                MarkdownListItem(blocks: [.paragraph([.text("loose")])]),
                MarkdownListItem(blocks: [.paragraph([.text("list")])]),
            ])),
            .codeBlock(info: "swift", literal: "let x = 1\n"),
            .htmlBlock("<div>raw</div>\n"),
            .thematicBreak,
        ])
    }

    @Test func convertsEveryKindOfInline() {
        let document = MarkdownDocument(parsing: "a *b* **c** `d` <i>\n[e](/u \"t\") ![f](/p)\\\ng")
        #expect(document.blocks == [.paragraph([
            .text("a "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "),
            .code("d"), .text(" "), .html("<i>"), .softBreak,
            .link(destination: "/u", title: "t", [.text("e")]), .text(" "),
            .image(source: "/p", title: "", [.text("f")]), .lineBreak, .text("g"),
        ])])
    }

    @Test func parsesAnEmptyDocument() {
        #expect(MarkdownDocument(parsing: "").blocks.isEmpty)
    }
}
