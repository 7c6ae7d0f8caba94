/// Where a block node appears; it decides which collections may start on the
/// indicator's own line and at which indentation the node may continue.
enum BlockContext {
    case document
    case mappingValue
    case sequenceEntry
}

extension YAMLParser {
    /// The whole stream: optional `---`, one document, optional `...`, nothing else.
    mutating func parseStream() throws(DiagnosticList) -> NodeID? {
        if end >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF {
            pos = 3
            lineStart = 3
            store.lineStarts[0] = 3
        }
        skipBlankLines()
        var sawDirective = false
        while !atEnd && pos == lineStart && current == Byte.percent {
            record("directives ('%YAML', '%TAG') are not supported", at: here())
            sawDirective = true
            skipToLineEnd()
            if !atEnd { breakLine() }
            skipBlankLines()
        }
        if atEnd {
            if sawDirective { throw fail("a directive must be followed by a document", at: here()) }
            return try finish(nil)
        }
        let root: NodeID
        if atDocumentMarker && current == Byte.dash {
            pos += 3
            root = try parseBlockValue(parent: -1, context: .document, indicatorEnd: pos)
        } else if atDocumentMarker {
            // `...` with no document before it: an empty stream.
            pos += 3
            try finishLine()
            if atEnd { return try finish(nil) }
            throw fail("unexpected content after the document end marker '...'", at: here())
        } else {
            if sawDirective { throw fail("a directive must be followed by '---'", at: here()) }
            root = try parseBlockContent(parent: -1)
        }
        if !atEnd {
            if atDocumentMarker && current == Byte.dot {
                pos += 3
                try finishLine()
                if !atEnd {
                    if current == Byte.percent && pos == lineStart {
                        throw fail("a second document is not supported; a settings file holds one document (directives are not supported either)", at: here())
                    }
                    throw fail("a second document is not supported; a settings file holds one document", at: here())
                }
            } else if atDocumentMarker {
                throw fail("a second document ('---') is not supported; a settings file holds one document", at: here())
            } else {
                throw fail("unexpected \(describe(pos)); check the indentation of this line", at: here())
            }
        }
        return try finish(root)
    }

    /// Errors recovered from during parsing still fail the file.
    private func finish(_ root: NodeID?) throws(DiagnosticList) -> NodeID? {
        if !errors.isEmpty { throw DiagnosticList(errors) }
        return root
    }

    /// A block node that follows an indicator (`key:`, `- `, `---`): on the same
    /// line, or on the following lines when the rest of this line is empty.
    mutating func parseBlockValue(parent n: Int, context: BlockContext, indicatorEnd: Int) throws(DiagnosticList) -> NodeID {
        var sawTab = false
        while true {
            while Byte.isBlank(current) {
                if current == Byte.tab { sawTab = true }
                pos += 1
            }
            if current == Byte.ampersand || current == Byte.bang {
                skipProperty()
                continue
            }
            break
        }
        let c = current
        if atEnd || Byte.isBreak(c) || c == Byte.hash {
            try finishLine()
            return try parseIndentedValue(parent: n, context: context, emptyAt: indicatorEnd)
        }
        let next = at(pos + 1)
        switch c {
        case Byte.pipe, Byte.greater:
            return try parseBlockScalar(parent: n)
        case Byte.dash where Byte.isBlankOrBreakOrEnd(next):
            guard context == .sequenceEntry else {
                let what = context == .document ? "'---'" : "its key"
                throw fail("a block sequence cannot start on the same line as \(what); start it on a new line", at: here())
            }
            if sawTab { throw fail("tab characters must not be used for indentation; use spaces", at: here()) }
            return try parseBlockSequence(indent: pos - lineStart)
        case Byte.question where Byte.isBlankOrBreakOrEnd(next):
            throw complexKeyError()
        default:
            break
        }
        // `key: a: b` needs no look-ahead: the value stops at the second ': ' and
        // finishLine reports it.
        if context == .sequenceEntry && implicitKeyAhead() {
            if sawTab { throw fail("tab characters must not be used for indentation; use spaces", at: here()) }
            return try parseBlockMapping(indent: pos - lineStart)
        }
        let node = try parseFlowNodeInBlock(parent: n)
        try finishValueLine(node)
        return node
    }

