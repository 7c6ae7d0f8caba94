/// The tags of one Mustache template, nested by section, each with the line and column
/// it starts at in the template's own file.
///
/// PolicyKit reads templates itself before swift-mustache does, so that every mistake is
/// reported with the template's path and line, and so that names can be checked against
/// the context's shape before anything is filled.
indirect enum TemplateElement: Equatable {
    /// `{{name}}`
    case variable(String, SourceLocation)
    /// `{{#name}}...{{/name}}` and, inverted, `{{^name}}...{{/name}}`.
    case section(String, inverted: Bool, [TemplateElement], SourceLocation)
    /// `{{> name}}`
    case partial(String, SourceLocation)
    /// `{{< name}}...{{/name}}`: a parent template with block overrides.
    case parent(String, [TemplateElement], SourceLocation)
    /// `{{$ name}}...{{/name}}`: a block, overridable by a child template.
    case block(String, [TemplateElement], SourceLocation)
}

/// Splits a template into its tags, rejecting the Mustache features PolicyKit templates may
/// not use: unescaped values (they would bypass Markdown escaping), changed delimiters,
/// pragmas (the content type is PolicyKit's to set), dynamic partials and transforms.
struct TemplateParser {
    let path: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var byteOffset = 0
    private var diagnostics: [Diagnostic] = []

    init(text: String, path: String) {
        self.path = path
        self.scalars = Array(text.unicodeScalars)
    }

    static func parse(_ text: String, path: String) -> ([TemplateElement], [Diagnostic]) {
        var parser = TemplateParser(text: text, path: path)
        let elements = parser.parseAll()
        return (elements, parser.diagnostics)
    }

    private struct Open {
        var kind: Character
        var name: String
        var location: SourceLocation
        var children: [TemplateElement] = []
    }

    private mutating func parseAll() -> [TemplateElement] {
        var stack: [Open] = [Open(kind: " ", name: "", location: here)]
        while let (tag, location) = nextTag() {
            guard let tag else { break }
            let body = tag.trimmingASCIISpaces()
            let sigil = body.first
            switch sigil {
            case "!":
                continue
            case "#", "^", "<", "$":
                let name = String(body.dropFirst()).trimmingASCIISpaces()
                guard validate(name, at: location, partial: sigil == "<") else { continue }
                if sigil == "<", name.contains("/") {
                    error("parent template '\(name)' must be at the top of the language folder: its name cannot contain '/'", at: location)
                }
                if stack.last!.kind == "<", sigil != "$" {
                    error("only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag", at: location)
                }
                stack.append(Open(kind: sigil!, name: name, location: location))
            case "/":
                let name = String(body.dropFirst()).trimmingASCIISpaces()
                guard stack.count > 1 else {
                    error("'{{/\(name)}}' closes a section that was never opened", at: location)
                    continue
                }
                let open = stack.removeLast()
                if open.name != name {
                    error("'{{/\(name)}}' does not close '\(open.name)', opened at line \(open.location.line)", at: location)
                }
                let element: TemplateElement
                switch open.kind {
                case "#": element = .section(open.name, inverted: false, open.children, open.location)
                case "^": element = .section(open.name, inverted: true, open.children, open.location)
                case "<": element = .parent(open.name, open.children, open.location)
                default: element = .block(open.name, open.children, open.location)
                }
                stack[stack.count - 1].children.append(element)
            case ">":
                let name = String(body.dropFirst()).trimmingASCIISpaces()
                if name.hasPrefix("*") {
                    error("dynamic partial '{{>\(name)}}' is not supported; name the partial", at: location)
                } else if validate(name, at: location, partial: true) {
                    if stack.last!.kind == "<" {
                        error("only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag", at: location)
                    }
                    stack[stack.count - 1].children.append(.partial(name, location))
                }
            case "{", "&":
                error("unescaped value '{{\(body)}}' is not allowed: every value is escaped for Markdown", at: location)
            case "=":
                error("changing the tag delimiters is not supported", at: location)
            case "%":
                error("pragma '{{\(body)}}' is not allowed: PolicyKit sets the content type of every template", at: location)
            default:
                if validate(body, at: location, partial: false) {
                    if stack.last!.kind == "<" {
                        error("only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag", at: location)
                    }
                    stack[stack.count - 1].children.append(.variable(body, location))
                }
            }
        }
        while stack.count > 1 {
            let open = stack.removeLast()
            error("section '\(open.name)' is never closed (no '{{/\(open.name)}}')", at: open.location)
            stack[stack.count - 1].children.append(.section(open.name, inverted: false, open.children, open.location))
        }
        return stack[0].children
    }

    /// The next tag's text between `{{` and `}}` and where it starts; nil at the end.
    /// An unterminated tag is reported and ends the scan.
    private mutating func nextTag() -> (String?, SourceLocation)? {
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let start = here
                advance(2)
                // `{{{name}}}` is one tag; its extra braces belong to it.
                let triple = index < scalars.count && scalars[index] == "{"
                var body = String.UnicodeScalarView()
                while index < scalars.count {
                    if scalars[index] == "}", index + 1 < scalars.count, scalars[index + 1] == "}" {
                        advance(2)
                        if triple, index < scalars.count, scalars[index] == "}" { advance(1) }
                        return (String(body), start)
                    }
                    body.append(scalars[index])
                    advance(1)
                }
                error("tag is never closed (no '}}')", at: start)
                return (nil, start)
            }
            advance(1)
        }
        return nil
    }

    private var here: SourceLocation {
        SourceLocation(line: line, column: column, offset: byteOffset)
    }

    private mutating func advance(_ count: Int) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            byteOffset += scalars[index].utf8.count
            index += 1
        }
    }

    /// Names are dotted paths of letters, digits, `_` and `-` (partials may also use `/`),
    /// or `.` for the current item.
    private mutating func validate(_ name: String, at location: SourceLocation, partial: Bool) -> Bool {
        if name.isEmpty {
            error("tag has no name", at: location)
            return false
        }
        if name.contains("(") {
            error("'\(name)': transforms are not supported", at: location)
            return false
        }
        if name == "." && !partial { return true }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || scalar == "_" || scalar == "-" || scalar == "." || (partial && scalar == "/")
        }
        let wellFormed = !name.hasPrefix(".") && !name.hasSuffix(".") && !name.contains("..")
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

extension String {
    func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
