/// One value of a settings document, with the stretch of the file it was written in.
///
/// Scalars keep their text as written (after quoting and folding are undone), not a
/// guessed type: the schema decides whether `no` is a string or a boolean.
public struct Node: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([MappingEntry])
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public var location: SourceLocation { range.start }
}

public struct Scalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

public struct MappingEntry: Hashable, Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}
