import Testing
@testable import PolicyKit

/// The Word walker: what Word shows for each Markdown block and inline, in left-to-right
/// and right-to-left languages.
@Suite struct WordWalkerTests {
    static let english = WordLanguage(code: "en", direction: .leftToRight)
    static let arabic = WordLanguage(code: "ar", direction: .rightToLeft)

    struct Walked {
        var body: String
        var numbering: String
        var links: [String]
    }

    func walk(_ markdown: String, language: WordLanguage = english, style: DocumentStyle = .handbook, contents: Bool = false) -> Walked {
        var walker = WordWalker(language: language, style: style, page: WordPage(paper: .a4, style: style), contents: contents, capacity: 0)
        walker.render(MarkdownDocument(parsing: markdown))
        return Walked(body: walker.writer.xml, numbering: walker.numbering.xml, links: walker.writer.linkTargets)
    }

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func headingsUseWordsBuiltInHeadingStyles() {
        let body = walk("# Title\n\n## Section\n\n### Part\n").body
        for level in 1...3 {
            #expect(body.contains("<w:pStyle w:val=\"Heading\(level)\"/>"))
        }
        let styles = WordStyles.xml(for: .handbook, language: Self.english)
        // Built-in names and outline levels are what the navigation pane and contents field read.
        #expect(styles.contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"))
        #expect(styles.contains("<w:outlineLvl w:val=\"2\"/>"))
    }

    @Test func listsAreWordNumberingNestedAndEachOrderedListStartsAtItsOwnNumber() {
        let walked = walk("- one\n  1. first\n  2. second\n- two\n\nText.\n\n3. third\n4. fourth\n")
        #expect(count("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", in: walked.body) == 2)
        #expect(count("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>", in: walked.body) == 2)
        #expect(count("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>", in: walked.body) == 2)
        #expect(walked.numbering.contains("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"))
        #expect(walked.numbering.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"1\"/>"))
        #expect(walked.numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"))
        #expect(walked.numbering.contains("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/>"))
        #expect(walked.numbering.contains("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>"))
    }

    @Test func anEmptyListItemStillShowsItsMarker() {
        let body = walk("- \n- two\n").body
        #expect(count("<w:numId w:val=\"1\"/>", in: body) == 2)
    }

    @Test func theChecklistsItemsAreTickBoxes() {
        let walked = walk("- Alarms work\n- Exits are clear\n", style: .checklist)
        #expect(walked.numbering.contains("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"\(WordNumbering.Pattern.tickBox.rawValue)\"/>"))
        #expect(walked.numbering.contains("<w:lvlText w:val=\"\u{2610}\"/>"))
        #expect(!walked.body.contains("\u{2610}"), "the box is the list's marker, not a character of the text")
    }

    @Test func boldAndItalicAlsoSetTheirComplexScriptTwins() {
        let body = walk("**bold** and *italic* and ***both***\n").body
        #expect(body.contains("<w:rPr><w:b/><w:bCs/><w:lang w:val=\"en\"/></w:rPr><w:t xml:space=\"preserve\">bold</w:t>"))
        #expect(body.contains("<w:rPr><w:i/><w:iCs/><w:lang w:val=\"en\"/></w:rPr><w:t xml:space=\"preserve\">italic</w:t>"))
        #expect(body.contains("<w:b/><w:bCs/><w:i/><w:iCs/>"))
    }

    @Test func everyRunCarriesTheDocumentsLanguage() {
        let french = WordLanguage(code: "fr", direction: .leftToRight)
        let body = walk("# Titre\n\nUn *texte* avec `code`, un [lien](https://example.org)  \nà la ligne.\n\n> Citation\n\n- point\n", language: french).body
        let runs = count("<w:r>", in: body)
        #expect(runs > 8)
        #expect(count("<w:lang w:val=\"fr\"/>", in: body) == runs)
    }

    @Test func safeLinksBecomeRelationshipsAndOthersStayText() {
        let walked = walk("[Our site](<https://example.org/a b?q=é>) and [bad](javascript:alert(1)) and [file](file:///etc/passwd)\n")
        #expect(walked.links == ["https://example.org/a%20b?q=%C3%A9"])
        #expect(count("<w:hyperlink r:id=\"rIdLink1\"", in: walked.body) == 1)
        #expect(walked.body.contains(">bad</w:t>"))
        #expect(!walked.body.contains("javascript"))
        #expect(!walked.body.contains("passwd"))
    }

