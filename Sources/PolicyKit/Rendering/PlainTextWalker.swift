/// The walk behind `PlainTextRenderer`: blocks become prefixed lines, inline
/// content becomes words filled into them.
struct PlainTextWalker {
    private let width: Int
    private var writer: TextLineWriter
    /// Scratch space reused for every paragraph and code line.
    private var words = WrappedWords()
    private var codeLines = CodeLineWrapper()

    init(width: Int, capacity: Int) {
        self.width = width
        writer = TextLineWriter(reservingCapacity: capacity)
    }

    var text: String {
        String(decoding: writer.output, as: UTF8.self)
    }

    /// Columns left for content inside the current prefixes; never below one,
    /// so deep nesting degrades to a word per line rather than failing.
    private var availableWidth: Int {
        max(1, width - writer.indentWidth)
    }

    mutating func render(_ document: MarkdownDocument) {
        renderBlocks(document.blocks, blankLineBetween: true)
    }

    // MARK: Blocks

    private mutating func renderBlocks(_ blocks: [MarkdownBlock], blankLineBetween: Bool) {
        var wroteAny = false
        for block in blocks {
            if wroteAny && blankLineBetween { writer.separateWithBlankLine() }
            let before = writer.lineCount
            renderBlock(block)
            if writer.lineCount > before { wroteAny = true }
        }
        // A gap asked for before a trailing block that wrote nothing is not owed
        // to whatever follows this container.
        if wroteAny { writer.cancelBlankLine() }
    }

    private mutating func renderBlock(_ block: MarkdownBlock) {
        switch block {
        case .paragraph(let inlines):
            collectWords(inlines)
            fill()
        case .heading(let level, let inlines):
            collectWords(inlines)
            let widest = fill()
            guard widest > 0, level <= 2 else { return }
            writer.beginLine()
            writer.append(repeating: level == 1 ? UInt8(ascii: "=") : UInt8(ascii: "-"), count: widest)
            writer.endLine()
        case .blockQuote(let blocks):
            writer.pushPrefix(first: Self.quoteBar, rest: Self.quoteBar)
            renderBlocks(blocks, blankLineBetween: true)
            writer.popPrefix()
        case .list(let list):
            renderList(list)
        case .codeBlock(_, let literal):
            renderCode(literal)
        case .form(let form):
            for line in FormText.lines(form, width: availableWidth) {
                writer.beginLine()
                writer.append(Array(line.utf8))
                writer.endLine()
            }
        case .htmlBlock:
            break
        case .thematicBreak:
            writer.beginLine()
            writer.append(repeating: UInt8(ascii: "-"), count: max(3, availableWidth))
            writer.endLine()
        }
    }

    private static let quoteBar = Array("> ".utf8)
    private static let bullet = Array("- ".utf8)
    private static let codeIndent = Array("    ".utf8)

    private mutating func renderList(_ list: MarkdownList) {
        let markers = Self.markers(for: list)
        let hangingIndent = [UInt8](repeating: 0x20, count: markers.last?.count ?? 0)
        var wroteAny = false
        for (item, marker) in zip(list.items, markers) {
            if wroteAny && !list.isTight { writer.separateWithBlankLine() }
            writer.pushPrefix(first: marker, rest: hangingIndent)
            let before = writer.lineCount
            renderBlocks(item.blocks, blankLineBetween: !list.isTight)
            if writer.lineCount == before {
                // An empty item still shows its bullet, as it would on the page.
                writer.beginLine()
                writer.endLine()
            }
            writer.popPrefix()
            wroteAny = true
        }
        if wroteAny { writer.cancelBlankLine() }
    }

