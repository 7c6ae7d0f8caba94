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
        let renderer = PlainTextRenderer(options: .init(width: width))
        return renderer.render(MarkdownDocument(parsing: markdown), reservingCapacity: markdown.utf8.count + markdown.utf8.count / 8)
    }
}
