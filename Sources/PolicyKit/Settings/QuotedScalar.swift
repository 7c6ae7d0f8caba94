/// 'Single-quoted' and "double-quoted" scalars, with line folding and every
/// escape YAML 1.2 defines.
extension YAMLParser {
    /// The quoted scalar at the cursor (on its opening quote). Continuation lines
    /// must be indented more than `n`. Leaves the cursor after the closing quote.
    mutating func parseQuoted(parent n: Int) throws(DiagnosticList) -> NodeID {
        let startOffset = pos
        let quote = current
        let double = quote == Byte.doubleQuote
        let kind: NodeRecord.Kind = double ? .doubleQuoted : .singleQuoted
        pos += 1
        // Most quoted values have no escape and no line break: slice them directly.
        let p = skipQuotedText(from: pos, quote: quote)
        if p < end && text[p] == quote && !(!double && at(p + 1) == Byte.singleQuote) {
            let textStart = pos
            pos = p + 1
            return store.scalar(kind, start: startOffset, end: pos, text: textStart..<p)
        }
        // The text is written straight after the decoded text of earlier scalars.
        let textStart = store.decoded.count
        // Text up to here survives folding's trimming of trailing blanks.
        var kept = textStart
        while true {
            // A run of characters that stand for themselves, copied in one go.
            let runEnd = skipQuotedText(from: pos, quote: quote)
            if runEnd > pos {
                store.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: text[pos..<runEnd]))
                var lastText = runEnd
                while lastText > pos && Byte.isBlank(text[lastText - 1]) { lastText -= 1 }
                if lastText > pos { kept = store.decoded.count - (runEnd - lastText) }
                pos = runEnd
            }
            if atEnd {
                throw fail(double ? "unterminated double-quoted string: missing '\"'" : "unterminated single-quoted string: missing \"'\"", at: location(startOffset))
            }
            let c = text[pos]
            if c == quote {
                if !double && at(pos + 1) == Byte.singleQuote {
                    store.decoded.append(Byte.singleQuote)
                    pos += 2
                    kept = store.decoded.count
                    continue
                }
                pos += 1
                break
            }
            if c == Byte.backslash {
                if Byte.isBreak(at(pos + 1)) {
                    pos += 1
                    breakLine()
                    let emptyLines = try skipQuotedLinePrefixes(parent: n)
                    for _ in 0..<emptyLines { store.decoded.append(Byte.lf) }
                    kept = store.decoded.count
                    continue
                }
                try appendEscape()
                kept = store.decoded.count
                continue
            }
            // A line break.
            store.decoded.removeLast(store.decoded.count - kept)
            breakLine()
            let emptyLines = try skipQuotedLinePrefixes(parent: n)
            if emptyLines == 0 {
                store.decoded.append(Byte.space)
            } else {
                for _ in 0..<emptyLines { store.decoded.append(Byte.lf) }
            }
            kept = store.decoded.count
        }
        return store.decodedScalar(kind, start: startOffset, end: pos, textFrom: textStart)
    }

    /// Where the run of characters from `p` that stand for themselves ends: at the
    /// next quote, line break, backslash in a double-quoted scalar, or the end.
    /// (Mutating only so that the call does not copy the parser.)
    @inline(__always)
    private mutating func skipQuotedText(from p: Int, quote: UInt8) -> Int {
        // A single-quoted scalar has no escapes; looking for its quote twice costs nothing.
        let escape = quote == Byte.doubleQuote ? Byte.backslash : quote
        var p = p
        while p < end {
            let c = text[p]
            if c == quote || c == escape || Byte.isBreak(c) { break }
            p += 1
        }
        return p
    }

    /// At the start of a line inside a quoted scalar: skips its leading blanks and any
    /// empty lines, returning how many empty lines there were. The next text line
    /// must be indented more than `n` and not be a document marker.
    private mutating func skipQuotedLinePrefixes(parent n: Int) throws(DiagnosticList) -> Int {
        var emptyLines = 0
        while true {
            if isDocumentMarker(at: pos) {
                throw fail("a document marker cannot appear inside a quoted string", at: here())
            }
            var p = pos
            while at(p) == Byte.space { p += 1 }
            let indent = p - pos
            while Byte.isBlank(at(p)) { p += 1 }
            pos = p
            if Byte.isBreak(current) {
                emptyLines += 1
                breakLine()
                continue
            }
            if atEnd { return emptyLines }
            if indent <= n {
                throw fail("this continuation line of a quoted string must be indented more than its parent (column \(n + 1))", at: here())
            }
            return emptyLines
        }
    }

    /// Decodes the escape sequence at the cursor (on the backslash).
    private mutating func appendEscape() throws(DiagnosticList) {
        let start = pos
        let c = at(pos + 1)
        pos += 2
        switch c {
        case UInt8(ascii: "0"): store.decoded.append(0)
        case UInt8(ascii: "a"): store.decoded.append(0x07)
        case UInt8(ascii: "b"): store.decoded.append(0x08)
        case UInt8(ascii: "t"), Byte.tab: store.decoded.append(0x09)
        case UInt8(ascii: "n"): store.decoded.append(0x0A)
        case UInt8(ascii: "v"): store.decoded.append(0x0B)
        case UInt8(ascii: "f"): store.decoded.append(0x0C)
        case UInt8(ascii: "r"): store.decoded.append(0x0D)
        case UInt8(ascii: "e"): store.decoded.append(0x1B)
        case Byte.space: store.decoded.append(0x20)
        case Byte.doubleQuote: store.decoded.append(0x22)
        case UInt8(ascii: "/"): store.decoded.append(0x2F)
        case Byte.backslash: store.decoded.append(0x5C)
        case UInt8(ascii: "N"): appendUTF8(0x85, to: &store.decoded)
        case UInt8(ascii: "_"): appendUTF8(0xA0, to: &store.decoded)
        case UInt8(ascii: "L"): appendUTF8(0x2028, to: &store.decoded)
        case UInt8(ascii: "P"): appendUTF8(0x2029, to: &store.decoded)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = hexValue(current) else {
                    throw fail("invalid escape: '\\\(Character(Unicode.Scalar(c)))' needs \(digits) hexadecimal digits", at: location(start))
                }
                value = value << 4 | digit
                pos += 1
            }
            if (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF {
                throw fail("invalid escape: U+\(InputCheck.hex(value)) is not a Unicode scalar value", at: location(start))
            }
            appendUTF8(value, to: &store.decoded)
        default:
            pos = start
            throw fail("unknown escape sequence '\\\(describe(pos + 1).dropFirst().dropLast())'", at: location(start))
        }
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0..<0x80:
        out.append(UInt8(value))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | value >> 6))
        out.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | value >> 12))
        out.append(UInt8(0x80 | (value >> 6) & 0x3F))
        out.append(UInt8(0x80 | value & 0x3F))
    default:
        out.append(UInt8(0xF0 | value >> 18))
        out.append(UInt8(0x80 | (value >> 12) & 0x3F))
        out.append(UInt8(0x80 | (value >> 6) & 0x3F))
        out.append(UInt8(0x80 | value & 0x3F))
    }
}