    /// One marker per item, all the same width: `- `, or numbers right-aligned
    /// to the widest (` 9. ` above `10. `).
    private static func markers(for list: MarkdownList) -> [[UInt8]] {
        switch list.kind {
        case .bullet:
            return Array(repeating: bullet, count: list.items.count)
        case .ordered(let start, let delimiter):
            let suffix = delimiter == .period ? ". " : ") "
            let numbers = list.items.indices.map { String(start + $0) }
            let widest = numbers.map(\.utf8.count).max() ?? 0
            return numbers.map { Array((String(repeating: " ", count: widest - $0.utf8.count) + $0 + suffix).utf8) }
        }
    }

    private mutating func renderCode(_ literal: String) {
        var literal = literal
        literal.withUTF8 { bytes in
            // Trailing blank lines of a fence are not part of what a reader sees.
            var lastNonBlank = bytes.count - 1
            while lastNonBlank >= 0 && (bytes[lastNonBlank] == 0x20 || bytes[lastNonBlank] == 0x09 || bytes[lastNonBlank] == 0x0A) {
                lastNonBlank -= 1
            }
            guard lastNonBlank >= 0 else { return }
            var end = lastNonBlank + 1
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            writer.pushPrefix(first: Self.codeIndent, rest: Self.codeIndent)
            let width = availableWidth
            var lineStart = 0
            while lineStart <= end {
                var lineEnd = lineStart
                while lineEnd < end && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                codeLines.write(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), width: width, into: &writer)
                lineStart = lineEnd + 1
            }
            writer.popPrefix()
        }
    }

    // MARK: Inlines

    /// Flattens the inlines into the reusable word buffer.
    private mutating func collectWords(_ inlines: [MarkdownInline]) {
        words.removeAll()
        Self.collect(inlines, into: &words, insideImage: false)
        words.finish()
    }

    private static func collect(_ inlines: [MarkdownInline], into words: inout WrappedWords, insideImage: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                words.appendText(text)
            case .softBreak:
                words.endWord()
            case .lineBreak:
                if insideImage { words.endWord() } else { words.appendHardBreak() }
            case .html:
                break
            case .emphasis(let children), .strong(let children):
                collect(children, into: &words, insideImage: insideImage)
            case .image(_, _, let children):
                collect(children, into: &words, insideImage: true)
            case .link(let destination, _, let children):
                guard !insideImage, !destination.isEmpty, !URLSafety.isDangerous(destination) else {
                    collect(children, into: &words, insideImage: insideImage)
                    continue
                }
                let text = MarkdownInline.plainText(of: children)
                if text == destination || "mailto:" + text == destination {
                    // An autolink: its text is the address, so it shows once.
                    words.appendText("<" + text + ">")
                } else {
                    collect(children, into: &words, insideImage: false)
                    words.endWord()
                    words.appendText("<" + destination + ">")
                }
            }
        }
    }

    /// Fills lines greedily with the words; returns the widest line's width.
    @discardableResult
    private mutating func fill() -> Int {
        let available = availableWidth
        var lineWidth = 0
        var lineOpen = false
        var wroteLine = false
        var pendingBreaks = 0
        var widest = 0
        for token in words.tokens {
            if token.width == WrappedWords.hardBreakWidth {
                if lineOpen {
                    writer.endLine()
                    widest = max(widest, lineWidth)
                    lineOpen = false
                } else if wroteLine {
                    pendingBreaks += 1
                }
                continue
            }
            let gap = token.joinsPrevious ? 0 : 1
            if lineOpen && lineWidth + gap + token.width <= available {
                if gap == 1 { writer.append(0x20) }
                lineWidth += gap
            } else {
                if lineOpen {
                    writer.endLine()
                    widest = max(widest, lineWidth)
                }
                // Consecutive hard breaks leave empty lines between the text.
                for _ in 0..<pendingBreaks {
                    writer.beginLine()
                    writer.endLine()
                }
                pendingBreaks = 0
                writer.beginLine()
                lineOpen = true
                wroteLine = true
                lineWidth = 0
            }
            writer.append(words.bytes[token.start..<token.end])
            lineWidth += token.width
        }
        if lineOpen {
            writer.endLine()
            widest = max(widest, lineWidth)
        }
        return widest
    }
}
