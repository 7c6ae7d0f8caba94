/// Cuts a Markdown document into pieces that CommonMark parses the same apart as
/// together, so each piece can be rendered on its own and its renderings reused
/// wherever the same piece turns up again: the documents of many sites differ only
/// in the few paragraphs that name the site.
///
/// A cut goes before a line that starts at column 0 right after a blank line. By then
/// every block before it is closed (a blank line ends paragraphs and block quotes, and
/// an unindented line ends indented code and any list it is not an item of), and
/// inline content never reaches across a blank line. The line itself must not be able
/// to join what came before or to change how it parses, so a cut never goes before
/// a line starting with a list marker (`-`, `+`, `*`, a digit), `>`, `<`, a fence
/// character, a tab or space, or a byte-order mark (which cmark drops only at the start
/// of a document).
///
/// A few constructs reach across blank lines or across the whole document: fenced
/// code, the HTML blocks that run to a closing marker (`<!--`, `<?`, `<!X`, `<![CDATA[`,
/// `<script`, `<pre`, `<style`, `<textarea`) and link reference definitions (`]:`).
/// Carriage returns end lines too, which the blank-line test here does not follow. A
/// document holding any of these is left in one piece; so is anything cmark parses
/// in ways not listed here, which is why the pieces are checked against whole-document
/// rendering on every example and CommonMark spec example in the tests.
enum MarkdownPieces {
    /// Byte ranges that cover `text` in order, at least one (an empty text gives one
    /// empty range).
    static func ranges(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let count = text.count
        var cuts: [Int] = []
        var lineStart = 0
        var previousLineBlank = false
        while lineStart < count {
            var index = lineStart
            while index < count && (text[index] == 0x20 || text[index] == 0x09) { index += 1 }
            guard index < count else { break }
            if text[index] == 0x0A {
                previousLineBlank = true
                lineStart = index + 1
                continue
            }
            if index == lineStart && previousLineBlank && mayStartPiece(text[index]) {
                cuts.append(index)
            }
            previousLineBlank = false
            // The rest of the line, looking at eight bytes at a time for those that matter:
            // this runs over every byte of every document a build makes.
            while true {
                if let base = text.baseAddress {
                    while index + 8 <= count && !Self.mayMatter(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                        index += 8
                    }
                }
                let end = min(count, index + 8)
                var lineEnded = false
                while index < end {
                    if text[index] == 0x0A {
                        lineEnded = true
                        break
                    }
                    if reachesAcrossBlankLines(text, at: index) { return [0..<count] }
                    index += 1
                }
                if lineEnded || index >= count { break }
            }
            lineStart = index + 1
        }
        guard !cuts.isEmpty else { return [0..<count] }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(cuts.count + 1)
        var start = 0
        for cut in cuts {
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<count)
        return ranges
    }

    /// Whether any of eight bytes is a newline or could begin what `reachesAcrossBlankLines`
    /// looks for.
    @inline(__always)
    private static func mayMatter(_ word: UInt64) -> Bool {
        (ByteScan.flags(word, equal: 0x0A) | ByteScan.flags(word, equal: 0x0D) | ByteScan.flags(word, equal: UInt8(ascii: "<"))
            | ByteScan.flags(word, equal: UInt8(ascii: "]")) | ByteScan.flags(word, equal: UInt8(ascii: "`"))
            | ByteScan.flags(word, equal: UInt8(ascii: "~"))) != 0
    }

    /// Whether the byte at `index` starts a fence, a long HTML block, a link reference
    /// definition's `]:` or a carriage return.
    @inline(__always)
    private static func reachesAcrossBlankLines(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = text[index]
        switch byte {
        case 0x0D:
            return true
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            return index + 2 < text.count && text[index + 1] == byte && text[index + 2] == byte
        case UInt8(ascii: "]"):
            return index + 1 < text.count && text[index + 1] == UInt8(ascii: ":")
        case UInt8(ascii: "<"):
            return opensLongHTMLBlock(text, at: index)
        default:
            return false
        }
    }

    /// Whether a line starting with `byte` at column 0 after a blank line begins a
    /// block that nothing before it can claim.
    private static func mayStartPiece(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: ">"), UInt8(ascii: "<"),
             UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            false
        case 0x00..<0x20, 0x7F, 0xEF:
            // Control characters, and the first byte of a byte-order mark.
            false
        default:
            true
        }
    }

    private static let longHTMLBlockTags: [[UInt8]] = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }

    /// `<!`, `<?` or one of the tags whose HTML block runs past blank lines, in any case.
    private static func opensLongHTMLBlock(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 1 < text.count else { return false }
        let next = text[index + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
        for tag in longHTMLBlockTags where index + tag.count < text.count {
            var matches = true
            for (offset, letter) in tag.enumerated() where text[index + 1 + offset] | 0x20 != letter {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }
}
