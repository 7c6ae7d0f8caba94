/// A form as plain text: a fill-in template that fits the line width. Blanks are runs of
/// `_`, tick boxes are ☐, ruled lines are full-width runs of `_`, and a table's columns
/// line up, its texts wrapped within their column.
///
///     Date ______________________  Time _____________________
///     ☐ Threats
///     Item                    In place      Action needed
///     ----------------------  ------------  --------------
///     Duress alarms work      ☐ Yes ☐ No    ______________
enum FormText {
    /// The shortest blank drawn after a label.
    static let shortestBlank = 10
    static let columnGap = 2

    /// The form's lines, none wider than `width` columns unless one word is; empty strings
    /// are blank lines between the parts.
    static func lines(_ form: MarkdownForm, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var previous: FormPart? = nil
        for part in form.parts {
            if let previous {
                // Rows of fields follow one another like the lines of a paper form.
                let bothFields: Bool = if case .fields = previous, case .fields = part { true } else { false }
                if !bothFields { lines.append("") }
            }
            switch part {
            case .fields(let fields):
                lines += fieldLines(fields, width: width)
            case .writingLines(let label, let count):
                if !label.isEmpty { lines += wrap(text(label), width: width) }
                lines += Array(repeating: String(repeating: "_", count: width), count: count)
            case .tickBoxes(let labels):
                for label in labels {
                    let wrapped = wrap(text(label), width: max(1, width - 2))
                    lines.append(("\(FormHTML.tickBox) " + (wrapped.first ?? "")).trimmingTrailingSpaces)
                    lines += wrapped.dropFirst().map { "  " + $0 }
                }
            case .table(let table):
                lines += tableLines(table, width: width)
            case .signature(let signer, let fields):
                lines += wrap(text(signer), width: width)
                lines += fieldLines(fields, width: width)
            }
            previous = part
        }
        return lines
    }

    // MARK: Fields

    /// Fields packed onto lines in order, as many to a line as fit with a blank of at least
    /// `shortestBlank`; the blanks on each line share out what is left of it.
    static func fieldLines(_ fields: [FormField], width: Int) -> [String] {
        struct Piece {
            var label: String
            /// The tick boxes as written ("☐ Yes  ☐ No"), or nil for a blank.
            var choices: String?
            var minimum: Int { DisplayWidth.of(label) + 1 + (choices.map { DisplayWidth.of($0) } ?? FormText.shortestBlank) }
        }
        let pieces = fields.map { field in
            Piece(label: text(field.label),
                  choices: field.choices.isEmpty ? nil : field.choices.map { ("\(FormHTML.tickBox) " + text($0)).trimmingTrailingSpaces }.joined(separator: "  "))
        }
        var lines: [String] = []
        var row: [Piece] = []
        func flush() {
            guard !row.isEmpty else { return }
            let used = row.reduce(0) { $0 + $1.minimum } + columnGap * (row.count - 1)
            let blanks = row.filter { $0.choices == nil }.count
            var spare = max(0, width - used)
            var line = ""
            var blanksLeft = blanks
            for (index, piece) in row.enumerated() {
                if index > 0 { line += String(repeating: " ", count: columnGap) }
                line += piece.label + " "
                if let choices = piece.choices {
                    line += choices
                } else {
                    let extra = blanksLeft > 0 ? spare / blanksLeft : 0
                    spare -= extra
                    blanksLeft -= 1
                    line += String(repeating: "_", count: shortestBlank + extra)
                }
            }
            lines.append(line)
            row = []
        }
        for piece in pieces {
            let rowWidth = row.reduce(0) { $0 + $1.minimum + columnGap }
            if !row.isEmpty && rowWidth + piece.minimum > width { flush() }
            if piece.minimum > width {
                // A label too long for one line: the label wrapped, then its blank on a line of its own.
                let labelLines = wrap(piece.label, width: width)
                lines += labelLines
                lines.append(piece.choices ?? String(repeating: "_", count: width))
                continue
            }
            row.append(piece)
        }
        flush()
        return lines
    }

    // MARK: Tables

    private struct Column {
        /// The widest its content would be on one line.
        var natural = 0
        /// Its longest word, which is never split.
        var narrowest = 1
        /// Whether it has space to write in, which may grow to fill the line.
        var hasBlanks = false
        var width = 0
    }

