/// The walk behind `WordDocument`: Markdown blocks become Word paragraphs with built-in
/// styles and real numbering, inline formatting becomes run properties. It walks the
/// same tree as `PlainTextWalker`, so a document says the same words in every format.
///
/// - Headings use Heading 1 to 6; with `contents`, a contents field over Heading 2 and 3
///   comes before the first level-2 heading, its entries linked to bookmarks on them.
/// - Bullet and ordered lists are numbering instances (`WordNumbering`); in the checklist
///   bullets are tick boxes. Further paragraphs of an item are indented with its text.
/// - Block quotes use the Quote style; code blocks the Source Code style, one paragraph
///   each, lines kept; a thematic break is a ruled line.
/// - A link is a hyperlink relationship when its destination is safe (`URLSafety`),
///   else its text alone; an image shows its description. Raw HTML is dropped.
/// - On the poster, the sections between the first and the last level-2 heading are set
///   in two columns, as its print stylesheet sets them, so it stays on one sheet.
///
/// New kinds of block (forms' tables, tick boxes and lines to write on) are a case in
/// `renderBlock` written with `WordBodyWriter.appendTable` (each cell's text through
/// `renderInlines(_:_:into:)`), `appendTickBox` and `appendRuledLine`.
struct WordWalker {
    private(set) var writer: WordBodyWriter
    private(set) var numbering = WordNumbering()
    private let style: DocumentStyle
    private let page: WordPage
    private let contents: Bool

    /// Where the walk is: inside how many quotes and list levels.
    private var quoteDepth = 0
    private var listLevel = -1
    /// The numbering the next paragraph takes: the first paragraph of a list item.
    private var pendingNumbering: (id: Int, level: Int)?
    /// The indentation of the paragraphs of the list item being walked.
    private var itemIndent: Int?
    private var tightList = false
    /// Heading bookmarks handed out so far, in the order of `contentsEntries`.
    private var headingBookmarks = 0

    static let footerRelationship = "rIdFooter1"

    init(language: WordLanguage, style: DocumentStyle, page: WordPage, contents: Bool, capacity: Int) {
        writer = WordBodyWriter(language: language, capacity: capacity)
        self.style = style
        self.page = page
        self.contents = contents
    }

    mutating func render(_ document: MarkdownDocument) {
        let blocks = document.blocks
        let levelTwo = blocks.indices.filter { if case .heading(2, _) = blocks[$0] { true } else { false } }
        let columns = style == .codeOfConduct && levelTwo.count >= 3 ? (levelTwo.first!, levelTwo.last!) : nil
        let entries = contents ? Self.contentsEntries(blocks) : []
        for (index, block) in blocks.enumerated() {
            if let columns, index == columns.0 || index == columns.1 {
                // The section before this heading ends here: one column, then two.
                endSection(columns: index == columns.0 ? 1 : 2, continuous: index != columns.0)
            }
            if index == levelTwo.first, !entries.isEmpty {
                renderContents(entries)
            }
            renderBlock(block)
        }
        writer.appendMarkup(page.sectionProperties(footer: Self.footerRelationship, rightToLeft: writer.language.isRightToLeft,
                                                   continuous: columns != nil))
    }

    /// An empty, hairline paragraph that carries the properties of the section it ends.
    private mutating func endSection(columns: Int, continuous: Bool) {
        writer.appendMarkup("<w:p><w:pPr>" + (writer.language.isRightToLeft ? "<w:bidi/>" : ""))
        writer.appendMarkup("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>")
        writer.appendMarkup(page.sectionProperties(footer: Self.footerRelationship, rightToLeft: writer.language.isRightToLeft,
                                                   columns: columns, continuous: continuous))
        writer.appendMarkup("</w:pPr></w:p>")
    }

    // MARK: Blocks

    private mutating func renderBlocks(_ blocks: [MarkdownBlock]) {
        for block in blocks { renderBlock(block) }
    }

    private mutating func renderBlock(_ block: MarkdownBlock) {
        switch block {
        case .paragraph(let inlines):
            writer.beginParagraph(paragraphProperties(style: quoteDepth > 0 ? WordStyles.quote : nil))
            renderInlines(inlines, .plain)
            writer.endParagraph()
        case .heading(let level, let inlines):
            writer.beginParagraph(paragraphProperties(style: WordStyles.heading(level)))
            if contents, (2...3).contains(level) {
                headingBookmarks += 1
                let bookmark = writer.beginBookmark(named: Self.bookmarkName(headingBookmarks))
                renderInlines(inlines, .plain)
                writer.endBookmark(bookmark)
            } else {
                renderInlines(inlines, .plain)
            }
            writer.endParagraph()
        case .blockQuote(let blocks):
            quoteDepth += 1
            renderBlocks(blocks)
            quoteDepth -= 1
        case .list(let list):
            flushPendingNumbering()
            renderList(list)
        case .codeBlock(_, let literal):
            flushPendingNumbering()
            renderCode(literal)
        case .form(let form):
            flushPendingNumbering()
            WordForm.render(form, into: &writer)
        case .htmlBlock:
            break
        case .thematicBreak:
            flushPendingNumbering()
            writer.appendRuledLine()
        }
    }