    /// The value of an indicator whose line ended: the next content line holds it
    /// if it is indented enough, otherwise the value is empty (null).
    mutating func parseIndentedValue(parent n: Int, context: BlockContext, emptyAt: Int) throws(DiagnosticList) -> NodeID {
        if atEnd || atDocumentMarker { return store.empty(at: emptyAt) }
        if lineIndent > n { return try parseBlockContent(parent: n) }
        if context == .mappingValue && lineIndent == n && current == Byte.dash && Byte.isBlankOrBreakOrEnd(at(pos + 1)) {
            if lineTab != nil { throw tabIndentationError() }
            return try parseBlockSequence(indent: n)
        }
        return store.empty(at: emptyAt)
    }

    /// A node starting at the first character of a content line (the cursor),
    /// indented more than `n`.
    mutating func parseBlockContent(parent n: Int) throws(DiagnosticList) -> NodeID {
        let indent = lineIndent
        let c = current
        let next = at(pos + 1)
        if c == Byte.ampersand || c == Byte.bang {
            let start = pos
            skipProperty()
            skipBlanks()
            if atEnd || Byte.isBreak(current) || current == Byte.hash {
                try finishLine()
                return try parseIndentedValue(parent: n, context: .sequenceEntry, emptyAt: start)
            }
            lineIndent = pos - lineStart
            return try parseBlockContent(parent: n)
        }
        if c == Byte.dash && Byte.isBlankOrBreakOrEnd(next) {
            if lineTab != nil { throw tabIndentationError() }
            return try parseBlockSequence(indent: indent)
        }
        if c == Byte.question && Byte.isBlankOrBreakOrEnd(next) { throw complexKeyError() }
        if c == Byte.colon && Byte.isBlankOrBreakOrEnd(next) {
            throw fail("a mapping key is missing before ':'", at: here())
        }
        if c == Byte.pipe || c == Byte.greater { return try parseBlockScalar(parent: n) }
        if implicitKeyAhead() {
            if lineTab != nil { throw tabIndentationError() }
            return try parseBlockMapping(indent: indent)
        }
        let node = try parseFlowNodeInBlock(parent: n)
        try finishValueLine(node)
        return node
    }

    /// A block mapping whose keys start at column `indent` (0-based); the cursor is on the first key.
    mutating func parseBlockMapping(indent m: Int) throws(DiagnosticList) -> NodeID {
        try enterCollection()
        defer { depth -= 1 }
        let base = store.pending.count
        var keys = KeyRegistry()
        let start = pos
        var endOffset = start
        while true {
            let key = try parseImplicitKey(parent: m)
            pos += 1 // ':'
            let value = try parseBlockValue(parent: m, context: .mappingValue, indicatorEnd: pos)
            keys.add(key, parser: &self)
            store.pending.append(key)
            store.pending.append(value)
            endOffset = Int(store[value].end)
            if atEnd || lineIndent < m || (m == 0 && atDocumentMarker) { break }
            if lineIndent > m {
                throw fail("unexpected indentation: this line is indented more than the mapping's keys (column \(m + 1))", at: here())
            }
            if lineTab != nil { throw tabIndentationError() }
            if current == Byte.dash && Byte.isBlankOrBreakOrEnd(at(pos + 1)) {
                throw fail("a sequence item '-' cannot appear among the keys of a mapping", at: here())
            }
        }
        return store.collection(.mapping, start: start, end: endOffset, childrenFrom: base)
    }

    /// A block sequence whose dashes are at column `indent` (0-based); the cursor is on the first dash.
    mutating func parseBlockSequence(indent m: Int) throws(DiagnosticList) -> NodeID {
        try enterCollection()
        defer { depth -= 1 }
        let base = store.pending.count
        let start = pos
        var endOffset = start
        while true {
            pos += 1 // '-'
            let item = try parseBlockValue(parent: m, context: .sequenceEntry, indicatorEnd: pos)
            store.pending.append(item)
            endOffset = Int(store[item].end)
            if atEnd || lineIndent < m { break }
            let isDash = current == Byte.dash && Byte.isBlankOrBreakOrEnd(at(pos + 1))
            if lineIndent > m {
                throw fail("unexpected indentation: this line is indented more than the sequence's '-' (column \(m + 1))", at: here())
            }
            if !isDash { break }
            if lineTab != nil { throw tabIndentationError() }
        }
        return store.collection(.sequence, start: start, end: endOffset, childrenFrom: base)
    }

