/// Flow collections: `[a, b]` and `{k: v}`, nested and spread over lines.
extension YAMLParser {
    /// A flow sequence or mapping at the cursor (on '[' or '{'); continuation lines
    /// must be indented more than the enclosing block's indentation `n`.
    mutating func parseFlowCollection(parent n: Int) throws(DiagnosticList) -> NodeID {
        try enterCollection()
        defer { depth -= 1 }
        let startOffset = pos
        let isSequence = current == Byte.openBracket
        let close = isSequence ? Byte.closeBracket : Byte.closeBrace
        pos += 1
        let base = store.pending.count
        var keys = KeyRegistry()
        while true {
            try skipFlowSpace(parent: n)
            let c = current
            if c == close {
                pos += 1
                break
            }
            if atEnd {
                throw fail(isSequence ? "unterminated flow sequence: missing ']'" : "unterminated flow mapping: missing '}'", at: location(startOffset))
            }
            if c == Byte.comma { throw fail("unexpected ','; a flow collection entry is missing", at: here()) }
            if c == Byte.question && (Byte.isBlankOrBreakOrEnd(at(pos + 1)) || Byte.isFlowIndicator(at(pos + 1))) {
                throw complexKeyError()
            }
            let first = try parseFlowNode(parent: n)
            // In a sequence, `key: value` makes a single-pair mapping only when the
            // ':' is on the key's line; a mapping's key may span lines.
            try skipFlowSpace(parent: n, sameLineOnly: isSequence)
            let hasValue = current == Byte.colon
                && (isJSONLike(first) || Byte.isBlankOrBreakOrEnd(at(pos + 1)) || Byte.isFlowIndicator(at(pos + 1)))
            if isSequence && !hasValue {
                store.pending.append(first)
            } else {
                let key = store[first]
                guard key.isScalar else { throw nonScalarKeyError(at: location(of: first)) }
                if isSequence && containsLineBreak(Int(key.start)..<Int(key.end)) {
                    throw fail("a key in a flow sequence must fit on one line", at: location(of: first))
                }
                if isSequence && hasValue { try checkImplicitKeyLength(from: Int(key.start)) }
                var value: NodeID
                if hasValue {
                    pos += 1
                    value = store.empty(at: pos)
                    try skipFlowSpace(parent: n)
                    if current != Byte.comma && current != close {
                        value = try parseFlowNode(parent: n)
                    }
                } else if current != Byte.comma && current != close && !atEnd {
                    throw fail("expected ':', ',' or '}' after the key, found \(describe(pos))", at: here())
                } else {
                    value = store.empty(at: pos)
                }
                if isSequence {
                    let pairBase = store.pending.count
                    store.pending.append(first)
                    store.pending.append(value)
                    let pair = store.collection(.mapping, start: Int(key.start), end: Int(store[value].end), childrenFrom: pairBase)
                    store.pending.append(pair)
                } else {
                    keys.add(first, parser: &self)
                    store.pending.append(first)
                    store.pending.append(value)
                }
            }
            try skipFlowSpace(parent: n)
            if current == Byte.comma {
                pos += 1
                continue
            }
            if current != close {
                if atEnd {
                    throw fail(isSequence ? "unterminated flow sequence: missing ']'" : "unterminated flow mapping: missing '}'", at: location(startOffset))
                }
                throw fail("expected ',' or '\(isSequence ? "]" : "}")', found \(describe(pos))", at: here())
            }
        }
        return store.collection(isSequence ? .sequence : .mapping, start: startOffset, end: pos, childrenFrom: base)
    }

    /// One entry value inside a flow collection.
    mutating func parseFlowNode(parent n: Int) throws(DiagnosticList) -> NodeID {
        while current == Byte.ampersand || current == Byte.bang {
            skipProperty()
            try skipFlowSpace(parent: n)
        }
        switch current {
        case Byte.openBracket, Byte.openBrace:
            return try parseFlowCollection(parent: n)
        case Byte.doubleQuote, Byte.singleQuote:
            return try parseQuoted(parent: n)
        case Byte.star:
            return skipAlias()
        default:
            try checkPlainStart(flow: true)
            return parsePlain(parent: n, flow: true, singleLine: false)
        }
    }

    /// Skips blanks, comments and line breaks between flow tokens, checking the
    /// indentation of each new line. With `sameLineOnly`, stops at a line break.
    @inline(__always)
    mutating func skipFlowSpace(parent n: Int, sameLineOnly: Bool = false) throws(DiagnosticList) {
        // Most gaps between flow tokens are nothing or a space or two.
        while current == Byte.space { pos += 1 }
        let c = current
        if c != Byte.tab && c != Byte.hash && !Byte.isBreak(c) { return }
        try skipOtherFlowSpace(parent: n, sameLineOnly: sameLineOnly)
    }

    private mutating func skipOtherFlowSpace(parent n: Int, sameLineOnly: Bool) throws(DiagnosticList) {
        while true {
            let c = current
            if Byte.isBlank(c) {
                pos += 1
            } else if c == Byte.hash {
                if pos != lineStart && !Byte.isBlank(at(pos - 1)) {
                    throw fail("a comment needs a space before '#'", at: here())
                }
                skipToLineEnd()
            } else if Byte.isBreak(c) && !sameLineOnly {
                breakLine()
                if isDocumentMarker(at: pos) {
                    throw fail("a document marker cannot appear inside a flow collection", at: here())
                }
                var p = pos
                while at(p) == Byte.space { p += 1 }
                var q = p
                while Byte.isBlank(at(q)) { q += 1 }
                let first = at(q)
                if n >= 0 && p - pos <= n && q < end && !Byte.isBreak(first) && first != Byte.hash {
                    pos = p
                    throw fail("this line of a flow collection must be indented more than its parent (column \(n + 1))", at: here())
                }
                pos = p
            } else {
                return
            }
        }
    }
}

extension YAMLParser {
    /// Quoted scalars and flow collections: after them ':' needs no following blank.
    @inline(__always)
    func isJSONLike(_ node: NodeID) -> Bool {
        switch store[node].kind {
        case .singleQuoted, .doubleQuoted, .sequence, .mapping: return true
        case .plain, .literal, .folded: return false
        }
    }

    /// Whether the file has a line break in `range`.
    func containsLineBreak(_ range: Range<Int>) -> Bool {
        range.contains { Byte.isBreak(text[$0]) }
    }
}
