/// Plain-word advice for the slips people make most when they type a value, given
/// where YAML itself refuses the line: the file still fails exactly where it did,
/// but the message says what to type instead of naming the grammar.
extension YAMLParser {
    /// After a scalar written in block context: as `finishLine`, but when something
    /// other than a comment follows the value, first looks for the slip behind it.
    mutating func finishValueLine(_ node: NodeID) throws(DiagnosticList) {
        skipBlanks()
        let c = current
        if !(atEnd || Byte.isBreak(c) || c == Byte.hash), let advice = adviceAfterValue(node) {
            throw advice
        }
        try finishLine()
    }

    /// The advice for what follows `node` at the cursor, or nil to keep the general message.
    private mutating func adviceAfterValue(_ node: NodeID) -> DiagnosticList? {
        let record = store[node]
        let start = Int(record.start)
        let end = Int(record.end)
        if record.kind == .singleQuoted && pos == end && current != Byte.colon {
            // The apostrophe in O'Brien closed the quotes early.
            let example = doubleQuotedExample(lineText(from: start + 1, droppingLast: Byte.singleQuote))
            return fail("use double quotes around text that contains an apostrophe: \(example)", at: location(end - 1))
        }
        guard record.kind == .plain && current == Byte.colon else { return nil }
        if startsItsLine(start) { return missingSpaceAdvice(from: start, to: end) }
        guard lineStart <= start else { return nil }
        if let closing = curlyQuoteClosing(at: start) {
            let example = doubleQuotedExample(lineText(from: start + 3, droppingLast: closing))
            return fail("use straight quotes (\") around text, not curly quotes: \(example)", at: location(start))
        }
        let example = doubleQuotedExample(lineText(from: start, droppingLast: nil))
        return fail("a ':' followed by a space cannot be part of unquoted text; put the whole text in double quotes: \(example)", at: here())
    }

    /// Whether only indentation comes before `p` on its line.
    mutating func startsItsLine(_ p: Int) -> Bool {
        var q = p
        while q > 0 && Byte.isBlank(text[q - 1]) { q -= 1 }
        return q == 0 || Byte.isBreak(text[q - 1]) || (q == 3 && text[0] == 0xEF)
    }

    /// For a plain scalar at the start of its line that YAML refuses as a key, or
    /// that runs on into the next key: the first ':' on its first line not followed
    /// by a space (`name:Riverside`), reported at that line, or nil when there is none.
    mutating func missingSpaceAdvice(from start: Int, to end: Int) -> DiagnosticList? {
        var p = start
        while p < end - 1 && !Byte.isBreak(text[p]) {
            guard text[p] == Byte.colon else { p += 1; continue }
            let next = text[p + 1]
            if next == 0xC2 && at(p + 2) == 0xA0 {
                return fail("replace the special space after ':' with an ordinary space", at: location(p + 1))
            }
            // `https://` is an address, not a key.
            if !Byte.isBlankOrBreakOrEnd(next) && next != UInt8(ascii: "/") {
                let key = string(start, p)
                let rest = lineText(from: p + 1, droppingLast: nil)
                return fail("put a space after ':': write '\(key): \(rest)'", at: location(p))
            }
            p += 1
        }
        return nil
    }

    /// The closing quote's last byte when the text at `p` opens with a curly quote
    /// (“ or ‘, U+201C or U+2018), else nil.
    private func curlyQuoteClosing(at p: Int) -> UInt8? {
        guard at(p) == 0xE2, at(p + 1) == 0x80 else { return nil }
        switch at(p + 2) {
        case 0x9C: return 0x9D
        case 0x98: return 0x99
        default: return nil
        }
    }

    /// The text of the line from `p` to its end, without trailing blanks; when it
    /// ends with the byte `droppingLast` (a closing quote), without that quote.
    private mutating func lineText(from p: Int, droppingLast: UInt8?) -> String {
        var q = p
        while q < end && !Byte.isBreak(text[q]) { q += 1 }
        while q > p && Byte.isBlank(text[q - 1]) { q -= 1 }
        if let last = droppingLast, q > p, text[q - 1] == last {
            // A curly quote is three bytes, a straight one one.
            q -= last == Byte.singleQuote ? 1 : 3
        }
        return string(p, max(p, q))
    }
}

/// `text` as a double-quoted YAML scalar, for a message that shows what to type.
func doubleQuotedExample(_ text: String) -> String {
    var out = "\""
    for c in text.unicodeScalars {
        if c == "\"" || c == "\\" { out += "\\" }
        out.unicodeScalars.append(c)
    }
    return out + "\""
}
