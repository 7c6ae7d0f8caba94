/// A block of a Markdown document, as CommonMark defines it.
///
/// The cases mirror cmark's block nodes one to one, so every renderer walks the
/// same tree that cmark's own HTML renderer sees; the one addition is `form`, a fenced
/// block with the info string `form` that reads as a form (`MarkdownForm`).
enum MarkdownBlock: Equatable, Sendable {
    case paragraph([MarkdownInline])
    /// Level 1 to 6.
    case heading(level: Int, [MarkdownInline])
    case blockQuote([MarkdownBlock])
    case list(MarkdownList)
    /// `info` is the fence's info string (empty for indented code); `literal`
    /// keeps the code exactly, including its final newline.
    case codeBlock(info: String, literal: String)
    /// A fenced block with the info string `form` whose lines read as a form. One that
    /// does not read stays a `codeBlock`, shown as it was written.
    case form(MarkdownForm)
    /// Raw HTML. Kept in the tree so walkers can see it; renderers drop it.
    case htmlBlock(String)
    case thematicBreak
}