    /// The properties of the next paragraph: the pending list number, or the indentation
    /// of the list item it continues.
    private mutating func paragraphProperties(style: String?) -> WordParagraphProperties {
        var properties = WordParagraphProperties(style: style)
        if let numbering = pendingNumbering {
            properties.numbering = numbering
            pendingNumbering = nil
            if style == nil { properties.style = WordStyles.listParagraph }
        } else if let itemIndent {
            properties.indent = itemIndent
            if style == nil { properties.style = WordStyles.listParagraph }
        }
        if listLevel >= 0 && !tightList && properties.style == WordStyles.listParagraph {
            properties.spacingAfter = WordStyles.scale(for: self.style).spaceAfter
        }
        return properties
    }

    /// A list item that does not start with a paragraph still shows its marker.
    private mutating func flushPendingNumbering() {
        guard pendingNumbering != nil else { return }
        writer.appendEmptyParagraph(paragraphProperties(style: nil))
    }

    private mutating func renderList(_ list: MarkdownList) {
        let level = min(listLevel + 1, WordNumbering.deepestLevel)
        let id = numbering.addList(list.kind, level: level, tickBoxes: style == .checklist)
        let saved = (listLevel, itemIndent, tightList)
        listLevel = level
        tightList = list.isTight
        for item in list.items {
            pendingNumbering = (id, level)
            itemIndent = WordNumbering.indent(ofLevel: level)
            renderBlocks(item.blocks)
            flushPendingNumbering()
        }
        (listLevel, itemIndent, tightList) = saved
    }

    private mutating func renderCode(_ literal: String) {
        // The fence's final newline, and any blank lines before it, are not part of the code.
        var end = literal.endIndex
        while end > literal.startIndex, literal[literal.index(before: end)].isWhitespace { end = literal.index(before: end) }
        guard end > literal.startIndex else { return }
        var properties = WordParagraphProperties(style: WordStyles.code, indent: itemIndent.map { $0 + 240 }, leftToRight: true)
        if quoteDepth > 0 { properties.indent = (properties.indent ?? 0) + 480 }
        writer.beginParagraph(properties)
        writer.appendRun(literal[..<end], .plain)
        writer.endParagraph()
    }

    // MARK: Contents

    /// The text of every level-2 and level-3 heading, in the order the walk meets them.
    static func contentsEntries(_ blocks: [MarkdownBlock]) -> [(level: Int, inlines: [MarkdownInline])] {
        var entries: [(level: Int, inlines: [MarkdownInline])] = []
        func collect(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .heading(let level, let inlines) where (2...3).contains(level):
                    entries.append((level, inlines))
                case .blockQuote(let children):
                    collect(children)
                case .list(let list):
                    for item in list.items { collect(item.blocks) }
                default:
                    break
                }
            }
        }
        collect(blocks)
        return entries
    }

    static func bookmarkName(_ number: Int) -> String {
        "_Toc\(number)"
    }

    /// Word's contents field over the Heading 2 and 3 styles. Its result is written out
    /// already, an entry linked to each heading, so the contents show before Word updates
    /// the field; updating it adds the page numbers.
    private mutating func renderContents(_ entries: [(level: Int, inlines: [MarkdownInline])]) {
        for (index, entry) in entries.enumerated() {
            writer.beginParagraph(WordParagraphProperties(style: WordStyles.contents(entry.level)))
            if index == 0 { writer.beginComplexField(" TOC \\o \"2-3\" \\h \\z \\u ") }
            writer.beginInternalLink(to: Self.bookmarkName(index + 1))
            renderInlines(entry.inlines, .plain, linksAllowed: false)
            writer.endHyperlink()
            if index == entries.count - 1 { writer.endComplexField() }
            writer.endParagraph()
        }
    }

    // MARK: Inlines

    private mutating func renderInlines(_ inlines: [MarkdownInline], _ format: WordRunFormat, linksAllowed: Bool = true) {
        Self.renderInlines(inlines, format, linksAllowed: linksAllowed, into: &writer)
    }

    /// Inline content as runs: what a paragraph holds, and what a table cell of a form holds.
    static func renderInlines(_ inlines: [MarkdownInline], _ format: WordRunFormat, linksAllowed: Bool = true, into writer: inout WordBodyWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writer.appendRun(text, format)
            case .softBreak:
                writer.appendRun(" ", format)
            case .lineBreak:
                writer.appendLineBreak(format)
            case .code(let text):
                var code = format
                code.code = true
                writer.appendRun(text, code)
            case .html:
                break
            case .emphasis(let children):
                var italic = format
                italic.italic = true
                renderInlines(children, italic, linksAllowed: linksAllowed, into: &writer)
            case .strong(let children):
                var bold = format
                bold.bold = true
                renderInlines(children, bold, linksAllowed: linksAllowed, into: &writer)
            case .link(let destination, _, let children):
                guard linksAllowed, !format.link, writer.beginHyperlink(to: destination) else {
                    renderInlines(children, format, linksAllowed: linksAllowed, into: &writer)
                    continue
                }
                var link = format
                link.link = true
                renderInlines(children, link, linksAllowed: false, into: &writer)
                writer.endHyperlink()
            case .image(_, _, let children):
                renderInlines(children, format, linksAllowed: false, into: &writer)
            }
        }
    }
}
