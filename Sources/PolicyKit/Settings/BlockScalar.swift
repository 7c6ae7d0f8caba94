/// Literal (`|`) and folded (`>`) block scalars with chomping (`-`, `+`) and
/// indentation (`1`–`9`) indicators.
extension YAMLParser {
    private enum Chomping { case strip, clip, keep }

    /// The block scalar whose header is at the cursor, inside a block node indented
    /// `n`. Leaves the cursor on the next content line.
    mutating func parseBlockScalar(parent n: Int) throws(DiagnosticList) -> NodeID {
        let start = pos
        let folded = current == Byte.greater
        pos += 1
        var chomping: Chomping? = nil
        var increment: Int? = nil
        for _ in 0..<2 {
            let c = current
            if chomping == nil && (c == Byte.dash || c == Byte.plus) {
                chomping = c == Byte.dash ? .strip : .keep
                pos += 1
            } else if increment == nil && c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") {
                increment = Int(c - UInt8(ascii: "0"))
                pos += 1
            } else if c == UInt8(ascii: "0") {
                throw fail("a block scalar's indentation indicator must be 1 to 9", at: here())
            }
        }
        if !Byte.isBlankOrBreakOrEnd(current) {
            throw fail("invalid block scalar header: expected '-', '+', a digit 1 to 9, a comment or the line end, found \(describe(pos))", at: here())
        }
        skipBlanks()
        if current == Byte.hash { skipToLineEnd() }
        if !atEnd && !Byte.isBreak(current) {
            throw fail("unexpected \(describe(pos)) after a block scalar header", at: here())
        }
        var endOffset = pos
        if !atEnd { breakLine() }

        let indent: Int
        if let increment {
            indent = max(n, 0) + increment
        } else {
            indent = try detectBlockIndent(parent: n)
        }

        // The text is written straight after the decoded text of earlier scalars.
        let textStart = store.decoded.count
        var pendingEmpty = 0
        var anyText = false
        var previousMoreIndented = false
        var lastBreak = false
        while !atEnd {
            let lineBegin = pos
            var p = pos
            while p - lineBegin < indent && at(p) == Byte.space { p += 1 }
            let c = at(p)
            if Byte.isBreak(c) {
                pendingEmpty += 1
                pos = p
                breakLine()
                continue
            }
            if p >= end {
                pos = p
                if p > lineBegin && chomping == .keep { throw missingFinalLineBreak() }
                break
            }
            if p - lineBegin < indent && c == Byte.tab {
                throw fail("tab characters must not be used for indentation; use spaces", at: location(p))
            }
            if p - lineBegin < indent || isDocumentMarker(at: lineBegin) { break }
            pos = p
            skipToLineEnd()
            let moreIndented = Byte.isBlank(c)
            if !anyText {
                for _ in 0..<pendingEmpty { store.decoded.append(Byte.lf) }
            } else if !folded || moreIndented || previousMoreIndented {
                for _ in 0...pendingEmpty { store.decoded.append(Byte.lf) }
            } else if pendingEmpty == 0 {
                store.decoded.append(Byte.space)
            } else {
                for _ in 0..<pendingEmpty { store.decoded.append(Byte.lf) }
            }
            store.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: text[p..<pos]))
            anyText = true
            previousMoreIndented = moreIndented
            pendingEmpty = 0
            endOffset = pos
            if atEnd && chomping != .strip { throw missingFinalLineBreak() }
            lastBreak = !atEnd
            if !atEnd { breakLine() }
        }
        switch chomping ?? .clip {
        case .strip:
            break
        case .clip:
            if anyText && lastBreak { store.decoded.append(Byte.lf) }
        case .keep:
            if anyText && lastBreak { store.decoded.append(Byte.lf) }
            for _ in 0..<pendingEmpty { store.decoded.append(Byte.lf) }
        }
        skipBlankLines()
        return store.decodedScalar(folded ? .folded : .literal, start: start, end: endOffset, textFrom: textStart)
    }

    /// YAML tools disagree on whether the end of the file ends a block scalar's last
    /// line as a line break would (the yaml-test-suite says yes, libyaml and
    /// ruamel.yaml say no), and the answer changes the text; so it is refused.
    private mutating func missingFinalLineBreak() -> DiagnosticList {
        fail("a block scalar that keeps its final line break ('|', '>', '|+' or '>+') must end with one: add a newline at the end of the file", at: here())
    }

    /// The content indentation of a block scalar without an indentation indicator:
    /// that of its first non-empty line. No leading empty line may have more spaces.
    private mutating func detectBlockIndent(parent n: Int) throws(DiagnosticList) -> Int {
        var p = pos
        var widest = 0
        var widestLine = line
        var widestOffset = pos
        var lineNumber = line
        while p < end {
            let lineBegin = p
            while at(p) == Byte.space { p += 1 }
            let spaces = p - lineBegin
            if Byte.isBreak(at(p)) {
                if spaces > widest {
                    widest = spaces
                    widestLine = lineNumber
                    widestOffset = lineBegin
                }
                if at(p) == Byte.cr { p += 1 }
                p += 1
                lineNumber += 1
                continue
            }
            if p >= end {
                widest = max(widest, spaces)
                break
            }
            let indent = spaces
            if indent <= n || (indent == 0 && isDocumentMarker(at: lineBegin)) {
                // No text line belongs to the scalar; it is empty.
                return max(n + 1, widest, 1)
            }
            if widest > indent {
                throw fail("this leading empty line of a block scalar has more spaces (\(widest)) than its first text line (\(indent), line \(lineNumber))",
                           at: SourceLocation(line: widestLine, column: 1, offset: widestOffset))
            }
            return max(indent, n + 1)
        }
        return max(n + 1, widest, 1)
    }
}