    @Test func hostileTextStaysLiteralText() {
        let body = walk(#"A <w:p> with \]\]> and { PAGE } and \<w:fldSimple w:instr="PAGE"/>"#).body
        #expect(body.contains(">A &lt;w:p&gt; with ]]&gt; and { PAGE } and"))
        #expect(body.contains("]]&gt;"))
        #expect(body.contains("{ PAGE }"))
        #expect(body.contains("&lt;w:fldSimple w:instr=&quot;PAGE&quot;/&gt;"))
        #expect(!body.contains("<w:fldSimple"))
        #expect(!body.contains("<w:instrText"))
        #expect(count("<w:p>", in: body) == 1)
    }

    @Test func controlCharactersXMLCannotHoldAreDropped() {
        let body = walk("a\u{1}b\u{B}c\n").body
        #expect(body.contains(">abc</w:t>"))
    }

    @Test func blockQuotesCodeAndBreaksHaveTheirOwnStyles() {
        let body = walk("> Quoted\n\n```\nline 1\n\tline 2\n```\n\n---\n").body
        #expect(body.contains("<w:pStyle w:val=\"Quote\"/>"))
        #expect(body.contains("<w:pStyle w:val=\"SourceCode\"/>"))
        #expect(body.contains(">line 1</w:t><w:br/><w:tab/><w:t xml:space=\"preserve\">line 2</w:t>"))
        #expect(body.contains("<w:p><w:pPr><w:pStyle w:val=\"RuledLine\"/></w:pPr></w:p>"))
        let styles = WordStyles.xml(for: .handbook, language: Self.english)
        #expect(styles.contains("w:styleId=\"RuledLine\"><w:name w:val=\"Ruled Line\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:pBdr><w:bottom"))
    }

    @Test func theHandbooksContentsIsAFieldOverTheHeadingStylesLinkedToEachHeading() throws {
        let body = walk("# Handbook\n\nIntro.\n\n## One\n\n### One A\n\n## Two\n", contents: true).body
        let field = try #require(body.range(of: "<w:instrText xml:space=\"preserve\"> TOC \\o \"2-3\" \\h \\z \\u </w:instrText>"))
        let intro = try #require(body.range(of: ">Intro.</w:t>"))
        let firstSection = try #require(body.range(of: "<w:pStyle w:val=\"Heading2\"/>"))
        #expect(intro.upperBound < field.lowerBound && field.upperBound < firstSection.lowerBound)
        for number in 1...3 {
            #expect(body.contains("<w:hyperlink w:anchor=\"_Toc\(number)\""))
            #expect(body.contains("w:name=\"_Toc\(number)\"/>"))
        }
        #expect(body.contains("<w:pStyle w:val=\"TOC3\"/>"))
        #expect(count("w:fldCharType=\"begin\"", in: body) == 1 && count("w:fldCharType=\"end\"", in: body) == 1)
        #expect(!walk("# Card\n\n## One\n").body.contains("TOC"))
    }

    @Test func rightToLeftParagraphsRunsTablesAndSectionsAreMarked() {
        let body = walk("# عنوان\n\nنص **غامق** و *مائل* ثم\n\nJohn Smith 123\n\n- بند\n", language: Self.arabic).body
        #expect(count("<w:p>", in: body) == 4)
        #expect(count("<w:bidi/></w:pPr>", in: body) == 4)
        #expect(body.contains("<w:rPr><w:b/><w:bCs/><w:rtl/><w:lang w:val=\"ar\" w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">غامق</w:t>"))
        #expect(body.contains("<w:rPr><w:i/><w:iCs/><w:rtl/><w:lang w:val=\"ar\" w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">مائل</w:t>"))
        // A run that starts with Latin letters is set as Latin text.
        #expect(body.contains("<w:rPr><w:lang w:val=\"ar\" w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">John Smith 123</w:t>"))
        #expect(body.contains("<w:cols w:space=\"720\"/><w:bidi/></w:sectPr>"))
        // Digits alone keep their order: a right-to-left run would show "9-1-1" as "1-1-9".
        let emergency = walk("> الشرطة: **9-1-1**\n", language: Self.arabic).body
        #expect(emergency.contains("<w:rPr><w:b/><w:bCs/><w:lang w:val=\"ar\" w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">9-1-1</w:t>"))
        #expect(emergency.contains("<w:rtl/><w:lang w:val=\"ar\" w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">الشرطة: </w:t>"))

        var writer = WordBodyWriter(language: Self.arabic)
        writer.appendTable(rows: 2, columnWidths: [2, 1], headerRows: 1) { row, column, cell in
            if row == 0 && column == 0 {
                cell.beginParagraph()
                WordWalker.renderInlines([.strong([.text("البند")])], .plain, into: &cell)
                cell.endParagraph()
            }
        }
        #expect(writer.xml.contains("<w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:bidiVisual/>"))
        #expect(count("<w:tc>", in: writer.xml) == 4 && count("<w:p>", in: writer.xml) == 4, "every cell holds a paragraph")
        #expect(writer.xml.contains("<w:b/><w:bCs/><w:rtl/><w:lang w:val=\"ar\" w:bidi=\"ar\"/></w:rPr><w:t xml:space=\"preserve\">البند</w:t>"))
        #expect(!WordBodyWriter(language: Self.english).xml.contains("bidiVisual"))
    }

    @Test func leftToRightDocumentsMarkNoDirection() {
        let body = walk("# Title\n\nText **bold**.\n").body
        #expect(!body.contains("<w:bidi/>") && !body.contains("<w:rtl/>"))
    }

    @Test func eachScriptHasItsFontAndLanguage() {
        let chinese = WordLanguage(code: "zh", direction: .leftToRight)
        let styles = WordStyles.xml(for: .poster, language: chinese)
        #expect(styles.contains("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Microsoft YaHei\" w:cs=\"Arial\"/>"))
        #expect(chinese.langAttributes == " w:val=\"zh\" w:eastAsia=\"zh-CN\"")
        #expect(Self.arabic.langAttributes == " w:val=\"ar\" w:bidi=\"ar\"")
        #expect(WordStyles.xml(for: .card, language: Self.arabic).contains("<w:pPrDefault><w:pPr><w:bidi/>"))
        #expect(WordLanguage(code: "pa", direction: .leftToRight).fonts.complexScript == "Raavi")
    }

    @Test func aTickBoxAndARuledLineAreReadyForForms() {
        var writer = WordBodyWriter(language: Self.english)
        writer.beginParagraph()
        writer.appendTickBox()
        writer.appendRun(" Yes", .plain)
        writer.endParagraph()
        writer.appendRuledLine()
        #expect(writer.xml.contains("<w:rFonts w:ascii=\"Segoe UI Symbol\" w:hAnsi=\"Segoe UI Symbol\" w:eastAsia=\"Segoe UI Symbol\" w:cs=\"Segoe UI Symbol\"/><w:lang w:val=\"en\"/></w:rPr><w:t>\u{2610}</w:t>"))
        #expect(writer.xml.hasSuffix("<w:p><w:pPr><w:pStyle w:val=\"RuledLine\"/></w:pPr></w:p>"))
    }

    /// As on the printed form: four tick boxes or more stand in two columns, the first half
    /// down the first, in a table with no lines; fewer stand one under another.
    @Test func aFormsTickBoxesStandInTwoColumnsFromFour() throws {
        let four = walk("```form\n[tick] One\n[tick] Two\n[tick] Three\n[tick] Four\n```\n", style: .fillIn).body
        #expect(count("<w:tbl>", in: four) == 1)
        #expect(!four.contains("TableGrid"), "no grid lines")
        #expect(count("<w:tc>", in: four) == 2)
        let secondColumn = try #require(four.range(of: "</w:tc><w:tc>")).lowerBound
        #expect(try #require(four.range(of: ">Two</w:t>")).upperBound < secondColumn)
        #expect(try #require(four.range(of: ">Three</w:t>")).lowerBound > secondColumn)
        #expect(count("<w:pStyle w:val=\"TickBox\"/>", in: four) == 4)
        let three = walk("```form\n[tick] One\n[tick] Two\n[tick] Three\n```\n", style: .fillIn).body
        #expect(!three.contains("<w:tbl>"))
        #expect(count("<w:pStyle w:val=\"TickBox\"/>", in: three) == 3)
        // In Arabic the columns run from the right.
        let arabic = walk("```form\n[tick] ١\n[tick] ٢\n[tick] ٣\n[tick] ٤\n```\n", language: Self.arabic, style: .fillIn).body
        #expect(arabic.contains("<w:bidiVisual/>"))
    }

    @Test func theCodeOfConductsMiddleSectionsAreSetInTwoColumns() throws {
        let markdown = "# Code of conduct\n\nIntro\n\n## A\n\na\n\n## B\n\nb\n\n## Emergency\n\n> 911\n"
        let body = walk(markdown, style: .codeOfConduct).body
        #expect(count("<w:sectPr>", in: body) == 3)
        #expect(count("<w:cols w:num=\"2\"", in: body) == 1)
        let twoColumns = try #require(body.range(of: "<w:cols w:num=\"2\"")).lowerBound
        #expect(try #require(body.range(of: ">b</w:t>")).upperBound < twoColumns && twoColumns < (try #require(body.range(of: ">911</w:t>"))).lowerBound)
        #expect(count("<w:sectPr>", in: walk(markdown, style: .card).body) == 1)
        #expect(count("<w:sectPr>", in: walk(markdown, style: .poster).body) == 1)
    }
}
