/// The line language of a form block: a fenced code block with the info string `form`,
/// in which every line starts with a keyword in square brackets (docs/forms.md).
///
///     ```form
///     [fields] Date | Time | Place
///     [lines 6] What happened
///     [tick] Threats
///     [table] Item | In place | Action needed
///     [row] Duress alarms | [ ] Yes [ ] No |
///     [rows 3]
///     [signature] Person reporting | Name | Signature | Date
///     ```
///
/// A line's text after its keyword is cut into cells at every `|` that no backslash
/// escapes; each cell is inline Markdown. `[ ]` (not escaped) in a cell is a tick box.
///
/// Settings values cannot add structure here: filling escapes `[`, `]`, `|` and the
/// backslash in every value and turns line breaks into spaces, so a value never starts
/// a line, ends a cell or becomes a tick box.
enum FormSyntax {
    /// One line of a form block.
    enum Line: Equatable, Sendable {
        case fields([Cell])
        case lines(count: Int, label: String)
        case tick(String)
        case table([String])
        case row([Cell])
        case rows(count: Int)
        case signature(signer: String, fields: [Cell])
        /// An empty line, which means nothing.
        case empty
    }

    /// A cell as written: its text before any tick box, then each tick box's label.
    struct Cell: Equatable, Sendable {
        var text: String
        /// nil when the cell has no tick box; `[""]` for a single box without a label.
        var choices: [String]?
    }

    /// A line that is not form syntax, with what to write instead.
    struct Problem: Error, Equatable, Sendable {
        /// The line within the block, from 1.
        var line: Int
        var message: String
    }

    static let keywords = ["fields", "lines", "tick", "table", "row", "rows", "signature"]
    static let maximumLines = 40
    static let maximumRows = 100
    /// More columns than this cannot be written in by hand on a printed page.
    static let maximumColumns = 12

