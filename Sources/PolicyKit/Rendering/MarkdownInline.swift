/// Inline content of a paragraph or heading, mirroring cmark's inline nodes.
enum MarkdownInline: Equatable, Sendable {
    case text(String)
    /// A line ending inside a paragraph; readers see a space.
    case softBreak
    /// A hard line break (two trailing spaces or a backslash).
    case lineBreak
    case code(String)
    /// Raw inline HTML. Kept in the tree; renderers drop it.
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    /// The children are the image's description (its alt text).
    case image(source: String, title: String, [MarkdownInline])
}

extension MarkdownInline {
    /// The text a reader sees, without formatting: text, code and the content of
    /// emphasis, links and image descriptions; breaks become spaces; raw HTML is dropped.
    static func plainText(of inlines: [MarkdownInline]) -> String {
        var result = ""
        appendPlainText(of: inlines, to: &result)
        return result
    }

    private static func appendPlainText(of inlines: [MarkdownInline], to result: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                result += text
            case .softBreak, .lineBreak:
                result += " "
            case .html:
                break
            case .emphasis(let children), .strong(let children),
                 .link(_, _, let children), .image(_, _, let children):
                appendPlainText(of: children, to: &result)
            }
        }
    }
}
