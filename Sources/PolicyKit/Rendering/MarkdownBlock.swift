/// A block of a Markdown document, as CommonMark defines it.
///
/// The cases mirror cmark's block nodes one to one, so every renderer walks the
/// same tree that cmark's own HTML renderer sees.
enum MarkdownBlock: Equatable, Sendable {
    case paragraph([MarkdownInline])
    /// Level 1 to 6.
    case heading(level: Int, [MarkdownInline])
    case blockQuote([MarkdownBlock])
    case list(MarkdownList)
    /// `info` is the fence's info string (empty for indented code); `literal`
    /// keeps the code exactly, including its final newline.
    case codeBlock(info: String, literal: String)
    /// Raw HTML. Kept in the tree so walkers can see it; renderers drop it.
    case htmlBlock(String)
    case thematicBreak
}
