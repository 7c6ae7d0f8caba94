import Testing
@testable import PolicyKit

@Suite struct HTMLRenderingTests {
    @Test func rendersCommonMarkAsTheSpecificationSays() {
        var compared = 0
        for example in CommonMarkSpecExample.all {
            let document = MarkdownDocument(parsing: example.markdown)
            // Safe mode rewrites raw HTML and unsafe destinations, which the spec keeps.
            let hasRawHTML = !TextContent.rawHTML(of: document).isEmpty
            let hasUnsafeDestination = TextContent.destinations(of: document).contains(where: URLSafety.isDangerous)
            guard !hasRawHTML, !hasUnsafeDestination else { continue }
            compared += 1
            #expect(MarkdownRenderer.html(fromMarkdown: example.markdown) == example.html, "example \(example.example)")
        }
        #expect(compared > 500)
    }

    @Test func safeModeDropsScriptsAndUnsafeLinks() {
        let html = MarkdownRenderer.html(fromMarkdown: """
            <script>alert(1)</script>

            [click](javascript:alert(2)) <img src=x onerror=alert(3)> ![i](vbscript:x)
            """)
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("onerror"))
        #expect(html.contains("<a href=\"\">click</a>"))
    }

    @Test func keepsSafeImageData() {
        let html = MarkdownRenderer.html(fromMarkdown: "![dot](data:image/png;base64,AAAA)")
        #expect(html == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"dot\" /></p>\n")
    }

    private func page(title: String = "Code of conduct", language: String = "en", paper: PaperSize = .a4,
                      style: DocumentStyle = .handbook, body: String = "<p>Hello</p>\n") -> String {
        HTMLDocument(title: title, language: language, paper: paper, style: style, bodyHTML: body).text
    }

    @Test func wrapsTheBodyInAStandaloneHTML5Page() {
        let text = page()
        #expect(text.hasPrefix("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(text.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(text.contains("<title>Code of conduct</title>"))
        #expect(text.contains("<body class=\"handbook\">\n<main>\n<p>Hello</p>\n</main>\n</body>\n</html>\n"))
        #expect(text.hasSuffix("</html>\n"))
    }

    @Test func setsTheLanguage() {
        #expect(page(language: "fr-CA").contains("<html lang=\"fr-CA\" dir=\"ltr\">"))
    }

    @Test func escapesTheTitleAndLanguage() {
        let text = page(title: "Safety & <respect> \"for\" all", language: "en\"><script>")
        #expect(text.contains("<title>Safety &amp; &lt;respect&gt; &quot;for&quot; all</title>"))
        #expect(!text.contains("<script>"))
    }

    @Test func neverLeavesTheTitleEmpty() {
        #expect(!page(title: "  ").contains("<title>  </title>"))
        #expect(!page(title: "").contains("<title></title>"))
    }

    @Test func choosesThePaperSizeForPrint() {
        #expect(page(paper: .a4).contains("@page { size: A4;"))
        #expect(!page(paper: .a4).contains("size: letter"))
        #expect(page(paper: .letter).contains("@page { size: letter;"))
        #expect(!page(paper: .letter).contains("size: A4"))
    }

    @Test func loadsNothingFromOutsideAndRunsNoScript() {
        for style in DocumentStyle.allCases {
            let text = page(style: style)
            #expect(!text.contains("<script"))
            #expect(!text.contains("<link"))
            #expect(!text.contains("url("))
            #expect(!text.contains("@import"))
            #expect(!text.contains("http"))
        }
    }

    @Test func letsHandbookSectionsFlowAfterTheCoverAndContentsPages() {
        let text = page(style: .handbook)
        #expect(!text.contains(".handbook h2 { break-before: page;"))
        #expect(text.contains(".handbook .cover { border: 0; margin: 0; padding-top: 50mm; break-after: page;"))
        #expect(text.contains(".handbook .contents { break-after: page;"))
        #expect(text.contains("break-after: avoid"))
    }

    @Test func printsThePosterInLargeTypeWithAProminentEmergencyPanel() throws {
        let text = page(style: .poster)
        #expect(text.contains("<body class=\"poster\">"))
        #expect(text.contains(".poster h1 { font-size: 84pt;"))
        #expect(text.contains(".poster li { font-size: 32pt;"))
        #expect(text.contains(".poster blockquote strong { display: block; font-size: 66pt;"))
        // Colour panels stay coloured on paper.
        #expect(text.contains("print-color-adjust: exact"))
        #expect(text.contains("@media print {\n  @page { margin: 10mm; }"))
    }

    @Test func printsTheChecklistAndFormsInCompactTypeWithRuledTables() {
        let text = page(style: .checklist)
        #expect(text.contains("body.checklist { font-size: 10pt;"))
        #expect(text.contains(".form-table th, .form-table td { border: 1px solid #000;"))
        #expect(text.contains(".form-rule { height: 1.9em; border-bottom: 1px solid #000; }"))
        #expect(page(style: .fillIn).contains("<body class=\"fill-in\">"))
    }

    @Test func keepsTheCardCompact() {
        // A6 or 4 × 6 in, front and back: small type, but never under 8.5 pt.
        let card = page(style: .card)
        #expect(card.contains("body.card { font-size: 8.5pt;"))
        #expect(card.contains("@page { margin: 5mm 6mm; }"))
    }

    @Test func givesEachStyleItsOwnRules() {
        let pages = DocumentStyle.allCases.map { page(style: $0) }
        #expect(Set(pages).count == DocumentStyle.allCases.count)
    }

    @Test func isDeterministic() {
        let markdown = CommonMarkSpecExample.all.map(\.markdown).joined(separator: "\n\n")
        let first = HTMLDocument(title: "T", language: "en", paper: .letter, style: .card,
                                 bodyHTML: MarkdownRenderer.html(fromMarkdown: markdown)).text
        let second = HTMLDocument(title: "T", language: "en", paper: .letter, style: .card,
                                  bodyHTML: MarkdownRenderer.html(fromMarkdown: markdown)).text
        #expect(first == second)
    }

    @Test func takesTheTitleFromTheFirstTopLevelHeading() {
        #expect(MarkdownDocument(parsing: "## Intro\n\n# The *real* title\n").title == "The real title")
        #expect(MarkdownDocument(parsing: "## Intro\n").title == "Intro")
        #expect(MarkdownDocument(parsing: "text").title == nil)
    }
}
