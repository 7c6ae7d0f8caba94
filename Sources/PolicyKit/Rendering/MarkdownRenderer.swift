/// Markdown in, finished text out: the two renderings every document gets.
public enum MarkdownRenderer {
    /// cmark's HTML rendering in safe mode: raw HTML is replaced by a comment and
    /// `javascript:`, `vbscript:`, `file:` and non-image `data:` destinations are
    /// emptied. Returns an HTML fragment (wrap it with `HTMLDocument` for a page).
    public static func html(fromMarkdown markdown: String) -> String {
        CmarkDocument(parsing: markdown).renderHTML()
    }

    /// The plain-text rendering described at `PlainTextRenderer`, wrapped at
    /// `width` terminal columns.
    public static func plainText(fromMarkdown markdown: String, width: Int = 72) -> String {
        renderings(of: markdown, html: false, textWidth: width).text!
    }

    /// The HTML fragment, the plain text at `textWidth` columns, or both, from one parse:
    /// a build that writes both renderings of a document reads its Markdown once.
    static func renderings(of markdown: String, html wantsHTML: Bool, textWidth: Int?) -> (html: String?, text: String?) {
        // Large allocations make glibc sweep every small freed block first, so the
        // large ones come before the frees: the output buffer is taken before
        // parsing, and cmark's tree is freed only after the text is made.
        let size = markdown.utf8.count
        var walker = textWidth.map { PlainTextWalker(width: PlainTextRenderer.Options(width: $0).width, capacity: size + size / 8 + 64) }
        let parsed = CmarkDocument(parsing: markdown)
        return withExtendedLifetime(parsed) {
            let html = wantsHTML ? parsed.renderHTML() : nil
            guard walker != nil else { return (html, nil) }
            walker!.render(MarkdownDocument(blocks: parsed.withRoot { CmarkTreeConverter.blocks(childrenOf: $0) }))
            return (html, walker!.text)
        }
    }
}