    /// Whether the current line, from the cursor, begins with `key:` (a scalar key
    /// on this line followed by ':' and a blank).
    /// (Mutating only so that the call does not copy the parser.)
    mutating func implicitKeyAhead() -> Bool {
        var p = pos
        while at(p) == Byte.ampersand || at(p) == Byte.bang || at(p) == Byte.star {
            while !Byte.isBlankOrBreakOrEnd(at(p)) { p += 1 }
            while Byte.isBlank(at(p)) { p += 1 }
            if at(p) == Byte.colon { return Byte.isBlankOrBreakOrEnd(at(p + 1)) }
        }
        let c = at(p)
        switch c {
        case Byte.doubleQuote:
            p += 1
            while true {
                let b = at(p)
                if p >= end || Byte.isBreak(b) { return false }
                if b == Byte.backslash { p += 2; continue }
                p += 1
                if b == Byte.doubleQuote { break }
            }
        case Byte.singleQuote:
            p += 1
            while true {
                let b = at(p)
                if p >= end || Byte.isBreak(b) { return false }
                if b == Byte.singleQuote {
                    if at(p + 1) == Byte.singleQuote { p += 2; continue }
                    p += 1
                    break
                }
                p += 1
            }
        case Byte.openBracket, Byte.openBrace, Byte.closeBracket, Byte.closeBrace, Byte.comma,
             Byte.hash, Byte.pipe, Byte.greater, Byte.percent, Byte.at, Byte.backtick:
            return false
        default:
            while true {
                let b = at(p)
                if p >= end || Byte.isBreak(b) { return false }
                if b == Byte.colon && Byte.isBlankOrBreakOrEnd(at(p + 1)) { return true }
                if b == Byte.hash && p > pos && Byte.isBlank(at(p - 1)) { return false }
                p += 1
            }
        }
        while Byte.isBlank(at(p)) { p += 1 }
        return at(p) == Byte.colon && Byte.isBlankOrBreakOrEnd(at(p + 1))
    }

    /// A block mapping's key, leaving the cursor on its ':'.
    mutating func parseImplicitKey(parent m: Int) throws(DiagnosticList) -> NodeID {
        while current == Byte.ampersand || current == Byte.bang {
            skipProperty()
            skipBlanks()
        }
        let key: NodeID
        switch current {
        case Byte.doubleQuote, Byte.singleQuote:
            key = try parseQuoted(parent: m)
            if lineStart > Int(store[key].start) {
                throw fail("a mapping key must fit on one line", at: location(of: key))
            }
        case Byte.openBracket, Byte.openBrace:
            throw nonScalarKeyError(at: here())
        case Byte.star:
            key = skipAlias()
        case Byte.question where Byte.isBlankOrBreakOrEnd(at(pos + 1)):
            throw complexKeyError()
        default:
            try checkPlainStart(flow: false)
            key = parsePlain(parent: m, flow: false, singleLine: true)
        }
        skipBlanks()
        guard current == Byte.colon && Byte.isBlankOrBreakOrEnd(at(pos + 1)) else {
            let record = store[key]
            if record.kind == .plain, let advice = missingSpaceAdvice(from: Int(record.start), to: Int(record.end)) {
                throw advice
            }
            throw fail("expected ':' after the mapping key", at: here())
        }
        try checkImplicitKeyLength(from: Int(store[key].start))
        return key
    }

    /// YAML limits a key written without '?' to 1024 characters up to its ':'
    /// (the cursor); other YAML tools refuse longer ones, so this parser does too.
    @inline(__always)
    mutating func checkImplicitKeyLength(from startOffset: Int) throws(DiagnosticList) {
        // A column is never further on than the byte offset.
        if pos - startOffset <= 1024 { return }
        try checkLongImplicitKey(from: startOffset)
    }

    private mutating func checkLongImplicitKey(from startOffset: Int) throws(DiagnosticList) {
        let start = location(startOffset)
        let colon = here()
        if colon.line == start.line && colon.column - start.column > 1024 {
            throw fail("a mapping key may be at most 1024 characters long", at: start)
        }
    }

    /// A scalar or flow collection inside block structure; its continuation lines
    /// must be indented more than `n`.
    mutating func parseFlowNodeInBlock(parent n: Int) throws(DiagnosticList) -> NodeID {
        switch current {
        case Byte.openBracket, Byte.openBrace:
            let node = try parseFlowCollection(parent: n)
            skipBlanks()
            if current == Byte.colon { throw nonScalarKeyError(at: location(of: node)) }
            return node
        case Byte.doubleQuote, Byte.singleQuote:
            return try parseQuoted(parent: n)
        case Byte.star:
            return skipAlias()
        default:
            try checkPlainStart(flow: false)
            return parsePlain(parent: n, flow: false, singleLine: false)
        }
    }
}
