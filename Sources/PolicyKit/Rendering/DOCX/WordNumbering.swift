/// `word/numbering.xml`: the lists of a document as Word's own numbering, so a reader
/// who adds an item in Word gets the next bullet or number.
///
/// There is one pattern per kind of marker (bullets, `1.`, `1)`, tick boxes), each with
/// nine levels; every Markdown list is an instance of its pattern that starts at its
/// own first number, so lists never continue each other's count.
struct WordNumbering: Sendable {
    enum Pattern: Int, CaseIterable, Sendable {
        case bullet
        case decimalPeriod
        case decimalParenthesis
        /// An empty tick box (☐) to mark by hand, for the checklist's items.
        case tickBox
    }

    /// The lists so far, in the order of their `w:num` ids (the first is 1).
    private(set) var lists: [(pattern: Pattern, level: Int, start: Int?)] = []

    /// The `w:num` id of a new list of `kind` at nesting `level` (0 for a list at the top).
    mutating func addList(_ kind: MarkdownList.Kind, level: Int, tickBoxes: Bool) -> Int {
        switch kind {
        case .bullet:
            lists.append((tickBoxes ? .tickBox : .bullet, level, nil))
        case .ordered(let start, let delimiter):
            lists.append((delimiter == .period ? .decimalPeriod : .decimalParenthesis, level, start))
        }
        return lists.count
    }

    /// Word numbers up to nine levels, 0 to 8; deeper lists stay at the ninth.
    static let deepestLevel = 8

    /// The indentation of the text of an item at `level`, in twips.
    static func indent(ofLevel level: Int) -> Int {
        360 * (min(level, deepestLevel) + 1)
    }

    var xml: String {
        var xml = Self.patterns
        for (index, list) in lists.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(list.pattern.rawValue)\"/>"
            // Every ordered list restarts at its own first number; without the override
            // Word would carry on from the last list of the same pattern.
            if let start = list.start {
                xml += "<w:lvlOverride w:ilvl=\"\(min(list.level, Self.deepestLevel))\"><w:startOverride w:val=\"\(start)\"/></w:lvlOverride>"
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    /// The part's start and the patterns, the same in every document: made once.
    private static let patterns: String = {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            """
        for pattern in Pattern.allCases {
            xml += "<w:abstractNum w:abstractNumId=\"\(pattern.rawValue)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            for level in 0...Self.deepestLevel {
                xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/>"
                switch pattern {
                case .bullet, .tickBox:
                    let marks = pattern == .tickBox ? ["\u{2610}"] : ["\u{2022}", "\u{25E6}", "\u{25AA}"]
                    let font = pattern == .tickBox ? WordStyles.symbolFont : "Arial"
                    xml += "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(marks[level % marks.count])\"/><w:lvlJc w:val=\"left\"/>"
                    xml += indentation(level) + "<w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\" w:hint=\"default\"/></w:rPr>"
                case .decimalPeriod, .decimalParenthesis:
                    let mark = pattern == .decimalPeriod ? "." : ")"
                    xml += "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%\(level + 1)\(mark)\"/><w:lvlJc w:val=\"left\"/>" + indentation(level)
                }
                xml += "</w:lvl>"
            }
            xml += "</w:abstractNum>"
        }
        return xml
    }()

    private static func indentation(_ level: Int) -> String {
        "<w:pPr><w:ind w:left=\"\(Self.indent(ofLevel: level))\" w:hanging=\"360\"/></w:pPr>"
    }
}
