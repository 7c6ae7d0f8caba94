/// The parser's cursor over the UTF-8 bytes of one file, with the line
/// bookkeeping that source locations need and the nodes read so far. The grammar
/// lives in extensions (BlockParser, FlowParser, the scalar parsers); this file
/// only moves and measures.
///
/// `InputCheck` has already validated the bytes, so a 0 byte means end of input.
///
/// The struct is large (the node store travels with it), and calling a method
/// that takes it by value from a mutating one copies all of it; the helpers that
/// run for every line or scalar are therefore mutating even where they only read.
struct YAMLParser {
    let text: UnsafeBufferPointer<UInt8>
    let end: Int
    let path: String
    var pos = 0
    var line = 1
    var lineStart = 0
    var depth = 0
    /// Errors the parser recovered from (duplicate keys, unsupported features it
    /// could step over); reported together with the fatal one, if any.
    var errors: [Diagnostic] = []
    /// For the content line the cursor rests on after `skipBlankLines`: its
    /// indentation in spaces, and where a tab appeared before its first character.
    var lineIndent = 0
    var lineTab: Int? = nil
    /// The nodes parsed so far.
    var store: NodeStore

    init(_ text: UnsafeBufferPointer<UInt8>, path: String) {
        self.text = text
        self.end = text.count
        self.path = path
        store = NodeStore(expectedBytes: text.count)
    }

    @inline(__always) func at(_ i: Int) -> UInt8 { i < end ? text[i] : 0 }
    @inline(__always) var current: UInt8 { at(pos) }
    var atEnd: Bool { pos >= end }

    /// The location of an offset at or before the cursor. Only messages need one,
    /// so it is found the slow way, from the lines seen so far.
    func location(_ offset: Int) -> SourceLocation {
        LineTable.location(of: offset, lineStarts: store.lineStarts, text: text)
    }

    func here() -> SourceLocation { location(pos) }

    /// The start of a node, for a message about it.
    func location(of node: NodeID) -> SourceLocation { location(Int(store[node].start)) }

    /// Steps over the line break at the cursor (LF or CRLF). Inlined: it runs for
    /// every line and is only a few instructions.
    @inline(__always)
    mutating func breakLine() {
        if at(pos) == Byte.cr { pos += 1 }
        pos += 1
        line += 1
        lineStart = pos
        store.lineStarts.append(UInt32(truncatingIfNeeded: pos))
    }

    /// Moves to the line break ending the cursor's line (or the end of input).
    /// InputCheck has made sure a CR only ever comes right before an LF.
    mutating func skipToLineEnd() {
        while pos < end && !Byte.isBreak(text[pos]) { pos += 1 }
    }

    mutating func skipBlanks() {
        while Byte.isBlank(at(pos)) { pos += 1 }
    }

    /// From the start of a line, skips blank and comment-only lines and stops on the
    /// first character of the next content line (or at the end of input), noting its
    /// indentation.
    mutating func skipBlankLines() {
        while pos < end {
            var p = pos
            while at(p) == Byte.space { p += 1 }
            let indent = p - pos
            var tab: Int? = nil
            while Byte.isBlank(at(p)) {
                if tab == nil && at(p) == Byte.tab { tab = p }
                p += 1
            }
            let c = at(p)
            if Byte.isBreak(c) {
                pos = p
                breakLine()
                continue
            }
            pos = p
            if c == Byte.hash {
                skipToLineEnd()
                if pos < end { breakLine() }
                continue
            }
            lineIndent = indent
            lineTab = tab
            return
        }
    }

    /// After a node that ends a line: only blanks and a comment may follow. Leaves
    /// the cursor on the next content line.
    mutating func finishLine() throws(DiagnosticList) {
        skipBlanks()
        if current == Byte.hash {
            if pos != lineStart && !Byte.isBlank(at(pos - 1)) {
                throw fail("a comment needs a space before '#'", at: here())
            }
            skipToLineEnd()
        }
        if atEnd { return }
        if Byte.isBreak(current) {
            breakLine()
            skipBlankLines()
            return
        }
        if current == Byte.colon {
            throw fail("unexpected ':'; a mapping key must fit on one line and a nested mapping must start on a new line", at: here())
        }
        throw fail("unexpected \(describe(pos)) after the value", at: here())
    }

    /// `---` or `...` at the start of a line, followed by a blank or the line end.
    /// (Mutating only so that the call does not copy the parser.)
    mutating func isDocumentMarker(at p: Int) -> Bool {
        guard p + 2 < end else { return false }
        let c = text[p]
        guard c == Byte.dash || c == Byte.dot, text[p + 1] == c, text[p + 2] == c else { return false }
        return Byte.isBlankOrBreakOrEnd(at(p + 3))
    }

    var atDocumentMarker: Bool {
        mutating get { pos == lineStart && isDocumentMarker(at: pos) }
    }

    // MARK: Errors

    func fail(_ message: String, at location: SourceLocation) -> DiagnosticList {
        var all = errors
        all.append(.error(message, path: path, at: location))
        return DiagnosticList(all)
    }

    mutating func record(_ message: String, at location: SourceLocation) {
        if errors.count < SettingsParser.maximumErrors - 1 {
            errors.append(.error(message, path: path, at: location))
        }
    }

    mutating func tabIndentationError() -> DiagnosticList {
        let offset = lineTab ?? pos
        return fail("tab characters must not be used for indentation; use spaces", at: location(offset))
    }

    @inline(__always)
    mutating func enterCollection() throws(DiagnosticList) {
        depth += 1
        if depth > SettingsParser.maximumDepth { throw tooDeepError() }
    }

    private mutating func tooDeepError() -> DiagnosticList {
        let limit = SettingsParser.maximumDepth
        return fail("collections nest more than \(limit) levels deep; the limit is \(limit) levels", at: here())
    }

    /// The character at `p` quoted for a message: `'x'`, or a name for invisible ones.
    func describe(_ p: Int) -> String {
        let c = at(p)
        if p >= end { return "end of file" }
        switch c {
        case Byte.tab: return "tab character"
        case Byte.lf, Byte.cr: return "line end"
        default: break
        }
        var q = p + 1
        while q < end, text[q] & 0xC0 == 0x80 { q += 1 }
        return "'" + String(decoding: UnsafeBufferPointer(rebasing: text[p..<q]), as: UTF8.self) + "'"
    }

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[from..<to]), as: UTF8.self)
    }
}
