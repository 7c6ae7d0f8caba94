/// A value a template can name: the data side of a `TemplateContext`.
indirect enum ContextValue: Hashable, Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    /// Keys are the settings' snake_case names.
    case object([String: ContextValue])
    case list([ContextValue])
    /// An optional setting the organisation left out. Templates see it as `false`, so a
    /// section on it is skipped and its inverted section is shown.
    case absent

}

/// What names a context defines and what each holds: the declaration templates are
/// checked against, so a misspelt name fails even where a list is empty or a setting off.
indirect enum ContextShape: Hashable, Sendable {
    /// Text that is always there and never blank.
    case text
    case number
    case flag
    /// A value the organisation may leave out: `.absent` or the wrapped shape.
    case optional(ContextShape)
    case object([String: ContextShape])
    case list(of: ContextShape)

    /// Whether a built value has this shape: every declared name present with the right
    /// kind, no undeclared name, and no blank text where text is required. Every
    /// document's context is checked, so this path allocates nothing; `mismatches`
    /// says what is wrong when it is not.
    func conforms(_ value: ContextValue) -> Bool {
        switch (self, value) {
        case (.text, .text(let text)):
            return !MarkdownEscaper.printsNothing(text)
        case (.number, .number), (.flag, .flag), (.optional, .absent):
            return true
        case (.optional(let wrapped), _):
            return wrapped.conforms(value)
        case (.object(let fields), .object(let values)):
            // As many values as declared names, and each name found: nothing undeclared.
            guard fields.count == values.count else { return false }
            for (key, shape) in fields {
                guard let value = values[key], shape.conforms(value) else { return false }
            }
            return true
        case (.list(let item), .list(let items)):
            return items.allSatisfy { item.conforms($0) }
        default:
            return false
        }
    }

    /// Checks a built value against this shape as `conforms` does, returning the dotted
    /// paths (`consequences.ladder[2].trigger`) of what does not conform, in name order.
    func mismatches(of value: ContextValue, at path: String = "") -> [(path: String, problem: String)] {
        switch (self, value) {
        case (.text, .text(let text)):
            // Judged as it will print: text of only spaces or control characters prints nothing.
            return MarkdownEscaper.printsNothing(text) ? [(path, "is empty")] : []
        case (.number, .number), (.flag, .flag):
            return []
        case (.optional, .absent):
            return []
        case (.optional(let wrapped), _):
            return wrapped.mismatches(of: value, at: path)
        case (.object(let fields), .object(let values)):
            var problems: [(String, String)] = []
            for key in fields.keys.sorted() {
                let child = path.isEmpty ? key : path + "." + key
                if let value = values[key] {
                    problems += fields[key]!.mismatches(of: value, at: child)
                } else {
                    problems.append((child, "is missing"))
                }
            }
            for key in values.keys.sorted() where fields[key] == nil {
                problems.append((path.isEmpty ? key : path + "." + key, "is not declared"))
            }
            return problems
        case (.list(let item), .list(let items)):
            return items.enumerated().flatMap { offset, element in
                item.mismatches(of: element, at: "\(path)[\(offset + 1)]")
            }
        default:
            return [(path, "does not have the declared kind")]
        }
    }

    /// Describes the shape for messages: "text", "a list", ...
    var kindDescription: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .flag: "a yes/no setting"
        case .optional(let wrapped): "optional " + wrapped.kindDescription
        case .object: "a group of settings"
        case .list: "a list"
        }
    }
}

extension ContextShape {
    /// One line per name templates can use, sorted, with what it holds: the reference for
    /// writing templates (`policykit templates names`). Names inside a list item are shown
    /// after the list's name and `[]`; inside `{{#list}}...{{/list}}` they are used bare.
    func reference() -> [(name: String, kind: String)] {
        var lines: [(String, String)] = []
        // `guardName`: the optional group the name sits in, whose section must enclose it.
        func visit(_ shape: ContextShape, _ name: String, _ guardName: String?) {
            let note = guardName.map { " (inside {{#\($0)}})" } ?? ""
            switch shape.unwrapped {
            case .object(let fields):
                if !name.isEmpty { lines.append((name, shape.referenceKind + note)) }
                let inner: String? = if case .optional = shape { name } else { guardName }
                for key in fields.keys.sorted() {
                    visit(fields[key]!, name.isEmpty ? key : name + "." + key, inner)
                }
            case .list(let item):
                lines.append((name, shape.referenceKind + note))
                if case .object = item.unwrapped {
                    visit(item, name + "[]", nil)
                } else {
                    lines.append((name + "[]", item.referenceKind + " (use {{.}})"))
                }
            default:
                lines.append((name, shape.referenceKind + note))
            }
        }
        visit(self, "", nil)
        return lines
    }

    private var referenceKind: String {
        switch self {
        case .text: "text"
        case .number: "number"
        case .flag: "yes/no"
        case .optional(let wrapped): "optional " + wrapped.referenceKind + " (false when left out)"
        case .object: "group"
        case .list: "list"
        }
    }
}
