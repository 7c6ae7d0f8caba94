/// A form to fill in by hand: labelled blanks, ruled lines to write on, tick boxes, tables
/// and signature blocks. Templates write it as a fenced block with the info string `form`
/// (`FormSyntax`, docs/forms.md); every text in it is inline Markdown, already parsed.
///
/// Each renderer draws the parts its own way: HTML with real tables and ☐ boxes, plain
/// text as a fill-in template of ☐ and `____`, Markdown as task lists and pipe tables.
struct MarkdownForm: Equatable, Sendable {
    var parts: [FormPart]

    init(parts: [FormPart]) {
        self.parts = parts
    }
}

enum FormPart: Equatable, Sendable {
    /// Labelled blanks side by side on one line: "Date ______  Time ______". Consecutive
    /// rows of fields sit together, with no gap between them.
    case fields([FormField])
    /// `count` ruled lines to write on, under a label (which may be empty).
    case writingLines(label: [MarkdownInline], count: Int)
    /// Tick boxes one under another, each with its text: "☐ Threats".
    case tickBoxes([[MarkdownInline]])
    case table(FormTable)
    /// Who signs ("Person reporting"), then the fields they fill in (name, signature, date).
    case signature(signer: [MarkdownInline], fields: [FormField])
}

/// A label and what is filled in beside it: a blank to write in, or tick boxes to choose from.
struct FormField: Equatable, Sendable {
    var label: [MarkdownInline]
    /// The tick boxes' labels ("Yes", "No"); empty for a blank to write in.
    var choices: [[MarkdownInline]]

    init(label: [MarkdownInline], choices: [[MarkdownInline]] = []) {
        self.label = label
        self.choices = choices
    }
}

struct FormTable: Equatable, Sendable {
    /// The column headings.
    var columns: [[MarkdownInline]]
    /// Each row has exactly one cell per column. A row's first cell, when it holds text,
    /// names the row (the checklist's items): it is the row's heading.
    var rows: [[FormCell]]

    init(columns: [[MarkdownInline]], rows: [[FormCell]]) {
        self.columns = columns
        self.rows = rows
    }
}

enum FormCell: Equatable, Sendable {
    case text([MarkdownInline])
    /// Space to write in.
    case blank
    /// Tick boxes with their labels; a single box may have an empty label.
    case tickBoxes([[MarkdownInline]])
}
