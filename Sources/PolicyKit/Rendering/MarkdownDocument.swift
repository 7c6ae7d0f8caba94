import CCmark

/// A Markdown document parsed by cmark (CommonMark 0.30) into Swift values.
struct MarkdownDocument: Equatable, Sendable {
    var blocks: [MarkdownBlock]

    init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    init(parsing markdown: String) {
        blocks = CmarkDocument(parsing: markdown).withRoot { root in
            CmarkTreeConverter.blocks(childrenOf: root)
        }
    }

    /// The plain text of the first level-1 heading, or of the first heading of any
    /// level when there is none: what a standalone page uses as its title.
    var title: String? {
        var firstHeading: String?
        for block in blocks {
            guard case .heading(let level, let inlines) = block else { continue }
            let text = MarkdownInline.plainText(of: inlines)
            if level == 1 { return text }
            if firstHeading == nil { firstHeading = text }
        }
        return firstHeading
    }
}
