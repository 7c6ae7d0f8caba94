/// How the text of a run looks: what Markdown's inline formatting asks for.
struct WordRunFormat: Equatable, Sendable {
    var bold = false
    var italic = false
    /// Inline code: the monospace character style.
    var code = false
    /// Inside a hyperlink: the hyperlink character style.
    var link = false

    static let plain = WordRunFormat()
}

/// The layout of one paragraph, written as its `w:pPr`.
struct WordParagraphProperties: Equatable, Sendable {
    /// A style id from `WordStyles`, such as `Heading1`; nil: Normal.
    var style: String?
    /// The list (a `w:num` id) and level of a list item's first paragraph.
    var numbering: (id: Int, level: Int)?
    /// Left indentation in twips, for paragraphs that continue a list item.
    var indent: Int?
    /// Space after in twips, where the style's is not wanted.
    var spacingAfter: Int?
    /// Program text runs left to right whatever the document's language.
    var leftToRight = false

    init(style: String? = nil, numbering: (id: Int, level: Int)? = nil, indent: Int? = nil, spacingAfter: Int? = nil, leftToRight: Bool = false) {
        self.style = style
        self.numbering = numbering
        self.indent = indent
        self.spacingAfter = spacingAfter
        self.leftToRight = leftToRight
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.style == rhs.style && lhs.numbering?.id == rhs.numbering?.id && lhs.numbering?.level == rhs.numbering?.level
            && lhs.indent == rhs.indent && lhs.spacingAfter == rhs.spacingAfter && lhs.leftToRight == rhs.leftToRight
    }
}
