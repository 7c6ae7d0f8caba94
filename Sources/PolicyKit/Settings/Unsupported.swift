/// YAML features outside the settings subset. Each is reported by name at the
/// place it appears; where the parser can step over one (an anchor, a tag, an
/// alias) it does, so one run reports every such use.
extension YAMLParser {
    /// Skips an anchor (`&name`) or tag (`!tag`) at the cursor, recording an error.
    mutating func skipProperty() {
        let startOffset = pos
        let isAnchor = current == Byte.ampersand
        pos += 1
        while !Byte.isBlankOrBreakOrEnd(current) && !Byte.isFlowIndicator(current) { pos += 1 }
        let token = string(startOffset, pos)
        let start = location(startOffset)
        if isAnchor {
            record("anchors ('\(token)') are not supported; repeat the value instead", at: start)
        } else {
            record("tags ('\(token)') are not supported; write the value without a tag", at: start)
        }
    }

    /// Skips an alias (`*name`) at the cursor, recording an error; stands in an empty value.
    mutating func skipAlias() -> NodeID {
        let start = pos
        pos += 1
        while !Byte.isBlankOrBreakOrEnd(current) && !Byte.isFlowIndicator(current) { pos += 1 }
        let token = string(start, pos)
        record("aliases ('\(token)') are not supported; repeat the value instead", at: location(start))
        return store.empty(at: start)
    }

    mutating func complexKeyError() -> DiagnosticList {
        fail("complex mapping keys ('?') are not supported; write 'key: value'", at: here())
    }

    func nonScalarKeyError(at location: SourceLocation) -> DiagnosticList {
        fail("a sequence or mapping cannot be a mapping key; keys must be scalars", at: location)
    }

    /// Rejects the characters that cannot begin a plain scalar, naming what they would mean.
    @inline(__always)
    mutating func checkPlainStart(flow: Bool) throws(DiagnosticList) {
        // Letters, digits and text beyond ASCII begin most scalars and are always
        // allowed; only the rest need the full check, which is not worth inlining.
        let c = current
        let letter = c | 0x20
        if c >= 0x80 || (letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
            return
        }
        try checkOtherPlainStart(flow: flow)
    }

    private mutating func checkOtherPlainStart(flow: Bool) throws(DiagnosticList) {
        let c = current
        let next = at(pos + 1)
        switch c {
        case Byte.dash, Byte.question, Byte.colon:
            if Byte.isBlankOrBreakOrEnd(next) || (flow && Byte.isFlowIndicator(next)) {
                if c == Byte.question { throw complexKeyError() }
                if c == Byte.colon { throw fail("a mapping key is missing before ':'", at: here()) }
                throw fail(flow ? "block sequence items ('- ') are not allowed inside a flow collection"
                                : "a block sequence item ('- ') is not allowed here", at: here())
            }
        case Byte.comma, Byte.openBracket, Byte.closeBracket, Byte.openBrace, Byte.closeBrace, Byte.hash:
            throw fail("unexpected \(describe(pos))", at: here())
        case Byte.pipe, Byte.greater:
            throw fail(flow ? "block scalars ('|', '>') are not allowed inside a flow collection"
                            : "a block scalar ('|', '>') is not allowed here", at: here())
        case Byte.percent:
            throw fail("'%' cannot start a plain value (directives are not supported); quote the value", at: here())
        case Byte.at, Byte.backtick:
            throw fail("\(describe(pos)) is reserved and cannot start a plain value; quote the value", at: here())
        case Byte.ampersand, Byte.bang, Byte.star:
            throw fail("unexpected \(describe(pos))", at: here())
        default:
            if atEnd || Byte.isBlankOrBreakOrEnd(c) {
                throw fail("expected a value", at: here())
            }
        }
    }
}
