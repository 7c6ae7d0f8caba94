/// Plain (unquoted) scalars, possibly folded over several lines.
extension YAMLParser {
    /// The plain scalar at the cursor (its first character already checked).
    /// Stops before ': ', ' #', a line end that does not continue it, and in flow
    /// context before flow indicators. Continuation lines must be indented more
    /// than `n`. Leaves the cursor just after the last non-blank character.
    mutating func parsePlain(parent n: Int, flow: Bool, singleLine: Bool) -> NodeID {
        let start = pos
        var buffer: [UInt8]? = nil
        var segmentStart = pos
        while true {
            scan: while true {
                if !flow, let base = text.baseAddress {
                    // In block context only line breaks, '#' and ':' can end the text
                    // (and the end of input, which the byte scan below meets).
                    pos = ByteScan.skip(from: pos, limit: end, in: base, until: Byte.lf, Byte.cr, Byte.hash, Byte.colon)
                }
                if endsWithLineFeed {
                    // A line feed stops the scan before the end; no bounds check needed.
                    let base = text.baseAddress!
                    var p = pos
                    while !Byte.mayEndPlain(base[p]) { p &+= 1 }
                    pos = p
                } else {
                    while !Byte.mayEndPlain(at(pos)) { pos += 1 }
                }
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
            if singleLine || !stoppedAtBreak {
                break
            }
            guard let (emptyLines, nextContent) = plainContinuation(parent: n, flow: flow) else { break }
            if buffer == nil {
                buffer = []
                buffer!.reserveCapacity(64)
            }
            buffer!.append(contentsOf: UnsafeBufferPointer(rebasing: text[segmentStart..<contentEnd]))
            if emptyLines == 0 {
                buffer!.append(Byte.space)
            } else {
                for _ in 0..<emptyLines { buffer!.append(Byte.lf) }
            }
            while pos < nextContent {
                if Byte.isBreak(text[pos]) { breakLine() } else { pos += 1 }
            }
            segmentStart = pos
        }
        if var buffer {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[segmentStart..<pos]))
            return store.decodedScalar(.plain, start: start, end: pos, text: buffer)
        }
        return store.scalar(.plain, start: start, end: pos, text: segmentStart..<pos)
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