    /// Each column's width when the table is set `width` columns wide: every column at least
    /// as wide as its longest word (tick boxes and their answers count as one), then, if all
    /// fits on one line per row, the room left to the columns to write in; else the room
    /// shared out as each column wants more.
    ///
    /// `forHandwriting` sizes the columns of a printed table instead: no column of text
    /// wants more than 45% of the width (it wraps), and a column to write in wants
    /// twice its heading's width, as its heading says how much is written there.
    static func columnWidths(_ table: FormTable, width: Int, forHandwriting: Bool = false) -> [Int] {
        let count = table.columns.count
        let headings = table.columns.map(text)
        let cells = cellTexts(table)
        var columns = Array(repeating: Column(), count: count)
        for index in 0..<count {
            var texts = [headings[index]]
            var narrowest = 1
            for (row, cellsOfRow) in zip(table.rows, cells) {
                if let cell = cellsOfRow[index] {
                    texts.append(cell)
                    // Tick boxes and their answers stay on one line.
                    if case .tickBoxes = row[index] { narrowest = max(narrowest, DisplayWidth.of(cell)) }
                } else {
                    columns[index].hasBlanks = true
                }
            }
            let blank = forHandwriting ? max(shortestBlank, 2 * DisplayWidth.of(headings[index])) : shortestBlank
            columns[index].natural = max(texts.map { DisplayWidth.of($0) }.max() ?? 0, columns[index].hasBlanks ? blank : 1)
            if forHandwriting { columns[index].natural = min(columns[index].natural, max(blank, width * 9 / 20)) }
            columns[index].narrowest = max(narrowest, texts.flatMap(words).map { DisplayWidth.of($0) }.max() ?? 1,
                                           columns[index].hasBlanks ? min(shortestBlank, 6) : 1)
        }
        let available = max(count, width - columnGap * (count - 1))
        let natural = columns.reduce(0) { $0 + $1.natural }
        if natural <= available {
            // Everything fits on one line per row: the room left goes to the columns to write in.
            for index in 0..<count { columns[index].width = columns[index].natural }
            var spare = available - natural
            let growing = columns.indices.filter { columns[$0].hasBlanks }
            for (offset, index) in growing.enumerated() {
                let extra = spare / (growing.count - offset)
                columns[index].width += extra
                spare -= extra
            }
        } else {
            // Each column gets its longest word, then a share of the rest as wide as it wants more.
            for index in 0..<count { columns[index].width = columns[index].narrowest }
            var spare = max(0, available - columns.reduce(0) { $0 + $1.width })
            let wants = columns.map { max(0, $0.natural - $0.width) }
            let totalWants = wants.reduce(0, +)
            if totalWants > 0 {
                let share = spare
                for index in 0..<count {
                    let extra = min(wants[index], share * wants[index] / totalWants)
                    columns[index].width += extra
                    spare -= extra
                }
                for index in 0..<count where spare > 0 {
                    let extra = min(spare, columns[index].natural - columns[index].width)
                    if extra > 0 {
                        columns[index].width += extra
                        spare -= extra
                    }
                }
            }
        }
        return columns.map(\.width)
    }

    /// Each cell's text, nil for a blank.
    private static func cellTexts(_ table: FormTable) -> [[String?]] {
        table.rows.map { row in
            row.map { cell in
                switch cell {
                case .text(let inlines): text(inlines)
                case .blank: nil
                case .tickBoxes(let labels):
                    labels.map { ("\(FormHTML.tickBox)\(glue)" + text($0)).trimmingTrailingSpaces }.joined(separator: "  ")
                }
            }
        }
    }

    static func tableLines(_ table: FormTable, width: Int) -> [String] {
        let headings = table.columns.map(text)
        let cells = cellTexts(table)
        let widths = columnWidths(table, width: width)
        var lines = rowLines(headings.map { Optional($0) }, widths: widths, blankFill: " ")
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: columnGap)))
        let rendered = cells.map { rowLines($0, widths: widths, blankFill: "_") }
        // Rows that take several lines are kept apart by a blank line, so each reads as one.
        let spaced = rendered.contains { $0.count > 1 }
        for (index, row) in rendered.enumerated() {
            if spaced && index > 0 { lines.append("") }
            lines += row
        }
        return lines
    }

    /// One table row: each cell wrapped to its column, blanks drawn on the row's last line.
    private static func rowLines(_ cells: [String?], widths: [Int], blankFill: Character) -> [String] {
        let wrapped = zip(cells, widths).map { cell, width in cell.map { wrap($0, width: width) } ?? [] }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        var lines: [String] = []
        for lineIndex in 0..<height {
            var line = ""
            for (column, width) in widths.enumerated() {
                if column > 0 { line += String(repeating: " ", count: columnGap) }
                var piece: String
                if cells[column] == nil {
                    piece = lineIndex == height - 1 ? String(repeating: blankFill, count: width) : ""
                } else {
                    piece = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                }
                let padding = max(0, width - DisplayWidth.of(piece))
                line += piece + String(repeating: " ", count: padding)
            }
            lines.append(line.trimmingTrailingSpaces)
        }
        return lines
    }

    // MARK: Text

    /// Inline content as the plain-text renderer shows it: emphasis as its text, a link as
    /// `text <destination>` (unless cmark's safe mode would drop the destination).
    static func text(_ inlines: [MarkdownInline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let value), .code(let value):
                result += value
            case .softBreak, .lineBreak:
                result += " "
            case .html:
                break
            case .emphasis(let children), .strong(let children):
                result += text(children)
            case .image(_, _, let children):
                result += MarkdownInline.plainText(of: children)
            case .link(let destination, _, let children):
                let shown = text(children)
                if destination.isEmpty || URLSafety.isDangerous(destination) {
                    result += shown
                } else if shown == destination || "mailto:" + shown == destination {
                    result += "<" + shown + ">"
                } else {
                    result += shown + " <" + destination + ">"
                }
            }
        }
        return result
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// Holds a tick box to its label while lines are filled, and prints as a space. A
    /// private-use character: text hardly ever holds one, and one that does only prints
    /// as a space in a form. No-break spaces, which French puts before a colon, are kept.
    private static let glue: Character = "\u{E000}"

    /// Greedy filling; a word wider than `width` gets a line of its own. `glue` holds
    /// words together and prints as a space.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(text) {
            let wordWidth = DisplayWidth.of(word)
            if !line.isEmpty && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if !line.isEmpty {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0.replacingGlue }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    var replacingGlue: String {
        String(unicodeScalars.map { $0 == "\u{E000}" ? " " : Character($0) })
    }
}
