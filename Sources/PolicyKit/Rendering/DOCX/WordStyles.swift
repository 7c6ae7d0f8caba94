import Synchronization

/// `word/styles.xml`: Word's built-in styles the body uses (Normal, Heading 1 to 6,
/// Quote, Hyperlink, List Paragraph, the contents levels, Footer, Table Grid) and a few
/// of PolicyKit's own, sized for each kind of document as its printed page is.
///
/// Built-in styles keep their built-in names (`heading 1`), so Word's navigation pane,
/// its contents field and its translated style names all know them.
enum WordStyles {
    static let quote = "Quote"
    static let code = "SourceCode"
    static let verbatim = "VerbatimChar"
    static let hyperlink = "Hyperlink"
    static let listParagraph = "ListParagraph"
    static let ruledLine = "RuledLine"
    /// A form's tick boxes, one under another with no space between them, as a list's items.
    static let tickBox = "TickBox"
    static let footer = "Footer"
    static let tableGrid = "TableGrid"
    static let monospaceFont = "Courier New"
    /// Has the tick box (☐) on Windows; elsewhere a font with the symbol is found.
    static let symbolFont = "Segoe UI Symbol"

    static func heading(_ level: Int) -> String { "Heading\(min(max(level, 1), 6))" }
    static func contents(_ level: Int) -> String { "TOC\(min(max(level, 1), 9))" }

    /// Sizes in half-points and spacing in twips, after the print stylesheet of each kind.
    struct Scale {
        var body: Int
        var headings: [Int]
        var spaceAfter: Int
        var headingSpaceBefore: Int
        /// Line height in 240ths of a line.
        var line: Int
    }

    static func scale(for style: DocumentStyle) -> Scale {
        switch style {
        case .poster: Scale(body: 25, headings: [44, 29, 27], spaceAfter: 30, headingSpaceBefore: 80, line: 240)
        case .card: Scale(body: 22, headings: [38, 28, 23], spaceAfter: 60, headingSpaceBefore: 160, line: 250)
        case .codeOfConduct: Scale(body: 25, headings: [44, 29, 27], spaceAfter: 30, headingSpaceBefore: 80, line: 240)
        // 10 pt text and headings of 18, 13 and 11.5 pt, 9 pt above a heading: the forms
        // and letters fit their printed pages in Word too.
        case .checklist, .fillIn: Scale(body: 20, headings: [36, 26, 23], spaceAfter: 100, headingSpaceBefore: 180, line: 264)
        case .handbook: Scale(body: 22, headings: [40, 30, 25], spaceAfter: 120, headingSpaceBefore: 240, line: 276)
        }
    }

    /// The part for each kind of document and language met so far: a build of many sites
    /// needs only a few different ones, so each is made once.
    private static let made = Mutex<[String: String]>([:])

    static func xml(for style: DocumentStyle, language: WordLanguage) -> String {
        let key = "\(style.rawValue) \(language.code) \(language.isRightToLeft)"
        if let xml = made.withLock({ $0[key] }) { return xml }
        let xml = make(for: style, language: language)
        made.withLock { $0[key] = xml }
        return xml
    }

