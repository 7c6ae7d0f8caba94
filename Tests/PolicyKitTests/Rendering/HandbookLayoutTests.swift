import Testing
@testable import PolicyKit

/// The handbook's page: a cover from what comes before the first section, a contents
/// list linking every section, and numbers filled in once the printer knows the pages.
@Suite struct HandbookLayoutTests {
    static let body = """
        <h1>Staff Safety Handbook</h1>
        <p>Version 2.1</p>
        <h2>1. Purpose</h2>
        <p>Why.</p>
        <h2>2. Tom &amp; Jerry <em>rules</em></h2>
        <p>How.</p>

        """

    @Test func theCoverHoldsWhatComesBeforeTheFirstSection() {
        let page = HandbookLayout.body(Self.body, words: HandbookWords(language: "en"))
        #expect(page.hasPrefix("<section class=\"cover\">\n<h1>Staff Safety Handbook</h1>\n<p>Version 2.1</p>\n</section>\n"))
    }

    @Test func theContentsLinkEverySectionByItsID() {
        let page = HandbookLayout.body(Self.body, words: HandbookWords(language: "en"))
        #expect(page.contains("<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>"))
        #expect(page.contains("<li><a href=\"#section-1\"><span class=\"entry\">1. Purpose</span><span class=\"page\" data-for=\"#section-1\"></span></a></li>"))
        #expect(page.contains("<span class=\"entry\">2. Tom &amp; Jerry <em>rules</em></span>"))
        #expect(page.contains("<h2 id=\"section-1\">1. Purpose</h2>\n<p>Why.</p>\n<h2 id=\"section-2\">2. Tom &amp; Jerry <em>rules</em></h2>\n<p>How.</p>\n"))
        #expect(HandbookLayout.linkedSections(in: page) == ["section-1", "section-2"])
    }

    @Test func theContentsWordsFollowTheLanguage() {
        #expect(HandbookLayout.body(Self.body, words: HandbookWords(language: "fr")).contains(">Sommaire</h2>"))
        #expect(HandbookLayout.body(Self.body, words: HandbookWords(language: "es")).contains(">Índice</h2>"))
    }

    @Test func pageNumbersAreFilledInOncePrinted() {
        let page = HandbookLayout.body(Self.body, words: HandbookWords(language: "en"))
        let numbered = HandbookLayout.withPageNumbers(page, ["section-1": 3, "section-2": 5])
        #expect(numbered.contains("<span class=\"page\" data-for=\"#section-1\">3</span>"))
        #expect(numbered.contains("<span class=\"page\" data-for=\"#section-2\">5</span>"))
    }

    @Test func aDocumentWithoutSectionsIsLeftAlone() {
        #expect(HandbookLayout.body("<h1>Title</h1>\n<p>Text.</p>\n", words: HandbookWords(language: "en")) == "<h1>Title</h1>\n<p>Text.</p>\n")
    }

    @Test func theRunningFooterKeepsAHostileValueInsideItsString() {
        let css = HandbookLayout.runningFooterCSS("Acme\"; } body { display: none } /* · Version 2", words: HandbookWords(language: "en"))
        #expect(!css.contains("display: none } /*"))
        #expect(css.contains(#"content: "Acme\22 \3b  \7d  body \7b  display\3a  none \7d  \2f \2a  \b7  Version 2";"#))
        #expect(css.contains(#"content: "Page " counter(page) " of " counter(pages);"#))
    }
}

extension HandbookLayoutTests {
    @Test func theLogoHeadsTheCover() {
        let page = HandbookLayout.body(Self.body, words: HandbookWords(language: "en"), logoHTML: "<img src=\"data:image/png;base64,AAAA\" alt=\"Acme\">")
        #expect(page.hasPrefix("<section class=\"cover\">\n<div class=\"cover-logo\"><img src=\"data:image/png;base64,AAAA\" alt=\"Acme\"></div>\n<h1>"))
    }
}
