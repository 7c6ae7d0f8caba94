/// A form block in Word: labelled blanks as underscores to write on, ruled lines as
/// bottom-bordered paragraphs, tick boxes as ☐ runs, and tables as Word tables whose
/// heading row repeats on each page. Every text in it is written as runs, never markup.
enum WordForm {
    /// The blank after a label: long enough to write a name or a date by hand.
    static let blank = "____________________"

    static func render(_ form: MarkdownForm, into writer: inout WordBodyWriter) {
        for part in form.parts {
            switch part {
            case .fields(let fields):
                writer.beginParagraph()
                appendFields(fields, into: &writer)
                writer.endParagraph()
            case .writingLines(let label, let count):
                if !label.isEmpty {
                    writer.beginParagraph()
                    WordWalker.renderInlines(label, WordRunFormat(bold: true), into: &writer)
                    writer.endParagraph()
                }
                for _ in 0..<count { writer.appendRuledLine() }
            case .tickBoxes(let items):
                appendTickBoxes(items, into: &writer)
            case .table(let table):
                appendTable(table, into: &writer)
            case .signature(let signer, let fields):
                writer.beginParagraph()
                WordWalker.renderInlines(signer, WordRunFormat(bold: true), into: &writer)
                writer.endParagraph()
                writer.beginParagraph()
                appendFields(fields, into: &writer)
                writer.endParagraph()
            }
        }
    }

    /// A form's tick boxes, one under another; four or more in two columns, the first
    /// half down the first, as on the printed form.
    private static func appendTickBoxes(_ items: [[MarkdownInline]], into writer: inout WordBodyWriter) {
        func column(_ items: ArraySlice<[MarkdownInline]>, into writer: inout WordBodyWriter) {
            for item in items {
                writer.beginParagraph(WordParagraphProperties(style: WordStyles.tickBox))
                appendTickBox(labelled: item, into: &writer)
                writer.endParagraph()
            }
        }
        guard items.count >= 4 else { return column(items[...], into: &writer) }
        let half = (items.count + 1) / 2
        writer.appendTable(rows: 1, columnWidths: [1, 1], gridLines: false) { _, index, cell in
            column(index == 0 ? items[..<half] : items[half...], into: &cell)
        }
    }

    private static func appendFields(_ fields: [FormField], into writer: inout WordBodyWriter) {
        for (index, field) in fields.enumerated() {
            if index > 0 { writer.appendRun("   ", .plain) }
            WordWalker.renderInlines(field.label, .plain, into: &writer)
            if field.choices.isEmpty {
                writer.appendRun(" " + blank, .plain)
            } else {
                for choice in field.choices {
                    writer.appendRun(" ", .plain)
                    appendTickBox(labelled: choice, into: &writer)
                }
            }
        }
    }

    private static func appendTickBox(labelled label: [MarkdownInline], into writer: inout WordBodyWriter) {
        writer.appendTickBox()
        if !label.isEmpty {
            writer.appendRun(" ", .plain)
            WordWalker.renderInlines(label, .plain, into: &writer)
        }
    }

    /// Columns share the width by the longest text each holds, so an item column is wide
    /// and a yes/no column narrow, as in the printed form.
    private static func appendTable(_ table: FormTable, into writer: inout WordBodyWriter) {
        let widths = table.columns.indices.map { column in
            let longest = table.rows.map { row in
                switch row[column] {
                case .text(let inlines): MarkdownInline.plainText(of: inlines).count
                case .blank: 12
                case .tickBoxes(let labels): labels.reduce(0) { $0 + 3 + MarkdownInline.plainText(of: $1).count }
                }
            }.max() ?? 0
            return min(60, max(8, longest, MarkdownInline.plainText(of: table.columns[column]).count))
        }
        writer.appendTable(rows: table.rows.count + 1, columnWidths: widths, headerRows: 1) { row, column, cell in
            cell.beginParagraph()
            if row == 0 {
                WordWalker.renderInlines(table.columns[column], WordRunFormat(bold: true), into: &cell)
            } else {
                switch table.rows[row - 1][column] {
                case .text(let inlines):
                    WordWalker.renderInlines(inlines, column == 0 ? WordRunFormat(bold: true) : .plain, into: &cell)
                case .blank:
                    break
                case .tickBoxes(let labels):
                    for (index, label) in labels.enumerated() {
                        if index > 0 { cell.appendRun("  ", .plain) }
                        appendTickBox(labelled: label, into: &cell)
                    }
                }
            }
            cell.endParagraph()
        }
    }
}