    private static func make(for style: DocumentStyle, language: WordLanguage) -> String {
        let scale = scale(for: style)
        let fonts = language.fonts
        let bidi = language.isRightToLeft ? "<w:bidi/>" : ""
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="\(fonts.latin)" w:hAnsi="\(fonts.latin)" w:eastAsia="\(fonts.eastAsian)" w:cs="\(fonts.complexScript)"/>\
            <w:sz w:val="\(scale.body)"/><w:szCs w:val="\(scale.body)"/><w:lang\(language.langAttributes)/>\
            </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\(bidi)<w:spacing w:after="\(scale.spaceAfter)" w:line="\(scale.line)" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
            """
        xml += paragraphStyle("Normal", name: "Normal", default: true, basedOn: nil, pPr: "<w:widowControl/>", rPr: "")
        xml += #"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#
        xml += #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        xml += #"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#
        for level in 1...6 {
            let size = level <= scale.headings.count ? scale.headings[level - 1] : scale.body
            // The handbook starts each numbered section on a new page, as its PDF does.
            let newPage = style == .handbook && level == 2 ? "<w:pageBreakBefore/>" : ""
            let rule = (style == .poster || style == .codeOfConduct || style == .card) && level == 2
                ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"\(style == .card ? 8 : 12)\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>" : ""
            let before = level == 1 ? 0 : scale.headingSpaceBefore
            xml += paragraphStyle(
                heading(level), name: "heading \(level)", basedOn: "Normal", next: "Normal",
                pPr: "<w:keepNext/><w:keepLines/>\(newPage)\(rule)<w:spacing w:before=\"\(before)\" w:after=\"\(scale.spaceAfter + 40)\" w:line=\"240\" w:lineRule=\"auto\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                rPr: "<w:b/><w:bCs/><w:color w:val=\"111111\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
        }
        xml += quoteStyle(for: style)
        xml += paragraphStyle(code, name: "Source Code", basedOn: "Normal", pPr: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F4F4\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"240\" w:right=\"240\"/>",
                              rPr: "<w:rFonts w:ascii=\"\(monospaceFont)\" w:hAnsi=\"\(monospaceFont)\"/><w:sz w:val=\"\(scale.body - 2)\"/><w:szCs w:val=\"\(scale.body - 2)\"/>")
        xml += paragraphStyle(listParagraph, name: "List Paragraph", basedOn: "Normal", pPr: "<w:spacing w:after=\"\(scale.spaceAfter / 2)\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", rPr: "")
        xml += paragraphStyle(tickBox, name: "Tick Box", basedOn: "Normal", pPr: "<w:spacing w:after=\"\(scale.spaceAfter / 2)\"/><w:contextualSpacing/>", rPr: "")
        xml += paragraphStyle(ruledLine, name: "Ruled Line", basedOn: "Normal", pPr: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"777777\"/></w:pBdr><w:spacing w:before=\"240\" w:after=\"0\"/>", rPr: "")
        for level in 1...3 {
            xml += paragraphStyle(contents(level), name: "toc \(level)", basedOn: "Normal", next: "Normal",
                                  pPr: "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(WordPage.nominalTextWidth)\"/></w:tabs><w:spacing w:after=\"60\"/><w:ind w:left=\"\(max(0, level - 2) * 240)\"/>", rPr: "")
        }
        xml += paragraphStyle(footer, name: "footer", basedOn: "Normal", pPr: "<w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
                              rPr: "<w:color w:val=\"444444\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        xml += characterStyle(hyperlink, name: "Hyperlink", rPr: "<w:color w:val=\"0645AD\"/><w:u w:val=\"single\"/>")
        xml += characterStyle(verbatim, name: "Verbatim Char", rPr: "<w:rFonts w:ascii=\"\(monospaceFont)\" w:hAnsi=\"\(monospaceFont)\"/>")
        xml += #"<w:style w:type="table" w:styleId="\#(tableGrid)"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        xml += "</w:styles>"
        return xml
    }

    /// A block quote is a bordered, shaded paragraph; on the poster it is the emergency
    /// panel, boxed and bold as in print.
    private static func quoteStyle(for style: DocumentStyle) -> String {
        let panel = style == .poster || style == .codeOfConduct
        let border = panel
            ? "<w:pBdr><w:top w:val=\"single\" w:sz=\"16\" w:space=\"2\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"48\" w:space=\"4\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"16\" w:space=\"2\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"16\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>"
            : "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"777777\"/></w:pBdr>"
        let fill = panel ? "FFE9A8" : "F4F4F4"
        let bold = panel || style == .card ? "<w:b/><w:bCs/>" : ""
        return paragraphStyle(quote, name: "Quote", basedOn: "Normal", next: "Normal",
                              pPr: "\(border)<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/><w:ind w:left=\"\(panel ? 120 : 240)\" w:right=\"120\"/>", rPr: bold)
    }

    private static func paragraphStyle(_ id: String, name: String, default isDefault: Bool = false, basedOn: String?, next: String? = nil, pPr: String, rPr: String) -> String {
        var xml = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        xml += "<w:qFormat/>"
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return xml + "</w:style>"
    }

    private static func characterStyle(_ id: String, name: String, rPr: String) -> String {
        "<w:style w:type=\"character\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>\(rPr)</w:rPr></w:style>"
    }
}
