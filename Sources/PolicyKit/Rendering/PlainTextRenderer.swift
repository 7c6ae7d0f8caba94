/// Renders a Markdown document as plain text for reading in a terminal, an
/// email or a printout.
///
/// - Paragraphs are filled to `width` terminal columns (wide CJK characters
///   count two, combining marks none). Words are never split: a single word
///   longer than the line gets a line of its own and overflows.
/// - Level-1 headings are underlined with `=`, level-2 with `-`, deeper ones
///   stand alone as a paragraph.
/// - Lists use `- ` and `1. ` (or `1) `) with hanging indents; numbers are
///   right-aligned so the items line up. Block quotes prefix each line with `> `.
/// - Code blocks are indented four columns and keep their spacing. A code line
///   too long for the width wraps at a space onto a continuation line indented
///   two columns further than the line; runs without spaces are never split.
/// - Emphasis shows as its text. A link shows as `text <destination>`, or as
///   `<destination>` when the text is the destination; an image shows its
///   description. Raw HTML is dropped, and so is any destination that cmark's
///   safe mode would remove (`javascript:`, `vbscript:`, `file:`, most `data:`).
///
/// The output ends with exactly one newline (an empty document renders as the
/// empty string) and has no trailing spaces.
struct PlainTextRenderer: Sendable {
    struct Options: Equatable, Sendable {
        /// Terminal columns per line; at least 1.
        var width: Int

        init(width: Int = 72) {
            self.width = max(1, width)
        }
    }

    var options: Options

    init(options: Options = Options()) {
        self.options = options
    }

    func render(_ document: MarkdownDocument, reservingCapacity capacity: Int = 4096) -> String {
        var walker = PlainTextWalker(width: options.width, capacity: capacity)
        walker.render(document)
        return walker.text
    }
}
