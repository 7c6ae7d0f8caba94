import Testing
@testable import PolicyKit

/// Pages carry their script's direction and fonts; the stylesheet's sides are logical, so
/// a right-to-left page mirrors its lists, panels and tick boxes.
@Suite struct RightToLeftPageTests {
    private func page(_ language: String, _ direction: Language.Direction = .leftToRight, style: DocumentStyle = .poster) -> String {
        HTMLDocument(title: "T", language: language, direction: direction, paper: .a4, style: style, bodyHTML: "<p>x</p>\n").text
    }

    @Test func anArabicPageIsRightToLeftAndNamesArabicFonts() {
        let html = page("ar", .rightToLeft)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("body, body[class] { font-family: \"Noto Naskh Arabic\", \"Noto Sans Arabic\","))
        #expect(html.contains("sans-serif; }"))
    }

    @Test func aChinesePageNamesSimplifiedChineseFonts() {
        let html = page("zh-Hans")
        #expect(html.contains("<html lang=\"zh-Hans\" dir=\"ltr\">"))
        #expect(html.contains("body, body[class] { font-family: \"Noto Sans CJK SC\""))
    }

    @Test func theScriptFontsComeAfterThePrintFonts() throws {
        // The print rule names Arial; the script's fonts must win in print too.
        let html = page("ar", .rightToLeft)
        let printFonts = try #require(html.range(of: "font-family: Arial"))
        let scriptFonts = try #require(html.range(of: "font-family: \"Noto Naskh Arabic\""))
        #expect(printFonts.lowerBound < scriptFonts.lowerBound)
    }

    @Test func latinPagesKeepTheirFonts() {
        for language in ["en", "fr", "es"] {
            #expect(!page(language).contains("Noto Naskh"))
            #expect(!page(language).contains("CJK"))
        }
    }

    @Test(arguments: [DocumentStyle.poster, .handbook, .card, .checklist])
    func theStylesheetHasNoPhysicalSides(style: DocumentStyle) {
        let css = DocumentStylesheet.css(paper: .letter, style: style)
        #expect(!css.contains("left"), "\(style): use the inline-start side")
        #expect(!css.contains("right"), "\(style): use the inline-end side")
    }
}
