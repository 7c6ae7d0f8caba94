import CCmark

/// A form as Markdown that reads well anywhere: tick boxes as a task list (`- [ ] Threats`),
/// tables as pipe tables, blanks and ruled lines as escaped underscores. Texts are written
/// back from their parsed inlines with every character that could start markup escaped.
enum FormMarkdown {
    /// The width of a blank, and of a ruled line, in underscores.
    static let blankLength = 12
    static let ruleLength = 40

    static func markdown(_ form: MarkdownForm) -> String {
        var blocks: [String] = []
        for part in form.parts {
            switch part {
            case .fields(let fields):
                blocks.append(fieldsLine(fields))
            case .writingLines(let label, let count):
                var lines = label.isEmpty ? [] : [inline(label)]
                lines += Array(repeating: underscores(ruleLength), count: count)
                blocks.append(lines.joined(separator: "\\\n"))
            case .tickBoxes(let labels):
                blocks.append(labels.map { "- [ ] " + inline($0) }.joined(separator: "\n"))
            case .table(let table):
                blocks.append(tableLines(table).joined(separator: "\n"))
            case .signature(let signer, let fields):
                blocks.append(inline(signer) + "\\\n" + fieldsLine(fields))
            }
        }
        return blocks.map { $0 + "\n" }.joined(separator: "\n")
    }

    private static func fieldsLine(_ fields: [FormField]) -> String {
        fields.map { field in
            let answer = field.choices.isEmpty
                ? underscores(blankLength)
                : field.choices.map { ("\(FormHTML.tickBox) " + inline($0)) }.joined(separator: " ")
            return inline(field.label) + " " + answer
        }.joined(separator: " ")
    }

    private static func tableLines(_ table: FormTable) -> [String] {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        var lines = [row(table.columns.map(inline))]
        lines.append("|" + Array(repeating: " --- |", count: table.columns.count).joined())
        for cells in table.rows {
            lines.append(row(cells.map { cell in
                switch cell {
                case .text(let text): inline(text)
                case .blank: ""
                case .tickBoxes(let labels): labels.map { ("\(FormHTML.tickBox) " + inline($0)).trimmingSuffixSpace }.joined(separator: " ")
                }
            }))
        }
        return lines
    }

    private static func underscores(_ count: Int) -> String {
        String(repeating: "\\_", count: count)
    }

    /// Inlines written back as Markdown that parses to the same inlines, on one line.
    static func inline(_ inlines: [MarkdownInline]) -> String {
        var result = ""
        for item in inlines {
            switch item {
            case .text(let text):
                result += escape(text, atStart: result.isEmpty)
            case .softBreak, .lineBreak:
                result += " "
            case .code(let code):
                let fence = String(repeating: "`", count: longestRun(of: "`", in: code) + 1)
                let padded = code.hasPrefix("`") || code.hasSuffix("`") || (code.hasPrefix(" ") && code.hasSuffix(" ") && !code.allSatisfy { $0 == " " }) ? " \(code) " : code
                result += fence + padded + fence
            case .html:
                break
            case .emphasis(let children):
                result += "*" + inline(children) + "*"
            case .strong(let children):
                result += "**" + inline(children) + "**"
            case .link(let destination, let title, let children):
                result += "[" + inline(children) + "](" + linkDestination(destination) + linkTitle(title) + ")"
            case .image(let source, let title, let children):
                result += "![" + inline(children) + "](" + linkDestination(source) + linkTitle(title) + ")"
            }
        }
        return result
    }

    /// Backslashes before every character that can open or close inline markup, and before
    /// a block marker at the very start.
    private static func escape(_ text: String, atStart: Bool) -> String {
        var result = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if MarkdownEscaper.alwaysEscaped.contains(scalar) || scalar == "&"
                || (atStart && index == 0 && MarkdownEscaper.escapedAtStart.contains(scalar)) {
                result += "\\"
            }
            if atStart && index > 0 && (scalar == "." || scalar == ")"),
               text.unicodeScalars.prefix(index).allSatisfy({ $0.properties.numericType != nil && $0.isASCII }) {
                // "1." or "1)" at the start would begin an ordered list.
                result += "\\"
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    private static func linkDestination(_ url: String) -> String {
        "<" + backslashing(url, before: "\\<>") + ">"
    }

    private static func linkTitle(_ title: String) -> String {
        guard !title.isEmpty else { return "" }
        return " \"" + backslashing(title, before: "\\\"") + "\""
    }

    private static func backslashing(_ text: String, before special: String) -> String {
        var result = ""
        for character in text {
            if special.contains(character) { result += "\\" }
            result.append(character)
        }
        return result
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for each in text {
            current = each == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    // MARK: Documents

    /// `markdown` with each form block replaced by its form as Markdown (`markdown(_:)`):
    /// what a build writes as a document's `.md` file. A block that does not read as a
    /// form is left as it is.
    static func replacingForms(in markdown: String) -> String {
        guard FormFence.mayHoldForm(markdown) else { return markdown }
        let blocks = formBlocks(in: markdown)
        guard !blocks.isEmpty else { return markdown }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // From the last, so earlier line numbers stay right.
        for block in blocks.reversed() {
            guard let form = block.form else { continue }
            var replacement = Self.markdown(form).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if replacement.last == "" { replacement.removeLast() }
            let indent = String(repeating: " ", count: block.indent)
            replacement = replacement.map { $0.isEmpty ? $0 : indent + $0 }
            lines.replaceSubrange(block.lines, with: replacement)
        }
        return lines.joined(separator: "\n")
    }

    /// Each form block in the Markdown: its lines (from 0), its form (nil when its text
    /// does not read as one) and the problem that stops it reading.
    struct Block {
        var lines: ClosedRange<Int>
        var indent: Int
        var form: MarkdownForm?
        var problem: FormSyntax.Problem?
    }

    static func formBlocks(in markdown: String) -> [Block] {
        CmarkDocument(parsing: markdown).withRoot { root in
            var blocks: [Block] = []
            let iterator = cmark_iter_new(root)
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                guard info.split(separator: " ", maxSplits: 1).first == "form" else { continue }
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let start = Int(cmark_node_get_start_line(node)) - 1
                let end = Int(cmark_node_get_end_line(node)) - 1
                let indent = Int(cmark_node_get_start_column(node)) - 1
                switch FormParser.parse(literal) {
                case .success(let form): blocks.append(Block(lines: start...max(start, end), indent: indent, form: form))
                case .failure(let problem): blocks.append(Block(lines: start...max(start, end), indent: indent, form: nil, problem: problem))
                }
            }
            return blocks
        }
    }
}

private extension String {
    var trimmingSuffixSpace: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
