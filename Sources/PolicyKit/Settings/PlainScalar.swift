/// Plain (unquoted) scalars, possibly folded over several lines.
extension YAMLParser {
    /// The plain scalar at the cursor (its first character already checked).
    /// Stops before ': ', ' #', a line end that does not continue it, and in flow
    /// context before flow indicators. Continuation lines must be indented more
    /// than `n`. Leaves the cursor just after the last non-blank character.
    mutating func parsePlain(parent n: Int, flow: Bool, singleLine: Bool) -> NodeID {
        let start = pos
        // Most plain scalars are one line, and their text is the file's.
        let stoppedAtBreak = scanPlainLine(from: start, flow: flow)
        if singleLine || !stoppedAtBreak {
            return store.scalar(.plain, start: start, end: pos, text: start..<pos)
        }
        guard let continuation = plainContinuation(parent: n, flow: flow) else {
            return store.scalar(.plain, start: start, end: pos, text: start..<pos)
        }
        return parseFoldedPlain(from: start, continuation, parent: n, flow: flow)
    }

    /// The rest of a plain scalar that continues on the next lines, its lines
    /// folded into the decoded text; the cursor is after the first line's text.
    @inline(never)
    private mutating func parseFoldedPlain(from start: Int, _ continuation: (Int, Int), parent n: Int, flow: Bool) -> NodeID {
        let textStart = store.decoded.count
        store.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<pos]))
        var (emptyLines, nextContent) = continuation
        while true {
            if emptyLines == 0 {
                store.decoded.append(Byte.space)
            } else {
                for _ in 0..<emptyLines { store.decoded.append(Byte.lf) }
            }
            while pos < nextContent {
                if Byte.isBreak(text[pos]) { breakLine() } else { pos += 1 }
            }
            let segmentStart = pos
            let stoppedAtBreak = scanPlainLine(from: segmentStart, flow: flow)
            store.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: text[segmentStart..<pos]))
            guard stoppedAtBreak, let next = plainContinuation(parent: n, flow: flow) else { break }
            (emptyLines, nextContent) = next
        }
        return store.decodedScalar(.plain, start: start, end: pos, textFrom: textStart)
    }

    /// Scans one line of a plain scalar's text from the cursor (`segmentStart`),
    /// leaves the cursor after its last non-blank character, and tells whether a
    /// line break ended the text.
    @inline(__always)
    private mutating func scanPlainLine(from segmentStart: Int, flow: Bool) -> Bool {
        scan: while true {
            while !Byte.mayEndPlain(at(pos)) { pos += 1 }
            switch at(pos) {
            case Byte.hash:
                if Byte.isBlank(at(pos - 1)) { break scan }
            case Byte.colon:
                let next = at(pos + 1)
                if Byte.isBlankOrBreakOrEnd(next) || (flow && Byte.isFlowIndicator(next)) { break scan }
            case Byte.comma, Byte.openBracket, Byte.closeBracket, Byte.openBrace, Byte.closeBrace:
                if flow { break scan }
            default: // a line break or the end
                break scan
            }
            pos += 1
        }
        // Blanks before where the scan stopped are not part of the text.
        var contentEnd = pos
        while contentEnd > segmentStart && Byte.isBlank(text[contentEnd - 1]) { contentEnd -= 1 }
        let stoppedAtBreak = Byte.isBreak(at(pos))
        pos = contentEnd
        return stoppedAtBreak
    }

    /// Looks past the line end after a plain scalar's text: whether a following line
    /// continues it, and if so how many empty lines come first and where the
    /// continuation's text starts. Moves nothing (mutating only so that the call
    /// does not copy the parser).
    private mutating func plainContinuation(parent n: Int, flow: Bool) -> (Int, Int)? {
        var p = pos
        while Byte.isBlank(at(p)) { p += 1 }
        var emptyLines = -1
        while true {
            guard Byte.isBreak(at(p)) else { break }
            if at(p) == Byte.cr { p += 1 }
            p += 1
            emptyLines += 1
            let lineBegin = p
            while at(p) == Byte.space { p += 1 }
            let indent = p - lineBegin
            while Byte.isBlank(at(p)) { p += 1 }
            let c = at(p)
            if Byte.isBreak(c) { continue }
            if p >= end { return nil }
            if indent == 0 && isDocumentMarker(at: lineBegin) { return nil }
            if indent <= n && !(flow && n < 0) { return nil }
            if c == Byte.hash { return nil }
            let next = at(p + 1)
            if c == Byte.colon && (Byte.isBlankOrBreakOrEnd(next) || (flow && Byte.isFlowIndicator(next))) { return nil }
            if flow && Byte.isFlowIndicator(c) { return nil }
            return (emptyLines, p)
        }
        return nil
    }
}