    /// Every line of a block, checked as a whole: rows need a table before them, and no row
    /// has more cells than its table has columns.
    static func parse(_ block: String) -> Result<[Line], Problem> {
        var lines: [Line] = []
        var columns: Int? = nil
        for (index, text) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch parse(line: text) {
            case .failure(let problem):
                return .failure(Problem(line: index + 1, message: problem.message))
            case .success(let line):
                if let message = sequenceProblem(line, columns: &columns) {
                    return .failure(Problem(line: index + 1, message: message))
                }
                lines.append(line)
            }
        }
        return .success(lines)
    }

    /// What is wrong with `line` where it stands: a row with no table above it, or one
    /// with more cells than the table has columns. Tracks the current table's columns.
    static func sequenceProblem(_ line: Line, columns: inout Int?) -> String? {
        switch line {
        case .table(let headings):
            columns = headings.count
        case .row(let cells):
            guard let count = columns else { return "[row] must follow a [table] line that names the columns" }
            if cells.count > count {
                return "this row has \(cells.count) cells but its table has \(count) columns; remove a '|' or add a column to the [table] line"
            }
        case .rows:
            guard columns != nil else { return "[rows N] must follow a [table] line that names the columns" }
        case .empty:
            break
        default:
            columns = nil
        }
        return nil
    }

    static func parse<S: StringProtocol>(line raw: S) -> Result<Line, Problem> {
        parseLine(raw).mapError { Problem(line: 1, message: $0.message) }
    }

    private struct Message: Error, ExpressibleByStringInterpolation {
        var message: String

        init(stringLiteral value: String) {
            message = value
        }

        init(text: String) {
            message = text
        }
    }

    private static func parseLine<S: StringProtocol>(_ raw: S) -> Result<Line, Message> {
        let text = raw.drop { $0 == " " || $0 == "\t" }
        guard !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return .success(.empty) }
        guard text.first == "[", let close = text.firstIndex(of: "]") else {
            return .failure("every line of a form block starts with a keyword in brackets, such as [fields], [tick] or [table]; write other text outside the block")
        }
        let head = text[text.index(after: text.startIndex)..<close].split(separator: " ", omittingEmptySubsequences: true)
        let keyword = head.first.map { String($0) } ?? ""
        let rest = text[text.index(after: close)...].trimmingFormSpace()
        guard keywords.contains(keyword) else {
            var message = "unknown form keyword '[\(keyword)]'; a form line starts with [fields], [lines N], [tick], [table], [row], [rows N] or [signature]"
            if let near = NameSuggestion.nearest(to: keyword, among: keywords) { message += "; did you mean [\(near)]?" }
            return .failure(Message(text: message))
        }
        let takesCount = keyword == "lines" || keyword == "rows"
        if takesCount {
            let limit = keyword == "lines" ? maximumLines : maximumRows
            guard head.count == 2, let count = Int(head[1]), count >= 1, count <= limit else {
                return .failure("[\(keyword) N] needs a number from 1 to \(limit), such as [\(keyword) \(keyword == "lines" ? 4 : 15)]")
            }
            if keyword == "rows" {
                guard rest.isEmpty else { return .failure("[rows \(count)] adds empty rows and takes no text; use [row] for a row with text") }
                return .success(.rows(count: count))
            }
            return .success(.lines(count: count, label: String(rest)))
        }
        guard head.count == 1 else {
            return .failure("[\(keyword)] takes no number; write [\(keyword)] and then its text")
        }
        let cells = split(rest)
        switch keyword {
        case "fields":
            for cell in cells where cell.text.isEmpty {
                return .failure(Message(text: cells.count == 1 && cell.choices == nil
                    ? "[fields] needs at least one label, such as [fields] Date | Time"
                    : "every field needs a label before its blank or tick boxes; remove the empty one between '|'"))
            }
            return .success(.fields(cells))
        case "tick":
            guard !rest.isEmpty else { return .failure("[tick] needs the text that goes beside the tick box") }
            return .success(.tick(String(rest)))
        case "table":
            guard !rest.isEmpty else { return .failure("[table] needs its column headings, separated by '|', such as [table] Name | Role | Date") }
            if cells.contains(where: { $0.choices != nil }) { return .failure("column headings cannot hold tick boxes; put '[ ]' in the rows") }
            if cells.count > maximumColumns { return .failure("a table has at most \(maximumColumns) columns, and this one has \(cells.count); split it in two") }
            return .success(.table(cells.map(\.text)))
        case "row":
            for cell in cells where cell.choices != nil && !cell.text.isEmpty {
                return .failure("a table cell holds text or tick boxes, not both; put '\(cell.text)' in a column of its own")
            }
            return .success(.row(cells))
        default:
            guard let signer = cells.first, !signer.text.isEmpty, signer.choices == nil else {
                return .failure("[signature] starts with who signs, then the labels of their blanks, such as [signature] Person reporting | Name | Signature | Date")
            }
            let fields = Array(cells.dropFirst())
            guard !fields.isEmpty, !fields.contains(where: { $0.text.isEmpty }) else {
                return .failure("[signature] needs a label for each blank after who signs, such as [signature] Manager | Name | Signature | Date")
            }
            return .success(.signature(signer: signer.text, fields: fields))
        }
    }

    /// The cells of a line's text: cut at each `|` that no backslash escapes, then at each
    /// unescaped `[ ]` within a cell.
    static func split<S: StringProtocol>(_ text: S) -> [Cell] {
        guard !text.isEmpty else { return [] }
        var cells: [Cell] = []
        var current = ""
        var backslashes = 0
        for character in text {
            if character == "|" && backslashes % 2 == 0 {
                cells.append(cell(current))
                current = ""
            } else {
                current.append(character)
            }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        cells.append(cell(current))
        return cells
    }

    private static func cell(_ text: String) -> Cell {
        var pieces: [String] = []
        var current: [Character] = []
        let characters = Array(text)
        var index = 0
        var backslashes = 0
        while index < characters.count {
            if characters[index] == "[", backslashes % 2 == 0, index + 2 < characters.count,
               characters[index + 1] == " ", characters[index + 2] == "]" {
                pieces.append(String(current))
                current = []
                index += 3
                backslashes = 0
                continue
            }
            backslashes = characters[index] == "\\" ? backslashes + 1 : 0
            current.append(characters[index])
            index += 1
        }
        pieces.append(String(current))
        let trimmed = pieces.map { String($0.trimmingFormSpace()) }
        return Cell(text: trimmed[0], choices: trimmed.count > 1 ? Array(trimmed.dropFirst()) : nil)
    }
}

extension StringProtocol {
    func trimmingFormSpace() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex..<endIndex]
        }
        return self[first...last]
    }
}
