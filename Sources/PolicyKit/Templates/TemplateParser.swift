/// Reads a Mustache template into `TemplateElement`s, rejecting the Mustache features
/// PolicyKit templates may not use: unescaped values (they would bypass Markdown
/// escaping), changed delimiters, pragmas, dynamic partials and transforms. Every
/// mistake is reported with the template's path, line and column.
///
/// Works on the template's UTF-8 bytes: a build reads every template once, and the
/// reading is part of what a one-organisation build costs.
struct TemplateParser {
    let path: String
    private let bytes: [UInt8]
    /// For running Mustache's own specification, which uses unescaped values; a
    /// PolicyKit template never may.
    private let allowsUnescapedValues: Bool
    private var diagnostics: [Diagnostic] = []
    /// Line counting moves forward only: the line number of `countedUpTo`, and where that line starts.
    private var line = 1
    private var lineStart = 0
    private var countedUpTo = 0

    private init(text: String, path: String, allowsUnescapedValues: Bool) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.allowsUnescapedValues = allowsUnescapedValues
    }

    static func parse(_ text: String, path: String, allowsUnescapedValues: Bool = false) -> ([TemplateElement], [Diagnostic]) {
        var parser = TemplateParser(text: text, path: path, allowsUnescapedValues: allowsUnescapedValues)
        let elements = parser.parseAll()
        return (elements, parser.diagnostics)
    }

    /// A section, inverted section, parent or block whose closing tag is still to come.
    private struct Open {
        var sigil: UInt8
        var name: String
        var location: SourceLocation
        var indentation: String = ""
        var children: [TemplateElement] = []
    }

    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let newline = UInt8(ascii: "\n")

    private mutating func parseAll() -> [TemplateElement] {
        var stack = [Open(sigil: 0, name: "", location: location(at: 0))]
        var textStart = 0
        var position = 0
        while let tagStart = find(Self.openBrace, Self.openBrace, from: position) {
            let triple = tagStart + 2 < bytes.count && bytes[tagStart + 2] == Self.openBrace
            guard let close = find(Self.closeBrace, Self.closeBrace, from: tagStart + 2) else {
                error("tag is never closed (no '}}')", at: location(at: tagStart))
                textStart = bytes.count
                break
            }
            var tagEnd = close + 2
            if triple, tagEnd < bytes.count, bytes[tagEnd] == Self.closeBrace { tagEnd += 1 }
            let at = location(at: tagStart)
            // A triple mustache keeps its third brace in the body: `{organisation.name`.
            let bodyRange = trimmed(tagStart + 2..<close)
            let body = String(decoding: bytes[bodyRange], as: UTF8.self)
            let sigil = bodyRange.isEmpty ? 0 : bytes[bodyRange.lowerBound]

            var textEnd = tagStart
            var indentation = ""
            if Self.standsAloneWhenAlone(sigil), let line = standaloneLine(around: tagStart) {
                // The line's white space goes, and its line break with its last tag.
                textEnd = max(textStart, line.start)
                if textStart <= line.start {
                    indentation = String(decoding: bytes[line.start..<tagStart], as: UTF8.self)
                }
                if onlySpaces(from: tagEnd, to: line.next) { tagEnd = line.next }
            }
            if textEnd > textStart {
                stack[stack.count - 1].children.append(.text(String(decoding: bytes[textStart..<textEnd], as: UTF8.self)))
            }
            textStart = tagEnd
            position = tagEnd

            let name = bodyRange.isEmpty ? "" : String(decoding: bytes[trimmed(bodyRange.dropFirst())], as: UTF8.self)
            switch UnicodeScalar(sigil) {
            case "!":
                continue
            case "#", "^", "<", "$":
                guard validate(name, at: at, partial: sigil == UInt8(ascii: "<")) else { continue }
                if stack.last!.sigil == UInt8(ascii: "<"), sigil != UInt8(ascii: "$") {
                    error("only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag", at: at)
                }
                stack.append(Open(sigil: sigil, name: name, location: at, indentation: indentation))
            case "/":
                guard stack.count > 1 else {
                    error("'{{/\(name)}}' closes a section that was never opened", at: at)
                    continue
                }
                let open = stack.removeLast()
                if open.name != name {
                    error("'{{/\(name)}}' does not close '\(open.name)', opened at line \(open.location.line)", at: at)
                }
                stack[stack.count - 1].children.append(Self.element(closing: open))
            case ">":
                if name.hasPrefix("*") {
                    error("dynamic partial '{{>\(name)}}' is not supported; name the partial", at: at)
                } else if validate(name, at: at, partial: true) {
                    if stack.last!.sigil == UInt8(ascii: "<") {
                        error("only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag", at: at)
                    }
                    stack[stack.count - 1].children.append(.partial(name, indentation: indentation, at))
                }
            case "{", "&":
                guard allowsUnescapedValues else {
                    error("unescaped value '{{\(body)}}' is not allowed: every value is escaped for Markdown", at: at)
                    continue
                }
                if validate(name, at: at, partial: false) {
                    stack[stack.count - 1].children.append(.variable(TemplateName(name), escaped: false, at))
                }
            case "=":
                error("changing the tag delimiters is not supported", at: at)
            case "%":
                error("pragma '{{\(body)}}' is not allowed: PolicyKit sets the content type of every template", at: at)
            default:
                if validate(body, at: at, partial: false) {
                    if stack.last!.sigil == UInt8(ascii: "<") {
                        error("only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag", at: at)
                    }
                    stack[stack.count - 1].children.append(.variable(TemplateName(body), escaped: true, at))
                }
            }
        }
        if textStart < bytes.count {
            stack[stack.count - 1].children.append(.text(String(decoding: bytes[textStart...], as: UTF8.self)))
        }
        while stack.count > 1 {
            let open = stack.removeLast()
            error("section '\(open.name)' is never closed (no '{{/\(open.name)}}')", at: open.location)
            stack[stack.count - 1].children.append(Self.element(closing: open))
        }
        return stack[0].children
    }

    private static func element(closing open: Open) -> TemplateElement {
        switch UnicodeScalar(open.sigil) {
        case "#": .section(TemplateName(open.name), inverted: false, open.children, open.location)
        case "^": .section(TemplateName(open.name), inverted: true, open.children, open.location)
        case "<": .parent(open.name, indentation: open.indentation, open.children, open.location)
        default: .block(open.name, open.children, open.location)
        }
    }

    /// Tags that print nothing themselves: alone on a line, they take the line with them.
    private static func standsAloneWhenAlone(_ sigil: UInt8) -> Bool {
        switch UnicodeScalar(sigil) {
        case "#", "^", "/", "!", ">", "<", "$", "=": true
        default: false
        }
    }

    /// When the line the tag starts on holds nothing but spaces, tabs and tags that print
    /// nothing themselves (`{{<parent}}{{/parent}}` is one such line): where that line
    /// starts, and where the next line starts (after the tag's last line, for a tag that
    /// spans lines).
    private func standaloneLine(around tagStart: Int) -> (start: Int, next: Int)? {
        var start = tagStart
        while start > 0, bytes[start - 1] != Self.newline { start -= 1 }
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case Self.newline:
                return (start, index + 1)
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == Self.newline:
                return (start, index + 2)
            case Self.openBrace where index + 1 < bytes.count && bytes[index + 1] == Self.openBrace:
                var sigil = index + 2
                while sigil < bytes.count, bytes[sigil] == UInt8(ascii: " ") { sigil += 1 }
                guard sigil < bytes.count, Self.standsAloneWhenAlone(bytes[sigil]),
                      let close = find(Self.closeBrace, Self.closeBrace, from: sigil) else { return nil }
                index = close + 2
            default:
                return nil
            }
        }
        return (start, bytes.count)
    }

    private func onlySpaces(from start: Int, to end: Int) -> Bool {
        bytes[start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == Self.newline }
    }

    /// `range` without the spaces, tabs and line breaks at either end.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == Self.newline || byte == UInt8(ascii: "\r")
        }
        var start = range.lowerBound, end = range.upperBound
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    private func find(_ first: UInt8, _ second: UInt8, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == first, bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    /// Editors' line and column (in Unicode scalars) of a byte offset at or after the
    /// last one asked for.
    private mutating func location(at offset: Int) -> SourceLocation {
        while countedUpTo < offset {
            if bytes[countedUpTo] == Self.newline {
                line += 1
                lineStart = countedUpTo + 1
            }
            countedUpTo += 1
        }
        // UTF-8 continuation bytes (10xxxxxx) do not start a scalar.
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// Names are dotted paths of letters, digits, `_` and `-` (partials may also use `/`),
    /// or `.` for the current item.
    private mutating func validate(_ name: String, at location: SourceLocation, partial: Bool) -> Bool {
        if name.isEmpty {
            error("tag has no name", at: location)
            return false
        }
        let utf8 = name.utf8
        if utf8.contains(UInt8(ascii: "(")) {
            error("'\(name)': transforms are not supported", at: location)
            return false
        }
        if name == "." && !partial { return true }
        let dot = UInt8(ascii: ".")
        let allowed = utf8.allSatisfy { byte in
            switch UnicodeScalar(byte) {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": true
            case "/": partial
            default: false
            }
        }
        let wellFormed = utf8.first != dot && utf8.last != dot && !zip(utf8, utf8.dropFirst()).contains { $0 == dot && $1 == dot }
        guard allowed, wellFormed else {
            error("'\(name)' is not a valid \(partial ? "partial " : "")name", at: location)
            return false
        }
        return true
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, path: path, at: location))
    }
}
