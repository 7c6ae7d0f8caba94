/// A bullet or ordered list and its items.
public struct MarkdownList: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case bullet
        case ordered(start: Int, delimiter: Delimiter)
    }

    /// What follows an ordered list's number: `1.` or `1)`.
    public enum Delimiter: Equatable, Sendable {
        case period
        case parenthesis
    }

    public var kind: Kind
    /// A tight list has no blank lines between its items (CommonMark 5.3).
    public var isTight: Bool
    public var items: [MarkdownListItem]

    public init(kind: Kind, isTight: Bool, items: [MarkdownListItem]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

public struct MarkdownListItem: Equatable, Sendable {
    public var blocks: [MarkdownBlock]

    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}
