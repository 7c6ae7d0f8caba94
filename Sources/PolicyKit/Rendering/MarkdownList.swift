/// A bullet or ordered list and its items.
struct MarkdownList: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case bullet
        case ordered(start: Int, delimiter: Delimiter)
    }

    /// What follows an ordered list's number: `1.` or `1)`.
    enum Delimiter: Equatable, Sendable {
        case period
        case parenthesis
    }

    var kind: Kind
    /// A tight list has no blank lines between its items (CommonMark 5.3).
    var isTight: Bool
    var items: [MarkdownListItem]

    init(kind: Kind, isTight: Bool, items: [MarkdownListItem]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

struct MarkdownListItem: Equatable, Sendable {
    var blocks: [MarkdownBlock]

    init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}
