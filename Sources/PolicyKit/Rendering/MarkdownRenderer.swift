/// Markdown in, finished text out: the renderings every document gets, for any Markdown.
///
/// ```swift
/// let markdown = "# Visitors\n\nPlease sign in at *reception*.\n"
/// let fragment = MarkdownRenderer.html(fromMarkdown: markdown)
/// let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: 40)
/// let page = MarkdownRenderer.page(fromMarkdown: markdown, language: "en", paper: .a4, style: .card)
/// ```
public enum MarkdownRenderer {
    /// cmark's HTML rendering in safe mode: raw HTML is replaced by a comment and
    /// `javascript:`, `vbscript:`, `file:` and non-image `data:` destinations are
    /// emptied. Returns an HTML fragment; `page` makes a whole page.
    ///
    /// ```swift
    /// let fragment = MarkdownRenderer.html(fromMarkdown: "Please sign in at *reception*.")
    /// // "<p>Please sign in at <em>reception</em>.</p>\n"
    /// ```
    public static func html(fromMarkdown markdown: String) -> String {
        CmarkDocument(parsing: markdown).renderHTML()
    }

    /// A standalone HTML page with the stylesheet of the document `style` names, laid out
    /// for `paper`. Its title is the Markdown's first heading, else `untitled`. `language`
    /// is the page's language tag, such as `en` or `fr-CA`.
    ///
    /// ```swift
    /// let markdown = "# Visitors\n\nSign in at reception.\n"
    /// let page = MarkdownRenderer.page(fromMarkdown: markdown, language: "fr-CA", paper: .letter, style: .poster)
    /// ```
    public static func page(
        fromMarkdown markdown: String, untitled: String = "Document", language: String, paper: PaperSize, style: DocumentKind
    ) -> String {
        let title = MarkdownDocument(parsing: markdown).title ?? untitled
        return HTMLDocument(title: title, language: language, paper: paper, style: style.style, bodyHTML: html(fromMarkdown: markdown)).text
    }

    /// The document as plain text for a terminal, an email or a printout: headings
    /// underlined, lists indented, paragraphs filled to `width` terminal columns, and
    /// one newline at the end.
    ///
    /// ```swift
    /// let text = MarkdownRenderer.plainText(fromMarkdown: "# Visitors\n\nSign in at *reception*.\n", width: 60)
    /// ```
    public static func plainText(fromMarkdown markdown: consuming String, width: Int = 72) -> String {
        renderings(of: markdown, html: false, textWidth: width).text!
    }

    /// The HTML fragment, the plain text at `textWidth` columns, or both, from one parse:
    /// a build that writes both renderings of a document reads its Markdown once.
    static func renderings(of markdown: consuming String, html wantsHTML: Bool, textWidth: Int?) -> (html: String?, text: String?) {
        // Allocating or freeing a large block makes glibc first sweep every small block
        // freed before it. So the large blocks come and go before the small frees: the
        // output buffer is taken before parsing, the Markdown is let go once cmark has
        // copied it, and the buffer once the text is made; cmark's tree and its Swift
        // copy, many small blocks, are freed last.
        let size = markdown.utf8.count
        var walker = textWidth.map { PlainTextWalker(width: PlainTextRenderer.Options(width: $0).width, capacity: size + size / 8 + 64) }
        let parsed = CmarkDocument(parsing: markdown)
        return withExtendedLifetime(parsed) {
            let html = wantsHTML ? parsed.renderHTML() : nil
            guard walker != nil else { return (html, nil) }
            let document = MarkdownDocument(blocks: parsed.withRoot { CmarkTreeConverter.blocks(childrenOf: $0) })
            let text = withExtendedLifetime(document) { () -> String in
                walker!.render(document)
                defer { walker = nil }
                return walker!.text
            }
            return (html, text)
        }
    }

    /// The same renderings, made piece by piece (`MarkdownPieces`) and taken from `cache`
    /// for every piece rendered before. The HTML of a document is its pieces' HTML one
    /// after the other; its text is the pieces' texts with a blank line between, as
    /// `PlainTextWalker` puts one between blocks (and none after a block that shows nothing).
    static func renderings(
        of markdown: String, html wantsHTML: Bool, textWidth: Int?, cache: RenderingCache
    ) -> (html: String?, text: String?) {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            let pieces = MarkdownPieces.ranges(in: bytes).map { range in
                let piece = UnsafeBufferPointer(rebasing: bytes[range])
                return cache.renderings(of: piece, html: wantsHTML, textWidth: textWidth) {
                    let rendered = renderings(of: String(decoding: piece, as: UTF8.self), html: wantsHTML, textWidth: textWidth)
                    return RenderingCache.Renderings(html: rendered.html, text: rendered.text)
                }
            }
            var html: String?
            if wantsHTML {
                var joined = ""
                joined.reserveCapacity(pieces.reduce(0) { $0 + $1.html!.utf8.count })
                for piece in pieces { joined += piece.html! }
                html = joined
            }
            var text: String?
            if textWidth != nil {
                var joined = ""
                joined.reserveCapacity(pieces.reduce(0) { $0 + $1.text!.utf8.count + 1 })
                for piece in pieces where !piece.text!.isEmpty {
                    if !joined.isEmpty { joined += "\n" }
                    joined += piece.text!
                }
                text = joined
            }
            return (html, text)
        }
    }
}
