/// YAML features outside the settings subset. Each is reported by name at the
/// place it appears; where the parser can step over one (an anchor, a tag, an
/// alias) it does, so one run reports every such use.
extension YAMLParser {
    /// Skips an anchor (`&name`) or tag (`!tag`) at the cursor, recording an error.
    mutating func skipProperty() {
        let start = here()
        let isAnchor = current == Byte.ampersand
        pos += 1
        while !Byte.isBlankOrBreakOrEnd(current) && !Byte.isFlowIndicator(current) { pos += 1 }
        let token = string(start.offset, pos)
        if isAnchor {
            record("anchors ('\(token)') are not supported; repeat the value instead", at: start)
        } else {
            record("tags ('\(token)') are not supported; write the value without a tag", at: start)
        }
    }

    /// Skips an alias (`*name`) at the cursor, recording an error; stands in an empty value.
    mutating func skipAlias() -> Node {
        let start = here()
        pos += 1
        while !Byte.isBlankOrBreakOrEnd(current) && !Byte.isFlowIndicator(current) { pos += 1 }
        let token = string(start.offset, pos)
        record("aliases ('\(token)') are not supported; repeat the value instead", at: start)
        return Node.empty(at: start)
    }

    mutating func complexKeyError() -> DiagnosticList {
        fail("complex mapping keys ('?') are not supported; write 'key: value'", at: here())
    }

    func nonScalarKeyError(at location: SourceLocation) -> DiagnosticList {
        fail("a sequence or mapping cannot be a mapping key; keys must be scalars", at: location)
    }

    /// Rejects the characters that cannot begin a plain scalar, naming what they would mean.
    mutating func checkPlainStart(flow: Bool) throws(DiagnosticList) {
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

/// The keys of one mapping so far, compared as the core schema resolves them
/// (`1` and `0x1` are the same key, and so, conservatively, are `1` and `"1"`).
///
/// Most mappings are small, so their keys live on a stack the parser shares
/// between mappings (a nested mapping's keys are pushed and popped while its
/// parent waits) and are searched in order; a large mapping moves to a table.
struct KeyRegistry {
    private let base: Int
    private var table: [String: Int]? = nil

    init(_ parser: YAMLParser) {
        base = parser.keyStack.count
    }

    mutating func add(_ key: Node, parser: inout YAMLParser) {
        let canonical = CoreSchema.keyText(key)
        if let firstLine = firstLine(of: canonical, parser) {
            let shown: String
            if case .scalar(let scalar) = key.kind { shown = scalar.text } else { shown = canonical }
            parser.record("duplicate key '\(shown)' (first defined at line \(firstLine))", at: key.range.start)
            return
        }
        let line = key.range.start.line
        if table != nil {
            table![canonical] = line
        } else if parser.keyStack.count - base < 12 {
            parser.keyStack.append(KeyRecord(text: canonical, line: line))
        } else {
            var built = [String: Int](minimumCapacity: 64)
            for entry in parser.keyStack[base...] { built[entry.text] = entry.line }
            built[canonical] = line
            table = built
            while parser.keyStack.count > base { parser.keyStack.removeLast() }
        }
    }

    /// Pops this mapping's keys when the mapping ends.
    func close(_ parser: inout YAMLParser) {
        while parser.keyStack.count > base { parser.keyStack.removeLast() }
    }

    private func firstLine(of text: String, _ parser: YAMLParser) -> Int? {
        if let table { return table[text] }
        var index = base
        while index < parser.keyStack.count {
            if parser.keyStack[index].text == text { return parser.keyStack[index].line }
            index += 1
        }
        return nil
    }
}

/// One key on `YAMLParser.keyStack`: its canonical text and the line it is on.
struct KeyRecord {
    var text: String
    var line: Int
}
