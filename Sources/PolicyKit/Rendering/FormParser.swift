/// Reads the text of a form block (`FormSyntax`) into a `MarkdownForm`, parsing each
/// text as inline Markdown with cmark.
enum FormParser {
    static func parse(_ block: String) -> Result<MarkdownForm, FormSyntax.Problem> {
        let lines: [FormSyntax.Line]
        switch FormSyntax.parse(block) {
        case .failure(let problem): return .failure(problem)
        case .success(let parsed): lines = parsed
        }
        var parts: [FormPart] = []
        var table: FormTable? = nil
        var ticks: [[MarkdownInline]] = []
        func finishGroups() {
            if let finished = table { parts.append(.table(finished)) }
            if !ticks.isEmpty { parts.append(.tickBoxes(ticks)) }
            table = nil
            ticks = []
        }
        for (index, line) in lines.enumerated() {
            func inlines(_ text: String) throws(FormSyntax.Problem) -> [MarkdownInline] {
                guard let parsed = Self.inlines(text) else {
                    throw FormSyntax.Problem(line: index + 1, message: "'\(text)' is not inline text: a form's texts cannot start a heading, list or quote; escape its first character with '\\'")
                }
                return parsed
            }
            func field(_ cell: FormSyntax.Cell) throws(FormSyntax.Problem) -> FormField {
                FormField(label: try inlines(cell.text), choices: try (cell.choices ?? []).map { label throws(FormSyntax.Problem) in try inlines(label) })
            }
            do {
                switch line {
                case .empty:
                    continue
                case .tick(let label):
                    if table != nil { finishGroups() }
                    ticks.append(try inlines(label))
                case .row(let cells):
                    var row: [FormCell] = try cells.map { cell throws(FormSyntax.Problem) -> FormCell in
                        if let choices = cell.choices { return .tickBoxes(try choices.map { label throws(FormSyntax.Problem) in try inlines(label) }) }
                        return cell.text.isEmpty ? .blank : .text(try inlines(cell.text))
                    }
                    row += Array(repeating: FormCell.blank, count: table!.columns.count - row.count)
                    table!.rows.append(row)
                case .rows(let count):
                    table!.rows += Array(repeating: Array(repeating: FormCell.blank, count: table!.columns.count), count: count)
                case .table(let headings):
                    finishGroups()
                    table = FormTable(columns: try headings.map { heading throws(FormSyntax.Problem) in try inlines(heading) }, rows: [])
                case .fields(let cells):
                    finishGroups()
                    parts.append(.fields(try cells.map { cell throws(FormSyntax.Problem) in try field(cell) }))
                case .lines(let count, let label):
                    finishGroups()
                    parts.append(.writingLines(label: try inlines(label), count: count))
                case .signature(let signer, let cells):
                    finishGroups()
                    parts.append(.signature(signer: try inlines(signer), fields: try cells.map { cell throws(FormSyntax.Problem) in try field(cell) }))
                }
            } catch {
                return .failure(error)
            }
        }
        finishGroups()
        return .success(MarkdownForm(parts: parts))
    }

    /// `text` as inline Markdown: the content of the one paragraph it parses to, nothing
    /// for empty text, nil when it parses to any other block.
    static func inlines(_ text: String) -> [MarkdownInline]? {
        guard !text.isEmpty else { return [] }
        let blocks = CmarkDocument(parsing: text).withRoot { CmarkTreeConverter.blocks(childrenOf: $0) }
        guard blocks.count == 1, case .paragraph(let inlines) = blocks[0] else { return nil }
        return inlines
    }
}
