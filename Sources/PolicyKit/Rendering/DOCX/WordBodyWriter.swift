/// Writes the XML of a document's body (and of its footer): paragraphs, runs, links,
/// fields, and the pieces forms are made of. Every text goes through `WordXML`, and
/// every run carries the document's language and direction, so the walker above it
/// only decides structure.
struct WordBodyWriter {
    let language: WordLanguage
    private(set) var xml = ""
    /// The hyperlinks' targets, in the order of their relationship ids (`rIdLink1`, ...).
    private(set) var linkTargets: [String] = []
    private var bookmarks = 0
    /// Paragraphs begun so far.
    private(set) var paragraphCount = 0
    /// The run properties last written for a format and direction, reused for the next run.
    private var runPropertiesCache: [RunKey: String] = [:]

    private struct RunKey: Hashable {
        var bold, italic, code, link, rightToLeft: Bool
    }

    init(language: WordLanguage, capacity: Int = 0) {
        self.language = language
        xml.reserveCapacity(capacity)
    }

    /// Markup made by PolicyKit itself, such as a section's properties; never a value.
    mutating func appendMarkup(_ markup: String) {
        xml += markup
    }

    // MARK: Paragraphs

    mutating func beginParagraph(_ properties: WordParagraphProperties = WordParagraphProperties()) {
        xml += "<w:p>"
        paragraphCount += 1
        var pPr = ""
        if let style = properties.style { pPr += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numbering = properties.numbering {
            pPr += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        if language.isRightToLeft && !properties.leftToRight { pPr += "<w:bidi/>" }
        if let after = properties.spacingAfter { pPr += "<w:spacing w:after=\"\(after)\"/>" }
        if let indent = properties.indent { pPr += "<w:ind w:left=\"\(indent)\"/>" }
        if !pPr.isEmpty { xml += "<w:pPr>" + pPr + "</w:pPr>" }
    }

    mutating func endParagraph() {
        xml += "</w:p>"
    }

    /// A paragraph with nothing in it but its properties: an empty list item, say.
    mutating func appendEmptyParagraph(_ properties: WordParagraphProperties) {
        beginParagraph(properties)
        endParagraph()
    }

    /// A ruled line: an empty paragraph with a bottom border, for a thematic break and
    /// for lines to write on in forms.
    mutating func appendRuledLine() {
        appendEmptyParagraph(WordParagraphProperties(style: WordStyles.ruledLine))
    }

    // MARK: Runs

    /// A run of text; tabs and line feeds in it become Word's tabs and breaks.
    mutating func appendRun(_ text: some StringProtocol, _ format: WordRunFormat) {
        guard !text.isEmpty else { return }
        xml += "<w:r>"
        appendRunProperties(format, rightToLeft: language.runIsRightToLeft(text))
        if !text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            xml += "<w:t xml:space=\"preserve\">"
            WordXML.appendEscaped(text, to: &xml)
            xml += "</w:t></w:r>"
            return
        }
        var pieceStart = text.startIndex
        var index = text.startIndex
        func flush(_ end: String.Index) {
            guard pieceStart < end else { return }
            xml += "<w:t xml:space=\"preserve\">"
            WordXML.appendEscaped(text[pieceStart..<end], to: &xml)
            xml += "</w:t>"
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "\t" || character == "\n" || character == "\r\n" {
                flush(index)
                xml += character == "\t" ? "<w:tab/>" : "<w:br/>"
                pieceStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        flush(text.endIndex)
        xml += "</w:r>"
    }

    /// A hard line break inside a paragraph.
    mutating func appendLineBreak(_ format: WordRunFormat) {
        xml += "<w:r>"
        appendRunProperties(format, rightToLeft: language.isRightToLeft)
        xml += "<w:br/></w:r>"
    }

    /// An empty tick box to mark by hand (☐), as a run of its own.
    mutating func appendTickBox(_ format: WordRunFormat = .plain) {
        xml += "<w:r>"
        appendRunProperties(format, rightToLeft: language.isRightToLeft, font: WordStyles.symbolFont)
        xml += "<w:t>\u{2610}</w:t></w:r>"
    }

    private mutating func appendRunProperties(_ format: WordRunFormat, rightToLeft: Bool, font: String? = nil) {
        let key = RunKey(bold: format.bold, italic: format.italic, code: format.code, link: format.link, rightToLeft: rightToLeft)
        if font == nil, let cached = runPropertiesCache[key] {
            xml += cached
            return
        }
        var rPr = "<w:rPr>"
        if format.link {
            rPr += "<w:rStyle w:val=\"\(WordStyles.hyperlink)\"/>"
        } else if format.code {
            rPr += "<w:rStyle w:val=\"\(WordStyles.verbatim)\"/>"
        }
        if let font {
            rPr += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
        }
        // Word takes bold and italic of right-to-left and complex-script text from
        // w:bCs and w:iCs only, so both are always written.
        if format.bold { rPr += "<w:b/><w:bCs/>" }
        if format.italic { rPr += "<w:i/><w:iCs/>" }
        if rightToLeft { rPr += "<w:rtl/>" }
        rPr += "<w:lang\(language.langAttributes)/></w:rPr>"
        if font == nil { runPropertiesCache[key] = rPr }
        xml += rPr
    }

    // MARK: Links, bookmarks and fields

    /// Opens a hyperlink to `destination`; false, and nothing written, for a destination
    /// that is not to be followed (see `URLSafety`) or that points inside a page.
    mutating func beginHyperlink(to destination: String) -> Bool {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !URLSafety.isDangerous(destination) else { return false }
        let target = WordXML.uriTarget(destination)
        let index = (linkTargets.firstIndex(of: target) ?? linkTargets.count) + 1
        if index > linkTargets.count { linkTargets.append(target) }
        xml += "<w:hyperlink r:id=\"\(Self.linkRelationship(index))\" w:history=\"1\">"
        return true
    }

    mutating func endHyperlink() {
        xml += "</w:hyperlink>"
    }

    static func linkRelationship(_ index: Int) -> String {
        "rIdLink\(index)"
    }

    /// Opens a hyperlink to a bookmark of this document.
    mutating func beginInternalLink(to bookmark: String) {
        xml += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">"
    }

    /// Starts a bookmark and returns its number, for `endBookmark`.
    mutating func beginBookmark(named name: String) -> Int {
        bookmarks += 1
        xml += "<w:bookmarkStart w:id=\"\(bookmarks)\" w:name=\"\(name)\"/>"
        return bookmarks
    }

    mutating func endBookmark(_ number: Int) {
        xml += "<w:bookmarkEnd w:id=\"\(number)\"/>"
    }

    /// A simple field such as ` PAGE `, showing `placeholder` until Word updates it.
    mutating func appendField(_ instruction: String, placeholder: String, _ format: WordRunFormat = .plain) {
        xml += "<w:fldSimple w:instr=\"\(instruction)\">"
        appendRun(placeholder, format)
        xml += "</w:fldSimple>"
    }

    /// The parts of a complex field, for a field whose result spans paragraphs (the contents).
    mutating func beginComplexField(_ instruction: String) {
        xml += "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
        xml += "<w:r><w:instrText xml:space=\"preserve\">\(instruction)</w:instrText></w:r>"
        xml += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    }

    mutating func endComplexField() {
        xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    // MARK: Tables

    /// A table the width of the text, with grid lines; each cell holds paragraphs that
    /// `writeCell(row, column, &writer)` writes (a cell must hold at least one paragraph,
    /// so an empty one is added when it writes none). `columnWidths` are relative.
    /// Right-to-left documents lay the columns out from the right (`w:bidiVisual`).
    /// Without `gridLines`, the table only sets its cells side by side.
    mutating func appendTable(rows: Int, columnWidths: [Int], headerRows: Int = 0, gridLines: Bool = true,
                              writeCell: (_ row: Int, _ column: Int, _ writer: inout WordBodyWriter) -> Void) {
        let total = max(1, columnWidths.reduce(0, +))
        xml += "<w:tbl><w:tblPr>"
        if gridLines { xml += "<w:tblStyle w:val=\"\(WordStyles.tableGrid)\"/>" }
        if language.isRightToLeft { xml += "<w:bidiVisual/>" }
        xml += "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for width in columnWidths { xml += "<w:gridCol w:w=\"\(width * WordPage.nominalTextWidth / total)\"/>" }
        xml += "</w:tblGrid>"
        for row in 0..<rows {
            xml += "<w:tr>"
            if row < headerRows { xml += "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" } else { xml += "<w:trPr><w:cantSplit/></w:trPr>" }
            for (column, width) in columnWidths.enumerated() {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width * 5000 / total)\" w:type=\"pct\"/></w:tcPr>"
                let before = paragraphCount
                writeCell(row, column, &self)
                if paragraphCount == before { appendEmptyParagraph(WordParagraphProperties()) }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
    }
}
