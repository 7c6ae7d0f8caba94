/// Fills parsed templates with a `ContextValue`, with Mustache's meaning: a name is looked
/// up in the innermost context that has it; a section shows its content once for `true`
/// or a present value (with that value as the innermost context), once per item for a
/// list, and not at all for `false`, an absent setting or an empty list; an inverted
/// section the other way round; partials and parents are filled in place, parents with
/// their caller's blocks.
///
/// Every value goes through one `escape` function, whichever template, partial, parent
/// or block prints it: there is no second path by which a value could reach a document
/// unescaped. Names are not checked here; `TemplateChecker` has checked every name
/// against the context's shape before anything is filled, so a name that finds nothing
/// prints nothing, as in Mustache.
struct TemplateRenderer: Sendable {
    /// Parsed templates of one language, by name (`poster`, `partials/reporting`).
    let templates: [String: [TemplateElement]]
    /// Turns a value's text into document text: Markdown escaping for documents.
    let escape: @Sendable (String) -> String

    func render(_ name: String, context: ContextValue) -> String {
        var state = State(stack: [context])
        state.output.reserveCapacity(16 * 1024)
        render(templates[name] ?? [], into: &state)
        return state.output
    }

    private struct State {
        var output = ""
        var stack: [ContextValue]
        /// Set by standalone partials and parents: put before every line they print.
        var indentation = ""
        /// Whether the next output starts a line that `indentation` must come before.
        var atLineStart = false
        /// Blocks given by the parents being filled; the outermost caller's win.
        var overrides: [String: [TemplateElement]] = [:]
    }

    private func render(_ elements: [TemplateElement], into state: inout State) {
        for element in elements {
            switch element {
            case .text(let text):
                write(text, into: &state, indentingLines: true)
            case .variable(let name, let escaped, _):
                guard let value = lookUp(name, in: state.stack) else { continue }
                let text: String
                switch value {
                case .text(let string): text = string
                case .number(let number): text = String(number)
                case .flag(let flag): text = flag ? "true" : "false"
                case .absent, .object, .list: continue
                }
                write(escaped ? escape(text) : text, into: &state, indentingLines: false)
            case .section(let name, let inverted, let children, _):
                let value = lookUp(name, in: state.stack)
                if inverted {
                    if !Self.isTruthy(value) { render(children, into: &state) }
                    continue
                }
                switch value {
                case .list(let items)?:
                    for item in items {
                        state.stack.append(item)
                        render(children, into: &state)
                        state.stack.removeLast()
                    }
                case .flag(true)?:
                    render(children, into: &state)
                case .text?, .number?, .object?:
                    state.stack.append(value!)
                    render(children, into: &state)
                    state.stack.removeLast()
                case .flag(false)?, .absent?, nil:
                    break
                }
            case .partial(let name, let indentation, _):
                include(name, indentation: indentation, overrides: [:], into: &state)
            case .parent(let name, let indentation, let children, _):
                var blocks: [String: [TemplateElement]] = [:]
                for case .block(let block, let content, _) in children { blocks[block] = content }
                include(name, indentation: indentation, overrides: blocks, into: &state)
            case .block(let name, let children, _):
                render(state.overrides[name] ?? children, into: &state)
            }
        }
    }

    private func include(_ name: String, indentation: String, overrides: [String: [TemplateElement]], into state: inout State) {
        guard let elements = templates[name] else { return }
        let saved = (state.indentation, state.overrides)
        if !indentation.isEmpty {
            state.indentation += indentation
            state.atLineStart = true
        }
        // A block given further out wins over one given closer to the block.
        state.overrides.merge(overrides) { outer, _ in outer }
        render(elements, into: &state)
        (state.indentation, state.overrides) = saved
    }

    /// Appends output, putting the indentation of the partials being filled before each
    /// line. Only template text starts new lines: a value with a line break in it stays
    /// as it is.
    private func write(_ text: String, into state: inout State, indentingLines: Bool) {
        guard !state.indentation.isEmpty, !text.isEmpty else {
            state.output += text
            return
        }
        if !indentingLines {
            if state.atLineStart { state.output += state.indentation }
            state.atLineStart = false
            state.output += text
            return
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 {
                state.output += "\n"
                state.atLineStart = true
            }
            guard !line.element.isEmpty else { continue }
            if state.atLineStart { state.output += state.indentation }
            state.atLineStart = false
            state.output += line.element
        }
    }

    /// The first component in the innermost context that has it; the rest inside that value.
    private func lookUp(_ name: TemplateName, in stack: [ContextValue]) -> ContextValue? {
        guard let first = name.components.first else { return stack.last }
        var found: ContextValue? = nil
        for frame in stack.reversed() {
            if case .object(let fields) = frame, let value = fields[first] {
                found = value
                break
            }
        }
        guard var value = found else { return nil }
        for component in name.components.dropFirst() {
            guard case .object(let fields) = value, let child = fields[component] else { return nil }
            value = child
        }
        return value
    }

    private static func isTruthy(_ value: ContextValue?) -> Bool {
        switch value {
        case .flag(false)?, .absent?, nil: false
        case .list(let items)?: !items.isEmpty
        default: true
        }
    }
}
